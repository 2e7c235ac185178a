package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/input"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden pins the whole analysis of the two embedded seed articles,
// every layer and offset. After a deliberate change, run
// "go test ./pipeline -run TestGolden -update" and review the diff.
func TestGolden(t *testing.T) {
	p := newPipeline(t)
	dir := t.TempDir()
	for _, rec := range seedRecords(t) {
		path := filepath.Join(dir, rec.Source)
		if err := os.WriteFile(path, []byte(rec.Body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for rec := range input.Read(context.Background(), []string{dir}, nil, input.Options{}) {
		doc, err := p.Analyze(context.Background(), rec)
		if err != nil {
			t.Fatal(err)
		}
		doc.Source = filepath.Base(doc.Source) // the temporary directory differs from run to run
		got, err := json.MarshalIndent(doc, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", doc.ID+".golden.json")
		if *update {
			if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
			t.Errorf("%s differs from %s; rerun with -update and review the diff", doc.ID, golden)
		}
	}
}
