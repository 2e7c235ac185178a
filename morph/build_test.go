package morph

import (
	"os"
	"testing"
)

// TestBuildData regenerates data/*.morph from the hunspell dictionaries in
// $LITOPYS_HUNSPELL_DIR (e.g. /usr/share/hunspell) and the shared corpora
// in ../../shared/data; skipped when the variable is unset.
func TestBuildData(t *testing.T) {
	dir := os.Getenv("LITOPYS_HUNSPELL_DIR")
	if dir == "" {
		t.Skip("LITOPYS_HUNSPELL_DIR not set")
	}
	if err := Build(dir, "../../shared/data", "data"); err != nil {
		t.Fatal(err)
	}
}
