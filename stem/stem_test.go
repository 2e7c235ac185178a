package stem

import (
	"fmt"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct {
		word, lang, want string
	}{
		{"Россией", "ru", "росс"},
		{"ёлками", "ru", "елк"},
		{"running", "en", "run"},
		{"Nations", "en", "nation"},
		{"України", "uk", "україн"},
		{"червоного", "uk", "червон"},
		{"п’ятниці", "uk", "п'ятниц"},
		{"можливість", "uk", "можлив"},
		{"Word", "de", "word"},
		{"", "uk", ""},
	}
	for _, tt := range tests {
		if got := Stem(tt.word, tt.lang); got != tt.want {
			t.Errorf("Stem(%q, %q) = %q, want %q", tt.word, tt.lang, got, tt.want)
		}
	}
}

// TestUkrainianFamilies checks that the inflections of one word share a
// stem and that different words keep different stems.
func TestUkrainianFamilies(t *testing.T) {
	families := [][]string{
		{"країна", "країни", "країні", "країну", "країною", "країн", "країнам", "країнами", "країнах"},
		{"президент", "президента", "президентові", "президентом", "президенті", "президенти", "президентів"},
		{"робота", "роботи", "роботі", "роботу", "роботою", "роботах"},
		{"червоний", "червоного", "червоному", "червоним", "червона", "червоної", "червоною", "червоне", "червоні", "червоних"},
		{"Північна", "Північної", "Північною", "Північну", "північний", "північного"},
		{"Корея", "Кореї", "Кореєю", "Корею"},
		{"Сергій", "Сергія", "Сергієві", "Сергієм", "Сергію"},
		{"говорити", "говорив", "говорила", "говорили", "говорило"},
		{"держава", "держави", "державі", "державу", "державою", "держав", "державами"},
		{"можливість", "можливості", "можливостей", "можливостями"},
		{"втрата", "втрати", "втрат", "втратами"},
		{"війна", "війни", "війні", "війну", "війною"},
		{"Росія", "Росії", "Росією", "Росію"},
	}
	seen := map[string]int{}
	for i, fam := range families {
		want := Ukrainian(fam[0])
		for _, w := range fam[1:] {
			if got := Ukrainian(w); got != want {
				t.Errorf("family %d: Ukrainian(%q) = %q, Ukrainian(%q) = %q", i, fam[0], want, w, got)
			}
		}
		if j, dup := seen[want]; dup {
			t.Errorf("families %d and %d share stem %q", j, i, want)
		}
		seen[want] = i
	}
	for _, p := range [][2]string{{"рука", "рукав"}, {"вода", "водний"}, {"кит", "кіт"}, {"мова", "мовник"}} {
		if a, b := Ukrainian(p[0]), Ukrainian(p[1]); a == b {
			t.Errorf("%q and %q share stem %q", p[0], p[1], a)
		}
	}
}

func FuzzUkrainian(f *testing.F) {
	for _, s := range []string{"країнами", "п'ятниці", "ь", "ття", "\xff", "ТИ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = Ukrainian(s)
		_ = Stem(s, "ru")
		_ = Stem(s, "en")
	})
}

func BenchmarkStem(b *testing.B) {
	words := []string{"країнами", "президентові", "червоного", "говорила", "можливостями"}
	for _, lang := range []string{"uk", "ru", "en"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					Stem(w, lang)
				}
			}
		})
	}
}

func ExampleStem() {
	fmt.Println(Stem("країнами", "uk"), Stem("странами", "ru"), Stem("countries", "en"))
	// Output: країн стран countri
}

func TestStemmer(t *testing.T) {
	s := NewStemmer()
	for _, lang := range []string{"ru", "uk", "en", "xx"} {
		for _, w := range []string{"странами", "країнами", "countries", "Word"} {
			for range 2 {
				if got, want := s.Stem(w, lang), Stem(w, lang); got != want {
					t.Errorf("Stemmer.Stem(%q, %s) = %q, want %q", w, lang, got, want)
				}
			}
		}
	}
}

func BenchmarkStemmer(b *testing.B) {
	s := NewStemmer()
	words := []string{"странами", "президентом", "красного", "говорила", "возможностями"}
	for b.Loop() {
		for _, w := range words {
			s.Stem(w, "ru")
		}
	}
}
