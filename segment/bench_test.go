package segment

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
)

// readSeed returns a seed article (about 5–7 KB of ru or uk news).
func readSeed(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(shared, "seeds", name))
	if err != nil {
		tb.Skipf("seed not available: %v", err)
	}
	return string(b)
}

// segmentAll runs the three stages the way the pipeline does.
func segmentAll(text string, toks []litopys.Token) []litopys.Token {
	toks = toks[:0]
	for _, s := range Sentences(text, Paragraphs(text)) {
		toks = Tokens(toks, text, s)
	}
	return toks
}

func BenchmarkSegment(b *testing.B) {
	for _, name := range []string{"000_d0670793ce43c562.txt", "001_46e6aa277c86e90e.txt"} {
		text := readSeed(b, name)
		b.Run(name[:3], func(b *testing.B) {
			toks := make([]litopys.Token, 0, 1024)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				toks = segmentAll(text, toks)
			}
		})
	}
}

func BenchmarkSentences(b *testing.B) {
	text := readSeed(b, "000_d0670793ce43c562.txt")
	paras := Paragraphs(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text, paras)
	}
}
