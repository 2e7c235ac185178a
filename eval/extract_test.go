package eval

import (
	"reflect"
	"testing"
)

func TestScoreExtraction(t *testing.T) {
	tests := []struct {
		name, gold, sys string
		want            ExtractScore
	}{
		{"equal", "a b c d e", "a b c d e", ExtractScore{NewPRF(2, 2, 2, 2), NewPRF(5, 5, 5, 5)}},
		{"extra paragraph", "a b c d e", "a b c d e x y", ExtractScore{NewPRF(2, 4, 2, 2), NewPRF(5, 7, 5, 5)}},
		{"lost word breaks shingles", "a b c d e f", "a b d e f", ExtractScore{NewPRF(3, 2, 0, 0), NewPRF(6, 5, 5, 5)}},
		{"short texts are one shingle", "a b", "a b", ExtractScore{NewPRF(1, 1, 1, 1), NewPRF(2, 2, 2, 2)}},
		{"case and punctuation", "Мэй, «Brexit» — 2019_1", "мэй Brexit 2019_1", ExtractScore{NewPRF(1, 1, 0, 0), NewPRF(3, 3, 2, 2)}},
		{"repeats count once each", "a a a a", "a a a a a a a a", ExtractScore{NewPRF(1, 5, 1, 1), NewPRF(4, 8, 4, 4)}},
		{"nothing extracted", "a b c d", "", ExtractScore{NewPRF(1, 0, 0, 0), NewPRF(4, 0, 0, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ScoreExtraction(tt.gold, tt.sys); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestSnippets(t *testing.T) {
	ref := []string{"short line", "The first paragraph of the article has more than ten words in it.",
		"The longest paragraph of the article has many more words than any other paragraph of it has.",
		"The last paragraph of the article also has ten words or more."}
	page := append([]string{"Home News Sport Weather and every other section of the site in one long line",
		"Read more about the first paragraph of the article has more"}, ref...)
	keep, drop := DeriveSnippets(ref, page)
	if want := ref[1:]; !reflect.DeepEqual(keep, want) {
		t.Errorf("keep %q, want %q", keep, want)
	}
	if want := page[:1]; !reflect.DeepEqual(drop, want) {
		t.Errorf("drop %q, want %q", drop, want)
	}
	sys := ref[1] + "\n\n" + ref[3] + "\n\nHome News Sport Weather and every other section of the site in one long line"
	if got, want := ScoreSnippets(sys, keep, drop), (Snippets{Keep: 3, Kept: 2, Drop: 1, Dropped: 0, Failures: 2}); got != want {
		t.Errorf("ScoreSnippets = %+v, want %+v", got, want)
	}
}

func TestSplitOf(t *testing.T) {
	n := map[string]int{}
	for _, name := range []string{"aclu", "bbc-1", "cnn", "lemonde-1", "wikipedia", "wapo-1", "001", "002"} {
		if SplitOf(name) != SplitOf(name) {
			t.Fatal("split not deterministic")
		}
		n[SplitOf(name)]++
	}
	if n["tune"]+n["held-out"] != 8 || n["tune"] == 0 || n["held-out"] == 0 {
		t.Errorf("split %v", n)
	}
}
