package langid

import (
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

func TestWordScanner(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"apostrophes fold", "П'ятниця п’ятниці пʼятниця", []string{"п'ятниця", "п'ятниці", "п'ятниця"}},
		{"quotes are not apostrophes", "'США' «КНДР»", []string{"сша", "кндр"}},
		{"digits and hyphens split", "Ту-154 і F16", []string{"ту", "і", "f"}},
		{"mixed scripts", "Sky.News Ґрунт ЁЖ", []string{"sky", "news", "ґрунт", "ёж"}},
		{"invalid UTF-8 splits", "ab\xffcd", []string{"ab", "cd"}},
		{"too long", strings.Repeat("я", maxWord+1) + " ок", []string{"", "ок"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			w := wordScanner{s: tt.in}
			for w.next() {
				got = append(got, string(w.runes()))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("words = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Заголовок\nПервое предложение. Второе! А третье?\n\n«Цитата» сказал он. 9 ноября т.е. вечером."
	var got []string
	for _, sp := range splitSentences(text) {
		got = append(got, text[sp.Start:sp.End])
	}
	want := []string{"Заголовок", "Первое предложение.", "Второе!", "А третье?", "«Цитата» сказал он.", "9 ноября т.е. вечером."}
	if !slices.Equal(got, want) {
		t.Errorf("splitSentences = %q, want %q", got, want)
	}
	if got := splitSentences(" \n "); !slices.Equal(got, []litopys.Span(nil)) {
		t.Errorf("splitSentences(blank) = %v, want none", got)
	}
}

func TestCountLetters(t *testing.T) {
	for _, s := range []string{"Кім Чен Ин, Ким Чен Ын", "Sky.News ґ ё Ѐ ҂ ҈ ԯ", "北朝鮮 Σήμερα", "a\xffб\xd0", "п'ятниця ʼ"} {
		var want, got [4]int
		w := wordScanner{s: s}
		for w.next() {
		}
		want = w.letters
		countLetters(s, &got)
		if got != want {
			t.Errorf("countLetters(%q) = %v, the scanner counts %v", s, got, want)
		}
	}
}
