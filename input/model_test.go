package input

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite cyrillic.bigram from ../shared/data")

// sharedData is where the shared corpora live relative to this package.
const sharedData = "../../shared/data"

// needShared skips the test when the shared corpora are not beside the repository.
func needShared(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(sharedData); err != nil {
		tb.Skipf("shared data not found: %v", err)
	}
}

// TestCharsetModelReproducible rebuilds the charset model from the shared
// corpora and checks it is the embedded one (go test -run CharsetModel
// -update rewrites it).
func TestCharsetModelReproducible(t *testing.T) {
	needShared(t)
	got, err := BuildCharsetModel(sharedData)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("cyrillic.bigram", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, embeddedModel) {
		t.Fatalf("BuildCharsetModel output (%d bytes) differs from cyrillic.bigram (%d bytes): run go test -run CharsetModel -update", len(got), len(embeddedModel))
	}
	if _, err := loadModel(got); err != nil {
		t.Fatal(err)
	}
}
