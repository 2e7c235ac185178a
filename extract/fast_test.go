package extract

import (
	"strings"
	"testing"
	"unicode"
)

func TestLower(t *testing.T) {
	for _, s := range []string{
		"ЁЖЗ АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ЄІЇҐ Ѕ Ўў ABC ǅ İ",
		"Привіт, СВІТ! Ґанок «ЧИТАЙТЕ ТАКОЖ»", "",
	} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestRuneClass(t *testing.T) {
	for _, r := range "AzЯяЁёЄєІіЇїҐґѢѣ09 .,«—ǅ" {
		l, d, u := runeClass(r)
		if l != isLetterRef(r) || d != isDigitRef(r) || l && u != isUpperRef(r) {
			t.Errorf("runeClass(%q) = %v %v %v", r, l, d, u)
		}
	}
}

func isLetterRef(r rune) bool { return unicode.IsLetter(r) }
func isDigitRef(r rune) bool  { return unicode.IsDigit(r) }
func isUpperRef(r rune) bool  { return unicode.IsUpper(r) }
