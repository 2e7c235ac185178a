package segment

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// addSeeds adds the seed articles and tricky strings to a fuzz corpus.
func addSeeds(f *testing.F) {
	f.Helper()
	files, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", ".", "...", "А.Б.Иванов.", "1 000 000,5", "т. д. Т", "«Да!» — сказал", "\xff\xfe.", "U.S.", "п`", "-", "2023-", "a\u2028b",
		"Привет. 1. 2 г. Мир", "XX в. Ы", "\"Мы.\", - он", " \u00a0\u200b", "5\u00a0000\u00a0000",
	} {
		f.Add(s)
	}
}

// checkSpans fails unless spans are in range of text, non-empty, ordered,
// non-overlapping, inside bounds and on UTF-8 boundaries of valid text.
func checkSpans(tb testing.TB, text string, spans []litopys.Span, within []litopys.Span) {
	tb.Helper()
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			tb.Fatalf("bad span %v after %d in %q", s, prev, text)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			tb.Fatalf("span %v not on rune boundaries of %q", s, text)
		}
		if within != nil && !inside(s, within) {
			tb.Fatalf("span %v crosses paragraphs %v", s, within)
		}
		prev = s.End
	}
}

func inside(s litopys.Span, in []litopys.Span) bool {
	for _, p := range in {
		if p.Start <= s.Start && s.End <= p.End {
			return true
		}
	}
	return false
}

func FuzzParagraphs(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Paragraphs(text), nil)
	})
}

func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		paras := Paragraphs(text)
		checkSpans(t, text, Sentences(text, paras), paras)
	})
}

func FuzzTokens(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		s := litopys.Span{Start: 0, End: len(text)}
		toks := Tokens(nil, text, s)
		spans := make([]litopys.Span, len(toks))
		for i, tok := range toks {
			if tok.Text != text[tok.Start:tok.End] {
				t.Fatalf("token %q != text[%d:%d]", tok.Text, tok.Start, tok.End)
			}
			spans[i] = litopys.Span{Start: tok.Start, End: tok.End}
		}
		checkSpans(t, text, spans, []litopys.Span{s})
	})
}

// shared is the project's shared data directory, which lies beside the
// repository.
const shared = "../../shared"
