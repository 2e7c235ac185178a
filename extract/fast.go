package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fast paths for the scripts the cleaner reads most (ASCII and Cyrillic);
// everything else goes to package unicode. They keep Text at tens of
// microseconds per article.

// runeClass tells whether r is a letter, a digit and upper case.
func runeClass(r rune) (letter, digit, upper bool) {
	switch {
	case r < 0x80:
		switch {
		case 'a' <= r && r <= 'z':
			return true, false, false
		case 'A' <= r && r <= 'Z':
			return true, false, true
		case '0' <= r && r <= '9':
			return false, true, false
		}
		return false, false, false
	case 0x400 <= r && r <= 0x42f:
		return true, false, true
	case 0x430 <= r && r <= 0x45f:
		return true, false, false
	case 0x460 <= r && r <= 0x481 || 0x48a <= r && r <= 0x4ff:
		return true, false, r%2 == 0 && r != 0x4c0
	}
	return unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsUpper(r)
}

// isLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r).
func isLetterOrDigit(r rune) bool {
	l, d, _ := runeClass(r)
	return l || d
}

// lower is strings.ToLower with byte-level fast paths for ASCII and
// Cyrillic; it keeps the byte length of those scripts.
func lower(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		case i+1 < len(s) && c == 0xd0:
			d := s[i+1]
			switch {
			case 0x90 <= d && d <= 0x9f: // А-П
				b = append(b, 0xd0, d+0x20)
			case 0xa0 <= d && d <= 0xaf: // Р-Я
				b = append(b, 0xd1, d-0x20)
			case 0x80 <= d && d <= 0x8f: // Ѐ-Џ (Є, І, Ї)
				b = append(b, 0xd1, d+0x10)
			default:
				b = append(b, c, d)
			}
			i += 2
			continue
		case i+1 < len(s) && c == 0xd1:
			b = append(b, c, s[i+1])
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[i])
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += size
	}
	return string(b)
}

// indexSep returns the index of the first ":", "—" or "–" in s, or -1.
func indexSep(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':':
			return i
		case 0xe2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x94 || s[i+2] == 0x93) {
				return i
			}
		}
	}
	return -1
}

// hasMenuSep reports whether s holds a separator of menu items.
func hasMenuSep(s string) bool {
	if strings.IndexByte(s, '|') >= 0 || strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '>') >= 0 {
		return true
	}
	for _, sep := range []string{"•", "·", "⋅", "∙", "»", "→"} {
		if strings.Contains(s, sep) {
			return true
		}
	}
	return false
}
