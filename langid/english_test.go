package langid

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
)

// enNews reads the hand-annotated English news paragraphs of
// eval/testdata/en_news, never trained on.
func enNews(tb testing.TB) []Doc {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "eval", "testdata", "en_news", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no English news under eval/testdata/en_news: %v", err)
	}
	var docs []Doc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, Doc{Source: filepath.Base(p), Lang: EN, Text: string(b)})
	}
	return docs
}

// TestEvaluateEnglish measures English (Wikipedia test splits, English
// news) and other Latin-script languages (web pages in French, Spanish,
// German, Czech, Portuguese), all held out, and pins floors under them.
func TestEvaluateEnglish(t *testing.T) {
	m := loadModel(t)
	wiki, err := EnglishHeldOut(dataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	other, err := OtherHeldOut(dataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	rw, rn, ro := Evaluate(m, wiki), Evaluate(m, enNews(t)), Evaluate(m, other)
	t.Logf("wikiann + wikineural en test:\n%s", rw)
	t.Logf("en_news:\n%s", rn)
	t.Logf("other-language pages:\n%s", ro)
	for _, d := range other {
		spans := splitSentences(d.Text)
		_, per := m.Tag(d.Text, spans)
		var a Accuracy
		for _, l := range per {
			a.add(l == Other)
		}
		t.Logf("  %s: %s", d.Source, a.format())
	}
	floors := []struct {
		what string
		got  Accuracy
		min  float64
	}{
		{"wiki en sentences", rw[EN].Sentences, 0.955},
		{"wiki en sentences alone", rw[EN].Alone, 0.95},
		{"wiki en short sentences alone", rw[EN].ShortAlone, 0.84},
		{"en_news sentences", rn[EN].Sentences, 1},
		{"en_news sentences alone", rn[EN].Alone, 0.99},
		{"other-language docs", ro[Other].Docs, 1},
		{"other-language sentences", ro[Other].Sentences, 0.87},
	}
	for _, f := range floors {
		if f.got.Total == 0 || f.got.Rate() < f.min {
			t.Errorf("%s: accuracy %.4f (%d/%d), floor %.3f", f.what, f.got.Rate(), f.got.Right, f.got.Total, f.min)
		}
	}
}

// TestEnglishWithSlavicNames: English news about Russia and Ukraine is
// full of transliterated names, which look like the transliterated slugs
// the "other" side learned from.
func TestEnglishWithSlavicNames(t *testing.T) {
	m := loadModel(t)
	for _, text := range []string{
		"Ukrainian President Volodymyr Zelensky arrived in Washington for talks on November 9, 2023.",
		"The European Union agreed on Tuesday to open accession talks with Ukraine and Moldova.",
		"Russian Foreign Minister Sergei Lavrov met his counterpart Dmytro Kuleba in Antalya.",
		"Yevgeny Prigozhin, the head of the Wagner group, was killed in a plane crash near Tver.",
	} {
		if got, conf := m.Detect(text); got != EN {
			t.Errorf("Detect(%q) = %s %.2f, want en", text, got, conf)
		}
	}
	// Alone, "Putin met Kim Jong Un in Vladivostok." is names but for
	// "met" (also a Dutch function word) and "in": too little to stand on.
	// In an English document it follows its neighbours.
	text := "Putin met Kim Jong Un in Vladivostok. The two leaders discussed military cooperation, the Kremlin said on Wednesday."
	spans := []litopys.Span{{Start: 0, End: 37}, {Start: 38, End: len(text)}}
	doc, per := m.Tag(text, spans)
	if doc != EN || per[0] != EN || per[1] != EN {
		t.Errorf("Tag(%q) = %s %v, want en [en en]", text, doc, per)
	}
	// Transliterated Russian and other languages stay other.
	for _, text := range []string{
		"Rossiya i SShA provodyat peregovory v Zheneve",
		"Der Bundeskanzler hat am Dienstag mit dem Präsidenten gesprochen.",
	} {
		if got, conf := m.Detect(text); got != Other {
			t.Errorf("Detect(%q) = %s %.2f, want other", text, got, conf)
		}
	}
}
