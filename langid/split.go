package langid

import (
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// splitSentences is the plain splitter Evaluate and Train use: a sentence
// ends at a line break, or at . ! ? … followed by space and then something
// that can start a sentence (an upper-case letter, a digit, a quote or a
// dash). The pipeline uses package segment's better one; this one only has
// to give the same kind of pieces on the corpora.
func splitSentences(text string) []litopys.Span {
	var (
		out   []litopys.Span
		start = 0
	)
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, litopys.Span{Start: s, End: e})
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			emit(i)
			start = i + size
		case '.', '!', '?', '…':
			j := i + size
			for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == ')') {
				j++
			}
			if k := skipSpaces(text, j); k > j && k < len(text) && startsSentence(text[k:]) {
				emit(j)
				start = j
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '«', '“', '„', '—', '–', '-', '(':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
