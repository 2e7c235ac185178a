package ner

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// ofByScan is demonyms.of as a search through every word, the definition
// the index of pieces must agree with.
func ofByScan(d *demonyms, stem string) bool {
	n := utf8.RuneCountInString(stem)
	if n < 4 {
		return false
	}
	i, _ := slices.BinarySearch(d.words, stem)
	if i < len(d.words) && strings.HasPrefix(d.words[i], stem) {
		return true
	}
	if n < 5 {
		return false
	}
	for _, w := range d.words {
		if strings.Contains(w, stem) {
			return true
		}
	}
	return false
}

// TestDemonymsOfIsAScan checks the index of pieces against the scan, on
// every piece of the country words, the pieces cut one byte off either end
// (invalid UTF-8 among them) and on ordinary stems.
func TestDemonymsOfIsAScan(t *testing.T) {
	d := countryWords()
	if len(d.words) == 0 {
		t.Skip("no country names")
	}
	stems := []string{"образ", "британ", "американ", "украин", "казахстан", "tunisi", "германи", "іспан", "кон", "\x80\x80\x80\x80\x80"}
	for _, w := range d.words {
		for i := 0; i < len(w); i++ {
			for j := i + 1; j <= len(w); j++ {
				stems = append(stems, w[i:j])
			}
		}
	}
	for _, s := range stems {
		if got, want := d.of(s), ofByScan(d, s); got != want {
			t.Fatalf("of(%q) = %v, the scan says %v", s, got, want)
		}
	}
}

// TestDemonymEndingsLastLetter keeps demonymNounStem's quick test true:
// every ending ends in one of the letters it looks for.
func TestDemonymEndingsLastLetter(t *testing.T) {
	for _, e := range demonymEndings {
		if !strings.HasSuffix(e, "н") && !strings.HasSuffix(e, "ц") && !strings.HasSuffix(e, "ь") {
			t.Errorf("ending %q ends in a letter demonymNounStem does not look for", e)
		}
	}
	for _, w := range []string{"американец", "британець", "англичанин", "українець"} {
		if _, ok := demonymNounStem(w); !ok {
			t.Errorf("demonymNounStem(%q) found no ending", w)
		}
	}
}
