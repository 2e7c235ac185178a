package morph

import (
	"bytes"
	"testing"

	"github.com/litopys/litopys/morph/gold"
)

const sharedData = "../../shared/data"

// heldOutFloors pins lemma accuracy on the held-out part of each gold
// corpus (every token, punctuation included; docs/EVAL.md "Lemmas"), a
// little under the measured figures, and verbs' accuracy.
var heldOutFloors = map[string]struct{ all, verb float64 }{
	"ru_gsd":   {0.971, 0.98},
	"ru_taiga": {0.959, 0.93},
	"uk_iu":    {0.975, 0.99},
	"bruk":     {0.988, 0.993},
}

func TestHeldOutLemmas(t *testing.T) {
	a := mustLoad(t)
	for _, lang := range []string{"ru", "uk"} {
		cs, err := ReadGold(sharedData, lang)
		if err != nil {
			t.Skipf("gold data: %v", err)
		}
		for _, c := range cs {
			_, held := gold.Split(c)
			s := a.ScoreCorpus(held)
			verb, n := s.POSAccuracy("VERB")
			t.Logf("%s held out: %.4f of %d tokens, words %.4f, verbs %.4f of %d", c.Name, s.Accuracy(), s.All, s.WordAccuracy(), verb, n)
			f := heldOutFloors[c.Name]
			if s.Accuracy() < f.all {
				t.Errorf("%s: accuracy %.4f below the floor %.3f", c.Name, s.Accuracy(), f.all)
			}
			if verb < f.verb {
				t.Errorf("%s: verb accuracy %.4f below the floor %.3f", c.Name, verb, f.verb)
			}
		}
	}
}

// TestContextModelUpToDate rebuilds the Russian context model from the
// gold data and the embedded dictionary and checks that it is the
// embedded one, byte for byte: the committed model is what
// `litopys train lemmas` builds, and building is deterministic. (The
// Ukrainian one takes longer to train; the same code builds it.)
func TestContextModelUpToDate(t *testing.T) {
	a := mustLoad(t)
	cs, err := ReadGold(sharedData, "ru")
	if err != nil {
		t.Skipf("gold data: %v", err)
	}
	for i, c := range cs {
		cs[i], _ = gold.Split(c)
	}
	b := trainCtx(a.ru, "ru", cs).encode()
	if !bytes.Equal(b, ruCtxData) {
		t.Errorf("the Russian context model built from the data (%d bytes) differs from data/ru.ctx (%d bytes): run litopys train lemmas", len(b), len(ruCtxData))
	}
	if a.ctxModel("uk") == nil || a.ctxModel("ru") == nil {
		t.Error("an embedded context model does not decode")
	}
}
