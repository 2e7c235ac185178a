// Package textcase lower-cases text as strings.ToLower does, faster on
// what news text mostly is: words already in lower case, Cyrillic or
// Latin. Stages lower-case every token several times over; a word that is
// lower-case already costs here one pass without a copy or a look-up in
// the Unicode case tables.
package textcase

import (
	"unicode"
	"unicode/utf8"
)

// IsLower reports whether strings.ToLower(s) == s.
func IsLower(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return false // ToLower mends the byte
		case 'а' <= r && r <= 'џ': // lower-case Cyrillic (U+0430–U+045F)
		case unicode.ToLower(r) != r:
			return false
		}
		i += size
	}
	return true
}

// Lower is strings.ToLower(s): s itself when it is lower-case already,
// else one copy, without the Unicode tables for the basic Cyrillic letters.
func Lower(s string) string {
	if IsLower(s) {
		return s
	}
	return string(AppendLower(make([]byte, 0, len(s)+utf8.UTFMax), s))
}

// AppendLower appends strings.ToLower(s) to dst: a caller that looks the
// lower-cased word up in a map (m[string(b)]) lower-cases it without an
// allocation.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, LowerRune(r)) // an invalid byte becomes U+FFFD, as in ToLower
		i += size
	}
	return dst
}

// HasUpper reports whether a rune of s is upper-case (unicode.IsUpper).
func HasUpper(s string) bool {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				return true
			}
		case 'а' <= r && r <= 'џ':
		case unicode.IsUpper(r):
			return true
		}
	}
	return false
}

// LowerRune is unicode.ToLower(r), without the Unicode tables for the
// basic Cyrillic letters.
func LowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case 'а' <= r && r <= 'џ':
		return r
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	}
	return unicode.ToLower(r)
}

// IsSpace is unicode.IsSpace(r), without the Unicode tables for the basic
// Cyrillic letters.
func IsSpace(r rune) bool {
	if 'А' <= r && r <= 'џ' {
		return false
	}
	return unicode.IsSpace(r)
}
