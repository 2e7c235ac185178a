package evalrun

import (
	"context"
	"os"
	"testing"

	"github.com/litopys/litopys/eval"
)

// pagesDir holds the 130 real pages of the Readability.js test suite with
// their reference extractions.
const pagesDir = "../../../shared/data/html/readability"

// TestExtractFloors pins floors under litopys's extraction of the real
// pages (`litopys eval extract --pages ../shared/data/html/readability`):
// pooled token and shingle F1 on all pages and on the held-out half, which
// the extractor was not tuned on, and the snippet rule.
func TestExtractFloors(t *testing.T) {
	if _, err := os.Stat(pagesDir); err != nil {
		t.Skipf("pages absent: %v", err)
	}
	pages, err := eval.ReadPages(pagesDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 130 {
		t.Fatalf("%d pages, want 130", len(pages))
	}
	rep, err := ExtractPages(context.Background(), pages, "litopys", 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		group, what string
		got, min    float64
	}{
		{"all", "token F1", rep.Groups["all"].Pooled.Tokens.F1, 0.976},
		{"all", "shingle F1", rep.Groups["all"].Pooled.Shingles.F1, 0.967},
		{"held-out", "token F1", rep.Groups["held-out"].Pooled.Tokens.F1, 0.976},
		{"held-out", "shingle F1", rep.Groups["held-out"].Pooled.Shingles.F1, 0.966},
		{"all", "mean token F1", rep.Groups["all"].MeanTokenF1, 0.965},
		{"all", "must-keep snippets kept", rep.Groups["all"].Snippets.KeepRate(), 0.90},
		{"all", "must-drop snippets dropped", rep.Groups["all"].Snippets.DropRate(), 0.95},
		{"all", "publication date right (of 33 pages)", rep.Groups["all"].Dates.R, 0.90},
	} {
		t.Logf("%-8s %-26s %.3f (floor %.3f)", f.group, f.what, f.got, f.min)
		if f.got < f.min {
			t.Errorf("%s %s = %.3f, below the floor %.3f", f.group, f.what, f.got, f.min)
		}
	}
	if n := rep.Groups["all"].Failed; n > 0 {
		t.Errorf("%d pages failed", n)
	}
	for _, w := range rep.Worst {
		t.Logf("worst: %s (%s) shingle F1 %.3f", w.Name, w.Split, w.Score.Shingles.F1)
	}
}
