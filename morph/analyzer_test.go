package morph

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLemma(t *testing.T) {
	a := mustLoad(t)
	tests := []struct {
		word, lang string
		lemma      string
		known      bool
	}{
		// Dictionary words.
		{"России", "ru", "россия", true},
		{"Сеула", "ru", "сеул", true},
		{"Северной", "ru", "северный", true},
		{"стали", "ru", "стать", true},
		{"ёлками", "ru", "ёлка", true},
		{"елками", "ru", "елка", true},
		{"Росією", "uk", "росія", true},
		{"Владивостоці", "uk", "владивосток", true},
		{"п’ятниці", "uk", "п'ятниця", true},
		{"пʼятниці", "uk", "п'ятниця", true},
		{"Путіним", "uk", "путін", true},
		// Abbreviations stay themselves.
		{"США", "ru", "сша", true},
		{"США", "uk", "сша", true},
		{"НАТО", "uk", "нато", false},
		// Unknown names: the guesser.
		{"Блинкеном", "ru", "блинкен", false},
		{"Цзиньпином", "ru", "цзиньпин", false},
		{"Ыном", "ru", "ын", false},
		{"Йонгом", "ru", "йонг", false},
		{"Ёлю", "ru", "ёль", false},
		{"Зеленским", "ru", "зеленский", false},
		{"МИДа", "ru", "мид", false},
		{"Шойгу", "uk", "шойгу", true},
		{"Сінгх", "uk", "сінгх", true},
		// Hyphens and punctuation.
		{"Индо-Тихоокеанском", "ru", "индо-тихоокеанский", true},
		{"Сан-Франциско", "ru", "сан-франциско", true},
		{"Франкфурте-на-Майне", "ru", "франкфурт-на-майне", true},
		{"«Газпрома»", "ru", "«газпром»", true},
		// Other scripts and languages.
		{"Yonhap", "ru", "yonhap", false},
		{"Pentagon's", "en", "pentagon's", false},
		{"", "ru", "", false},
		{"2023", "uk", "2023", false},
	}
	for _, tt := range tests {
		lemma, known := a.Lemma(tt.word, tt.lang)
		if lemma != tt.lemma || known != tt.known {
			t.Errorf("Lemma(%q, %q) = %q, %v; want %q, %v", tt.word, tt.lang, lemma, known, tt.lemma, tt.known)
		}
	}
}

func TestAnalyses(t *testing.T) {
	a := mustLoad(t)
	got := a.Analyses("стали", "ru")
	want := []Analysis{
		{Lemma: "стать", POS: PosVerb, Known: true},
		{Lemma: "сталь", POS: PosNoun, Gender: Fem, Known: true},
	}
	if len(got) != len(want) {
		t.Fatalf("Analyses(стали) = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Analyses(стали)[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := a.Analyses("Кореєю", "uk"); len(got) == 0 || got[0] != (Analysis{Lemma: "корея", POS: PosNoun, Gender: Fem, Proper: true, Known: true}) {
		t.Errorf("Analyses(Кореєю) = %+v", got)
	}
	if got := a.Analyses("Байденом", "ru"); len(got) != 1 || got[0].Known || got[0].Lemma != "байден" || got[0].POS != PosNoun || got[0].Gender != Masc {
		t.Errorf("Analyses(Байденом) = %+v", got)
	}
	if got := a.Analyses("word", "en"); got != nil {
		t.Errorf("Analyses in en = %+v, want nil", got)
	}
}

// TestLemmaConcurrent runs lookups from several goroutines (go test -race
// checks the cache).
func TestLemmaConcurrent(t *testing.T) {
	a := mustLoad(t)
	words := articleWords(t)
	want := make([]string, len(words))
	for i, w := range words {
		want[i], _ = a.Lemma(w, "ru")
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, w := range words {
				if got, _ := a.Lemma(w, "ru"); got != want[i] {
					t.Errorf("Lemma(%q) = %q, want %q", w, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzLemma(f *testing.F) {
	for _, s := range []string{"Блинкеном", "п’ятниці", "Индо-Тихоокеанском", "-", "--а", "«»", "ЁЁ", "\xff\xfe", "а-", "ь", "Ы"} {
		f.Add(s)
	}
	a := mustLoad(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"ru", "uk", "en"} {
			l, _ := a.Lemma(s, lang)
			if !utf8.ValidString(l) && utf8.ValidString(s) {
				t.Errorf("Lemma(%q, %s) = %q: invalid UTF-8", s, lang, l)
			}
			if strings.IndexFunc(l, unicode.IsUpper) >= 0 && lang != "en" && utf8.ValidString(s) && isCyrillicWord(s) {
				t.Errorf("Lemma(%q, %s) = %q: not lower-case", s, lang, l)
			}
			if an := a.Analyses(s, lang); len(an) > 0 && an[0].Lemma != l {
				t.Errorf("Analyses(%q, %s)[0].Lemma = %q, Lemma = %q", s, lang, an[0].Lemma, l)
			}
		}
	})
}

// articleWords returns the words of the seed articles (about 700 words
// each), or of a built-in text when the shared data is absent.
func articleWords(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	text := "Госсекретарь США Энтони Блинкен заявил, что Вашингтон обеспокоен сотрудничеством России и КНДР. " +
		"Ким Чен Ын встретился с Владимиром Путиным на космодроме Восточный."
	if len(files) > 0 {
		data, err := os.ReadFile(files[0])
		if err != nil {
			tb.Fatal(err)
		}
		text = string(data)
	}
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && !isApostrophe(r)
	})
}

// BenchmarkLemma lemmatises a seed article per iteration, with the cache.
func BenchmarkLemma(b *testing.B) {
	a := mustLoad(b)
	words := articleWords(b)
	for b.Loop() {
		for _, w := range words {
			a.Lemma(w, "ru")
		}
	}
	b.ReportMetric(float64(len(words)), "words/op")
}

// BenchmarkLemmaUncached is the same without the hot-word cache.
func BenchmarkLemmaUncached(b *testing.B) {
	a := mustLoad(b)
	words := articleWords(b)
	for b.Loop() {
		for _, w := range words {
			a.ru.lemma(w)
		}
	}
	b.ReportMetric(float64(len(words)), "words/op")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// articleSentences returns the seed article as sentences of tokens,
// punctuation included, as the pipeline hands them to LemmaSentence.
func articleSentences(tb testing.TB) [][]string {
	tb.Helper()
	var out [][]string
	var cur []string
	for _, w := range articleTokens(tb) {
		cur = append(cur, w)
		if w == "." || w == "!" || w == "?" {
			out, cur = append(out, cur), nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func articleTokens(tb testing.TB) []string {
	tb.Helper()
	text := strings.Join(articleWords(tb), " ")
	if files, _ := filepath.Glob("../../shared/seeds/*.txt"); len(files) > 0 {
		data, err := os.ReadFile(files[0])
		if err != nil {
			tb.Fatal(err)
		}
		text = string(data)
	}
	var toks []string
	for _, f := range strings.Fields(text) {
		pre, core, post := trimPunct(f)
		for _, r := range pre {
			toks = append(toks, string(r))
		}
		if core != "" {
			toks = append(toks, core)
		}
		for _, r := range post {
			toks = append(toks, string(r))
		}
	}
	return toks
}

// BenchmarkLemmaSentence lemmatises a seed article sentence by sentence
// in context, with the cache: the pipeline's way.
func BenchmarkLemmaSentence(b *testing.B) {
	a := mustLoad(b)
	sents := articleSentences(b)
	n, amb := 0, 0
	for _, s := range sents {
		for _, w := range s {
			n++
			if a.info(a.ru, w, "ru").amb != nil {
				amb++
			}
		}
	}
	var out []WordLemma
	for b.Loop() {
		for _, s := range sents {
			out = a.LemmaSentence(s, "ru", out[:0])
		}
	}
	b.ReportMetric(float64(n), "tokens/op")
	b.ReportMetric(float64(amb)/float64(n), "ambiguous/token")
}
