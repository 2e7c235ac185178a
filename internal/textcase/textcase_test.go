package textcase

import (
	"strings"
	"testing"
	"unicode"
)

var cases = []string{"", "abc", "aBc", "путин", "Путин", "путиН", "ѐџ", "Ѐ", "ї", "Ї", "є'я", "\u212a", "ǆ", "ǅ",
	"x\xffy", "\xd0", "o’neil", "ΣΑΣ", "σας", "ß", "1990-х", "İ", "ⅰ", "Ⅰ", "ԁ", "Ԁ"}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// TestAgainstStdlib compares each function with the standard library's
// answer on the cases its short cuts could get wrong.
func TestAgainstStdlib(t *testing.T) {
	for _, s := range cases {
		if got, want := IsLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("IsLower(%q) = %v, want %v", s, got, want)
		}
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(x, %q) = %q, want %q", s, got, want)
		}
		if got, want := HasUpper(s), hasUpper(s); got != want {
			t.Errorf("HasUpper(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCyrillicLowerBlock keeps the short cut true: U+0430–U+045F are
// lower-case letters that ToLower leaves as they are.
func TestCyrillicLowerBlock(t *testing.T) {
	for r := 'а'; r <= 'џ'; r++ {
		if unicode.ToLower(r) != r || unicode.IsUpper(r) {
			t.Errorf("%U is not its own lower case", r)
		}
	}
}

// TestRunes compares LowerRune and IsSpace with the standard library over
// every code point.
func TestRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := LowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("LowerRune(%U) = %U, want %U", r, got, want)
		}
		if got, want := IsSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("IsSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

func FuzzAgainstStdlib(f *testing.F) {
	for _, s := range cases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("AppendLower(nil, %q) = %q, want %q", s, got, want)
		}
		if got, want := HasUpper(s), hasUpper(s); got != want {
			t.Errorf("HasUpper(%q) = %v, want %v", s, got, want)
		}
	})
}

func BenchmarkLower(b *testing.B) {
	words := strings.Fields("Москва сообщила в понедельник что переговоры с Киевом продолжатся на следующей неделе")
	b.Run("textcase", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				Lower(w)
			}
		}
	})
	b.Run("strings", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				strings.ToLower(w)
			}
		}
	})
}
