package evalrun_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/pipeline"
)

// TestNERModelIsReproducible trains the NER model as `litopys train ner`
// does (on the committed word clusters) and wants the committed
// ner/model/ner.bin.gz byte for byte: the model is a function of the shared
// data, the code and the lemmatiser whose lemmas are its features, so a
// change to any of them that is committed without retraining fails here.
// One full training, about a minute of CPU.
func TestNERModelIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	data := sharedPath(t, "data")
	committed := filepath.Join("..", "..", "ner", "model")
	clusters, err := os.ReadFile(filepath.Join(committed, "clusters.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(committed, "ner.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "clusters.tsv.gz"), clusters, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := morph.Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := ner.Train(pipeline.NERTrainOptions(m, data, out)); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "ner.bin.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("ner.bin.gz trained now (%d bytes) differs from the committed one (%d bytes): run `litopys train ner --data ../shared/data` and commit the model", len(got), len(want))
	}
}
