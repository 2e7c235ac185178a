package evalrun

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/extract"
	"github.com/litopys/litopys/input"
)

// TestNoPageRejectedForBadBytes damages each of the 130 real pages as
// crawls do — a few bytes that are not UTF-8 in a page that declares
// UTF-8 or nothing, and NUL bytes — and reads and extracts it as a user
// would: no page may be rejected, and each says what was repaired. Before,
// a NUL byte made a page "binary" and stray bytes in an English page made
// it "not text".
func TestNoPageRejectedForBadBytes(t *testing.T) {
	if _, err := os.Stat(pagesDir); err != nil {
		t.Skipf("pages absent: %v", err)
	}
	pages, err := eval.ReadPages(pagesDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(19, 5))
	for _, p := range pages {
		b := []byte(p.Source)
		for range 3 { // invalid bytes inside the body's text
			i := len(b)/2 + rng.IntN(len(b)/2)
			for i < len(b) && b[i] != ' ' {
				i++
			}
			if i < len(b) {
				b[i] = 0xff
			}
		}
		b = append(b[:len(b)/3], append([]byte{0}, b[len(b)/3:]...)...)
		if err := os.WriteFile(filepath.Join(dir, p.Name+".html"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for rec := range input.Read(context.Background(), []string{dir}, nil, input.Options{}) {
		n++
		if rec.Err != nil {
			t.Errorf("%s rejected: %v", rec.Source, rec.Err)
			continue
		}
		if len(rec.Warnings) == 0 {
			t.Errorf("%s: no warning of the repair", rec.Source)
		}
		if _, err := extract.HTML(rec.Body, ""); err != nil {
			t.Errorf("%s: %v", rec.Source, err)
		}
	}
	if n != len(pages) {
		t.Errorf("read %d pages of %d", n, len(pages))
	}
}
