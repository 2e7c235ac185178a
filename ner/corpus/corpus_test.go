package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

const dataDir = "../../../shared/data"

func needData(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(dataDir); err != nil {
		tb.Skip("shared/data not present")
	}
}

// TestLoaders checks every source loads, that mentions are valid byte
// spans in order, and that counts are of the expected size.
func TestLoaders(t *testing.T) {
	needData(t)
	for _, tc := range []struct {
		name    string
		load    func() ([]Doc, error)
		minDocs int
		minMent int
	}{
		{"bsnlp", func() ([]Doc, error) { return BSNLP(filepath.Join(dataDir, "bsnlp")) }, 700, 15000},
		{"ner-uk", func() ([]Doc, error) { return NerUK(filepath.Join(dataDir, "ner-uk", "v2.0")) }, 500, 12000},
		{"factru", func() ([]Doc, error) { return FactRuEval(filepath.Join(dataDir, "factRuEval-2016")) }, 250, 5000},
		{"collection5", func() ([]Doc, error) { return Collection5(filepath.Join(dataDir, "collection5", "ne5_gold.jsonl")) }, 1000, 20000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := tc.load()
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, d := range docs {
				prev := 0
				for _, m := range d.Mentions {
					if m.Start < prev || m.End <= m.Start || m.End > len(d.Text) {
						t.Fatalf("%s: bad mention %+v", d.ID, m)
					}
					prev = m.End
					n++
				}
			}
			if len(docs) < tc.minDocs || n < tc.minMent {
				t.Errorf("%d docs, %d mentions; want ≥ %d, ≥ %d", len(docs), n, tc.minDocs, tc.minMent)
			}
			t.Logf("%d docs, %d mentions", len(docs), n)
		})
	}
}

func TestBSNLPOffsets(t *testing.T) {
	needData(t)
	docs, err := BSNLP(filepath.Join(dataDir, "bsnlp"))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	for _, m := range d.Mentions[:3] {
		t.Logf("%s %q %s", d.ID, d.Text[m.Start:m.End], m.Type)
	}
}
