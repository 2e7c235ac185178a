package segment

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/litopys/litopys"
)

// realTexts returns up to n real news texts: the seeds, BSNLP raw documents
// and articles of the Russian news corpus.
func realTexts(tb testing.TB, n int) []string {
	tb.Helper()
	var out []string
	files, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(shared, "data", "bsnlp", "*", "raw", "*", "*.txt"))
	for _, name := range append(files, more...) {
		if b, err := os.ReadFile(name); err == nil {
			out = append(out, string(b))
		}
	}
	f, err := os.Open(filepath.Join(shared, "data", "news", "ru_rt_ng.jsonl.gz"))
	if err == nil {
		defer f.Close()
		if zr, err := gzip.NewReader(f); err == nil {
			sc := bufio.NewScanner(zr)
			sc.Buffer(nil, 1<<22)
			for len(out) < n && sc.Scan() {
				var a struct{ Content string }
				if json.Unmarshal(sc.Bytes(), &a) == nil {
					out = append(out, a.Content)
				}
			}
		}
	}
	if len(out) > n {
		out = out[:n]
	}
	if len(out) == 0 {
		tb.Skip("no real texts")
	}
	return out
}

// TestFastPathSameTokens checks that the fast path gives exactly the tokens
// of plain UAX #29 plus the repairs, on real text and on tricky strings.
func TestFastPathSameTokens(t *testing.T) {
	texts := append(realTexts(t, 1500),
		"а́б в\u0301г. Х.Ю. т.е.д a:b 3;4 5,6 7.8 а_б «а»\u0301 — ‐ x\u200dy 👍🏽 日本語 ʼа a’b",
		"е\u0308 \u0301a  \u0483ж ,\u0301 ҂1 ­а",
	)
	for _, text := range texts {
		s := litopys.Span{Start: 0, End: len(text)}
		got, want := tokens(nil, text, s, true), tokens(nil, text, s, false)
		if !reflect.DeepEqual(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("token %d: fast %+v, uax %+v in %q", i, got[i], want[i], text[max(0, want[i].Start-40):min(len(text), want[i].End+40)])
				}
			}
			t.Fatalf("fast %d tokens, uax %d", len(got), len(want))
		}
	}
}
