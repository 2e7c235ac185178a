package morph

import (
	"strings"
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
		r = lowerRune(r)
		if foldYo && r == 'ё' {
			r = 'е'
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// lowerRune is unicode.ToLower with a fast path for Cyrillic.
func lowerRune(r rune) rune {
	switch {
	case r >= 'А' && r <= 'Я':
		return r + 'а' - 'А'
	case r >= 'Ѐ' && r <= 'Џ':
		return r + 'ѐ' - 'Ѐ'
	case r >= 'а' && r <= 'џ':
		return r
	case r == 'Ґ':
		return 'ґ'
	}
	return unicode.ToLower(r)
}

// isUpperRune is unicode.IsUpper with a fast path for Cyrillic.
func isUpperRune(r rune) bool {
	switch {
	case r >= 'Ѐ' && r <= 'Я', r == 'Ґ':
		return true
	case r >= 'а' && r <= 'џ':
		return false
	}
	return unicode.IsUpper(r)
}

// isLetter is unicode.IsLetter with a fast path for ASCII and Cyrillic.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	case r >= 'Ѐ' && r <= 'џ', r == 'Ґ', r == 'ґ':
		return true
	}
	return unicode.IsLetter(r)
}

// foldYoBytes rewrites ё as е in a normalised form, in place (both are two
// bytes in UTF-8).
func foldYoBytes(b []byte) []byte {
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 0xd1 && b[i+1] == 0x91 {
			b[i], b[i+1] = 0xd0, 0xb5
		}
	}
	return b
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
	return isUpperRune(r)
}

// isAllUpper reports whether w has at least two letters, all upper-case
// (an abbreviation such as США or КНДР).
func isAllUpper(w string) bool {
	n := 0
	for _, r := range w {
		if isLetter(r) {
			if !isUpperRune(r) {
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

// abbrEndings are the case endings Russian and Ukrainian add to
// abbreviations (МИДа, МВФом, ЄСу).
var abbrEndings = map[string]bool{
	"а": true, "у": true, "ю": true, "е": true, "є": true, "и": true, "і": true, "ы": true, "ом": true,
	"ем": true, "ов": true, "ів": true, "ам": true, "ами": true, "ах": true, "ові": true,
	"ою": true, "ой": true,
}

// inflectedAbbreviation reports whether word is an abbreviation of at
// least two capitals followed by a lower-case case ending, and returns the
// abbreviation lower-cased.
func inflectedAbbreviation(word string) (string, bool) {
	_, n := utf8.DecodeRuneInString(word)
	if !isCapitalized(word) || !isCapitalized(word[n:]) {
		return "", false
	}
	i := strings.IndexFunc(word, unicode.IsLower)
	if i < 0 || !isAllUpper(word[:i]) {
		return "", false
	}
	if !abbrEndings[word[i:]] {
		return "", false
	}
	return strings.ToLower(word[:i]), true
}
