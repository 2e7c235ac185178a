package evalrun_test

import (
	"context"
	"testing"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/internal/evalrun"
	"github.com/litopys/litopys/pipeline"
)

// TestEnglishFloors pins floors under the English figures of docs/EVAL.md:
// the hand-annotated news paragraphs of eval/testdata/en_news (annotated
// before any tagger ran on them, but read since while tuning) and of
// eval/testdata/en_news_blind (annotated before any tagger ran on them and
// never read for tuning: out of sample), and the wikiann English test
// split (never trained on).
func TestEnglishFloors(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	run, err := evalrun.NERDirs(context.Background(), p, []string{"../../eval/testdata/en_news"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	en := run.Report.Languages["en"]
	blindRun, err := evalrun.NERDirs(context.Background(), p, []string{"../../eval/testdata/en_news_blind"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	blind := blindRun.Report.Languages["en"]
	wiki, err := evalrun.CoNLL(context.Background(), p, sharedPath(t, "data", "wikiann", "en", "test.conllu.gz"), "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		{"en_news relaxed partial F1", en.RelaxedPartial.F1, englishFloors.newsPartial},
		{"en_news strict F1", en.Strict.F1, englishFloors.newsStrict},
		{"en_news_blind relaxed partial F1", blind.RelaxedPartial.F1, englishFloors.blindPartial},
		{"en_news_blind strict F1", blind.Strict.F1, englishFloors.blindStrict},
		{"wikiann en test F1", wiki.All.F1, englishFloors.wikiann},
		{"wikiann en test F1, gold mentions in news form", newsForm(t, wiki), englishFloors.wikiannNewsForm},
	} {
		t.Logf("%s %.3f", f.name, f.got)
		if f.got < f.want {
			t.Errorf("%s %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}

// The floors sit under the figures of the model of session 24. Its retraining
// on new Russian lemmas moved en_news (read while tuning) 0.850 → 0.824 and
// the blind set 0.650 → 0.680: the size a retraining moves sets of this
// size, so the in-sample floor went down by 0.01 and the blind ones up.
//
// Session 25 (model unchanged): English mentions retyped by their whole
// span, names whose possessive the tagger cut off inside a token kept whole
// by the entity stage, and English span conventions (initials, particles,
// department words, regional demonyms): en_news 0.828 → 0.842, strict
// 0.755 → 0.832; blind 0.677 → 0.690, strict 0.618 → 0.655; wikiann test
// 0.543 → 0.557 and its score over the gold mentions in news form
// (eval.SpanReport.NewsForm) 0.751. Floors about 0.02 under, what a
// retraining moves these sets.
var englishFloors = struct{ newsPartial, newsStrict, blindPartial, blindStrict, wikiann, wikiannNewsForm float64 }{0.82, 0.81, 0.66, 0.63, 0.55, 0.74}

func newsForm(t *testing.T, r eval.SpanReport) float64 {
	t.Helper()
	if r.NewsForm == nil {
		t.Fatal("no news-form score for English")
	}
	return r.NewsForm.All.F1
}
