package translit

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	for _, s := range []string{"", "Ким Чен Ын", "Знам'янка", "ЩУКА", "СССР", "Моcква", "дж", "чж", "\xff\xd0", "Ph. Schäfer", "'''", "ей", "Ї", "зг"} {
		f.Add(s)
	}
}

func FuzzLatin(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"uk", "ru"} {
			out := Latin(s, lang)
			if utf8.ValidString(s) && !utf8.ValidString(out) {
				t.Fatalf("Latin(%q, %s) = %q is not UTF-8", s, lang, out)
			}
			if strings.ContainsFunc(out, func(r rune) bool { return r >= 0x410 && r <= 0x44F }) {
				t.Fatalf("Latin(%q, %s) = %q keeps Cyrillic", s, lang, out)
			}
		}
		if Latin(s, "en") != s {
			t.Fatalf("Latin(%q, en) changed the text", s)
		}
	})
}

func FuzzKey(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if utf8.ValidString(s) && !utf8.ValidString(k) {
			t.Fatalf("Key(%q) = %q is not UTF-8", s, k)
		}
		if strings.ContainsFunc(k, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsSpace(r) || unicode.IsPunct(r) }) {
			t.Fatalf("Key(%q) = %q keeps capitals or separators", s, k)
		}
		// Case is ignored except for acronyms, which are all capitals.
		if lower := strings.ToLower(s); utf8.ValidString(s) && Key(lower) != Key(strings.ToLower(strings.ToUpper(lower))) && !hasSpecialCase(s) {
			t.Fatalf("Key(%q) depends on case", lower)
		}
	})
}

// hasSpecialCase reports runes outside ASCII and Cyrillic, whose case
// mappings may not round-trip (ß, ﬁ, Turkish ı).
func hasSpecialCase(s string) bool {
	for _, r := range s {
		if r > 0x7F && (r < 0x400 || r > 0x4FF) {
			return true
		}
	}
	return false
}
