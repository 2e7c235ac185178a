package ner_test

import (
	"os"
	"testing"

	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
)

// TestHeldOutTopicFloor trains a model without the BSNLP topic "ryanair"
// and scores that topic, pinning floors just under the figures of
// docs/EVAL.md ("litopys train ner --eval …": ryanair ru .916, uk .898
// relaxed F1), so a change to features or training that makes the tagger
// worse on unseen topics fails. It trains a full model: about a minute.
func TestHeldOutTopicFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	data := "../../shared/data"
	if _, err := os.Stat(data + "/bsnlp/ryanair"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("shared data missing in CI")
		}
		t.Skip("no shared data")
	}
	m, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	r, err := ner.Evaluate(ner.TrainOptions{DataDir: data, HoldOut: []string{"ryanair"}, OutDir: "model", Seed: 1, Lemmatize: m.Lemma})
	if err != nil {
		t.Fatal(err)
	}
	for lang, floor := range map[string]float64{"ru": 0.89, "uk": 0.87} {
		c := r.Relaxed[lang]
		if c == nil {
			t.Fatalf("no %s documents scored", lang)
		}
		t.Logf("%s held-out relaxed P %.3f R %.3f F1 %.3f", lang, c.P(), c.R(), c.F())
		if c.F() < floor {
			t.Errorf("%s held-out relaxed F1 %.3f, below the floor %.2f", lang, c.F(), floor)
		}
	}
}
