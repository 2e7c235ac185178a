package translit

import (
	"strings"
	"testing"
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
		if k != Key(strings.ToUpper(s)) && utf8.ValidString(s) && !hasSpecialCase(s) {
			t.Fatalf("Key(%q) = %q depends on case", s, k)
		}
		if strings.ContainsAny(k, " -.\t") {
			t.Fatalf("Key(%q) = %q keeps separators", s, k)
		}
		if Key(k) == "" && k != "" && utf8.ValidString(k) && isASCII(k) {
			t.Fatalf("Key of key %q is empty", k)
		}
	})
}

// hasSpecialCase reports runes whose upper case changes length or letters
// (ß, ﬁ, Turkish ı), where case-independence cannot be promised.
func hasSpecialCase(s string) bool {
	for _, r := range s {
		if r > 0x7F && (r < 0x400 || r > 0x4FF) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
