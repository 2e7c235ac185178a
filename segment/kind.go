package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// kindOf classifies a token by its first letter or digit: a token that
// starts with a digit is a number (75-ї, 1,5), one with a letter a word,
// one with neither punctuation.
func kindOf(s string) litopys.TokenKind {
	if c := s[0]; c >= '0' && c <= '9' {
		return litopys.TokenNumber
	} else if c >= 0xD0 && c <= 0xD3 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return litopys.TokenWord // Latin or Cyrillic (U+0400–U+04FF)
	}
	for _, r := range s {
		if r >= '0' && r <= '9' || unicode.IsDigit(r) {
			return litopys.TokenNumber
		}
		if unicode.IsLetter(r) {
			return litopys.TokenWord
		}
	}
	return litopys.TokenPunct
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isCyrillic(r rune) bool { return r >= 0x400 && r <= 0x52F }

func allASCIIDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isStopRun reports whether s is made of . ! ? only.
func isStopRun(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return true
}
