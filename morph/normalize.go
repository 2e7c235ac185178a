package morph

import (
	"unicode"
	"unicode/utf8"
)

// Apostrophe is the one apostrophe lemmas and keys use; ’ ʼ ‘ ` and ′ in
// input are read as it (Ukrainian writes all of them).
const Apostrophe = '\''

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '′':
		return true
	}
	return false
}

// appendNorm appends w lower-cased, with apostrophes unified and stress marks
// (U+0301) dropped. With foldYo, ё is written е: dictionary keys are looked
// up that way, so "ёлка" and "елка" are one word.
func appendNorm(dst []byte, w string, foldYo bool) []byte {
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		case r == '\u0301' || r == '\u00ad':
			continue
		case isApostrophe(r):
			dst = append(dst, Apostrophe)
			continue
		}
		r = unicode.ToLower(r)
		if foldYo && r == 'ё' {
			r = 'е'
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// normalize returns w lower-cased with apostrophes unified (ё kept).
func normalize(w string) string {
	var buf [64]byte
	return string(appendNorm(buf[:0], w, false))
}

// foldKey is the dictionary key of w: normalize plus ё → е.
func foldKey(w string) string {
	var buf [64]byte
	return string(appendNorm(buf[:0], w, true))
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllUpper reports whether w has at least two letters, all upper-case
// (an abbreviation such as США or КНДР).
func isAllUpper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isCyrillicWord reports whether every letter of w is Cyrillic (apostrophes
// and hyphens allowed) and w has at least one letter.
func isCyrillicWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			n++
		case r == '-' || isApostrophe(r) || r == '\u0301':
		default:
			return false
		}
	}
	return n > 0
}

// runeLen is the number of runes in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// cutRunes drops the last k runes of s; ok is false when s is too short.
func cutRunes(s string, k int) (string, bool) {
	i := len(s)
	for ; k > 0; k-- {
		if i == 0 {
			return "", false
		}
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return s[:i], true
}
