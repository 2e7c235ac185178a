package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Paragraphs splits text at line breaks (\n, \r, \v, \f, U+0085, U+2028,
// U+2029): in news text both blank lines and single newlines end a paragraph.
// Each paragraph is trimmed of surrounding white space; empty ones are skipped.
func Paragraphs(text string) []litopys.Span {
	var out []litopys.Span
	start := 0
	for i := 0; i < len(text); i++ {
		// Byte scan: U+0085 is C2 85, U+2028/9 are E2 80 A8/A9 in UTF-8.
		size := 0
		switch c := text[i]; {
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			size = 1
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0x85:
			size = 2
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9):
			size = 3
		default:
			continue
		}
		out = appendTrimmed(out, text, start, i)
		start = i + size
		i += size - 1
	}
	return appendTrimmed(out, text, start, len(text))
}

// appendTrimmed appends text[start:end] trimmed of space, if anything is left.
func appendTrimmed(out []litopys.Span, text string, start, end int) []litopys.Span {
	start, end = trim(text, start, end)
	if start < end {
		out = append(out, litopys.Span{Start: start, End: end})
	}
	return out
}

// trim narrows [start, end) to exclude leading and trailing white space and
// invisible format characters (zero-width space, BOM, …).
func trim(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isBlank(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isBlank(r) {
			break
		}
		end -= size
	}
	return start, end
}

// isBlank reports white space and the zero-width characters that pasted web
// text carries around words.
func isBlank(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r)
}
