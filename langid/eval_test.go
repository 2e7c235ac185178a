package langid

import (
	"os"
	"path/filepath"
	"testing"
)

func loadModel(tb testing.TB) *Model {
	tb.Helper()
	m, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestEvaluateHeldOut(t *testing.T) {
	docs, err := HeldOut(dataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(loadModel(t), docs)
	t.Logf("held-out:\n%s", r)
	// Floors just under what the model reaches (see the package doc); a
	// change that makes any of them worse fails.
	floors := []struct {
		lang, what string
		got        Accuracy
		min        float64
	}{
		{RU, "docs", r[RU].Docs, 1},
		{UK, "docs", r[UK].Docs, 1},
		{RU, "sentences", r[RU].Sentences, 0.998},
		{UK, "sentences", r[UK].Sentences, 0.999},
		{RU, "short sentences", r[RU].Short, 0.993},
		{UK, "short sentences", r[UK].Short, 0.997},
		{RU, "sentences alone", r[RU].Alone, 0.996},
		{UK, "sentences alone", r[UK].Alone, 0.989},
		{RU, "short sentences alone", r[RU].ShortAlone, 0.965},
		{UK, "short sentences alone", r[UK].ShortAlone, 0.89},
		{RU, "foreign sentences", r[RU].Foreign, 0.985},
		{UK, "foreign sentences", r[UK].Foreign, 0.978},
	}
	for _, f := range floors {
		if f.got.Total == 0 || f.got.Rate() < f.min {
			t.Errorf("%s %s: accuracy %.4f (%d/%d), floor %.3f", f.lang, f.what, f.got.Rate(), f.got.Right, f.got.Total, f.min)
		}
	}
}

// seedDocs reads the two seed articles; every sentence of 000 is Russian
// and every sentence of 001 Ukrainian.
func seedDocs(tb testing.TB) []Doc {
	tb.Helper()
	dir := filepath.Join(dataDir(tb), "..", "seeds")
	var docs []Doc
	for _, s := range []struct{ name, lang string }{{"000_d0670793ce43c562.txt", RU}, {"001_46e6aa277c86e90e.txt", UK}} {
		b, err := os.ReadFile(filepath.Join(dir, s.name))
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, Doc{Source: s.name, Lang: s.lang, Text: string(b)})
	}
	return docs
}

func TestEvaluateSeeds(t *testing.T) {
	m := loadModel(t)
	docs := seedDocs(t)
	r := Evaluate(m, docs)
	t.Logf("seeds:\n%s", r)
	for _, d := range docs {
		spans := splitSentences(d.Text)
		_, per := m.Tag(d.Text, spans)
		for i, sp := range spans {
			if per[i] != d.Lang {
				l, c := m.Detect(d.Text[sp.Start:sp.End])
				t.Errorf("%s: %q tagged %s, want %s (alone %s %.2f)", d.Source, d.Text[sp.Start:sp.End], per[i], d.Lang, l, c)
			}
		}
	}
	for _, lang := range []string{RU, UK} {
		if s := r[lang]; s.Docs.Rate() != 1 || s.Sentences.Rate() != 1 {
			t.Errorf("%s seed: docs %v, sentences %v; want all right", lang, s.Docs, s.Sentences)
		}
	}
}
