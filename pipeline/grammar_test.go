package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/segment"
)

// TestGrammarOfReadings checks that the Grammar adapter's short cut (the
// dictionary's readings, without resolving the lemma in context) answers
// as the first matching reading of Analyses does, for every word of the
// BSNLP texts and every lemma of theirs, in Russian and Ukrainian.
func TestGrammarOfReadings(t *testing.T) {
	var files []string
	for _, lang := range []string{"ru", "uk"} {
		for _, dir := range []string{"../../shared/seeds/bsnlp", "../../shared/data/bsnlp"} {
			fs, _ := filepath.Glob(filepath.Join(dir, "*", "raw", lang, "*.txt"))
			files = append(files, fs...)
		}
	}
	if len(files) == 0 {
		t.Skip("no BSNLP texts")
	}
	m, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[2]string]bool{}
	check := func(w, lang string) {
		k := [2]string{w, lang}
		if seen[k] {
			return
		}
		seen[k] = true
		if got, want := grammarOfReadings(m, w, lang), firstGrammar(m.Analyses(w, lang), w); got != want {
			t.Errorf("%s %q: %+v, Analyses give %+v", lang, w, got, want)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := filepath.Base(filepath.Dir(f))
		text := string(b)
		for _, tok := range segment.Tokens(nil, text, litopys.Span{Start: 0, End: len(text)}) {
			if tok.Kind != litopys.TokenWord {
				continue
			}
			check(tok.Text, lang)
			l, _ := m.Lemma(tok.Text, lang)
			check(l, lang)
		}
	}
	if len(seen) < 1000 {
		t.Fatalf("only %d words checked", len(seen))
	}
	t.Logf("%d words and lemmas checked", len(seen))
}
