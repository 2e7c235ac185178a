package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner/corpus"
	"github.com/litopys/litopys/segment"
)

var (
	loadOnce   sync.Once
	loaded     *Tagger
	lemmatizer Lemmatizer
	loadErr    error
)

func tagger(tb testing.TB) *Tagger {
	tb.Helper()
	loadOnce.Do(func() {
		loaded, loadErr = Load()
		if loadErr == nil {
			var a *morph.Analyzer
			a, loadErr = morph.Load()
			if loadErr == nil {
				lemmatizer = a.Lemma
				loaded = loaded.WithClasses(dictClasses(a))
			}
		}
	})
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return loaded
}

// dictClasses gives the tagger the dictionary classes the pipeline gives
// it (pipeline.WordClasses, which this package cannot import).
func dictClasses(m *morph.Analyzer) WordClasser {
	return func(word, lang string) WordClass {
		common, proper := false, false
		for _, a := range m.Analyses(word, lang) {
			if a.Known {
				proper = proper || a.Proper
				common = common || !a.Proper
			}
		}
		switch {
		case common && proper:
			return ClassBoth
		case proper:
			return ClassProper
		case common:
			return ClassCommon
		}
		return ClassUnknown
	}
}

// analyzed segments text and lemmatises it as the pipeline does.
func analyzed(tb testing.TB, text, lang string) ([]litopys.Span, []litopys.Token) {
	tb.Helper()
	tagger(tb)
	sents, toks := segmentText(text)
	fillLemmas(toks, lang, lemmatizer)
	return sents, toks
}

// tagText segments and tags text, returning "TYPE mention" strings.
func tagText(tb testing.TB, text, lang string) []string {
	tb.Helper()
	sents, toks := analyzed(tb, text, lang)
	var out []string
	for _, s := range tagger(tb).Tag(text, toks, sents, lang) {
		out = append(out, s.Type+" "+text[s.Start:s.End])
	}
	return out
}

// TestLoad loads the embedded model; how long that takes is measured by
// BenchmarkLoad, not here (wall time on a shared machine is no test).
func TestLoad(t *testing.T) {
	tagger(t)
}

func TestTag(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"ru", "ru", "Президент России Владимир Путин встретился в Москве с премьер-министром Японии.",
			[]string{"LOC России", "PER Владимир Путин", "LOC Москве", "LOC Японии"}},
		{"uk", "uk", "Володимир Зеленський прибув до Варшави, повідомляє Укрінформ.",
			[]string{"PER Володимир Зеленський", "LOC Варшави", "ORG Укрінформ"}},
		{"none", "ru", "в понедельник было холодно, и все сидели дома.", nil},
		{"empty", "ru", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tagText(t, tc.text, tc.lang); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestAllowed(t *testing.T) {
	bPER, iPER, lPER, uPER := 1, 2, 3, 4
	bORG := 5
	for _, tc := range []struct {
		prev, tag  int
		last, want bool
	}{
		{0, 0, false, true}, {0, bPER, false, true}, {0, bPER, true, false}, {0, uPER, true, true},
		{0, iPER, false, false}, {0, lPER, false, false},
		{bPER, iPER, false, true}, {bPER, lPER, true, true}, {bPER, iPER, true, false},
		{bPER, 0, false, false}, {bPER, bORG, false, false}, {bPER, bORG + 2, false, false},
		{lPER, bORG, false, true}, {uPER, 0, false, true},
	} {
		if got := allowed(tc.prev, tc.tag, tc.last); got != tc.want {
			t.Errorf("allowed(%d, %d, %v) = %v", tc.prev, tc.tag, tc.last, got)
		}
	}
}

// TestGoldTagsRoundTrip checks that gold tags turned back into spans give
// the mentions again.
func TestGoldTagsRoundTrip(t *testing.T) {
	text := "Тереза Мэй и Борис Джонсон прилетели в Брюссель."
	_, toks := segmentText(text)
	ms := []corpus.Mention{{Start: 0, End: len("Тереза Мэй"), Type: "PER"}}
	s := strings.Index(text, "Борис")
	ms = append(ms, corpus.Mention{Start: s, End: s + len("Борис Джонсон"), Type: "PER"})
	s = strings.Index(text, "Брюссель")
	ms = append(ms, corpus.Mention{Start: s, End: s + len("Брюссель"), Type: "LOC"})
	tags := goldTags(toks, ms, nil)
	ints := make([]int, len(tags))
	for i, tg := range tags {
		ints[i] = int(tg)
	}
	got := appendSpans(nil, text, toks, ints)
	want := []Span{{Start: 0, End: ms[0].End, Type: "PER"}, {Start: ms[1].Start, End: ms[1].End, Type: "PER"}, {Start: ms[2].Start, End: ms[2].End, Type: "LOC"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestModelRoundTrip(t *testing.T) {
	w := make([]int16, 1<<10*numTags)
	for i := range w {
		w[i] = int16(i*7919%65536 - 32768)
	}
	m := &model{bits: 10, useLemma: true, beam: true, weights: padRows(w),
		gazList:   []gazEntry{{"европейский союз", 1}, {"київ", 2}},
		startList: []string{"брекзит"}}
	var buf bytes.Buffer
	if err := writeModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	m2, err := readModel(buf.Bytes(), mustRead(t, filepath.Join("model", "clusters.tsv.gz")))
	if err != nil {
		t.Fatal(err)
	}
	if m2.bits != m.bits || m2.useLemma != m.useLemma || m2.beam != m.beam || !reflect.DeepEqual(m2.weights, m.weights) ||
		!reflect.DeepEqual(m2.gazList, m.gazList) || !reflect.DeepEqual(m2.startList, m.startList) {
		t.Error("model differs after a write and read")
	}
	if _, err := readModel([]byte("garbage"), nil); err == nil {
		t.Error("garbage read as a model")
	}
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// checkSpans fails unless spans are in order, disjoint, typed and on token
// boundaries (an English name may end before a possessive inside its
// token: "Netanyahu’s").
func checkSpans(tb testing.TB, text string, toks []litopys.Token, spans []Span) {
	tb.Helper()
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, t := range toks {
		starts[t.Start], ends[t.End] = true, true
		if e := possessive(text[t.Start:t.End]); e >= 0 {
			ends[t.Start+e] = true
		}
	}
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) || !starts[s.Start] || !ends[s.End] || typeIndex(s.Type) < 0 {
			tb.Fatalf("bad span %+v in %q (tokens %v)", s, text, toks)
		}
		prev = s.End
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"", "Путин", "В Москве. Путин!", "«Газпром» и ЕС", "a\x00b\xff Київ", "Тереза Мэй\n\nБрюссель"} {
		f.Add(s, "ru")
	}
	for _, s := range []string{"Mr. Bashir met Tony Abbott’s office.", "the Israeli election", "New Zealand’s Northland", "Mr", "Dr.", "’s talks"} {
		f.Add(s, "en")
	}
	tg := tagger(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		sents, toks := analyzed(t, text, lang)
		checkSpans(t, text, toks, tg.Tag(text, toks, sents, lang))
		// Without sentences, and with sentences that do not cover the tokens.
		checkSpans(t, text, toks, tg.Tag(text, toks, nil, lang))
		odd := []litopys.Span{{Start: len(text) / 2, End: len(text)}}
		checkSpans(t, text, toks, tg.Tag(text, toks, odd, lang))
	})
}

func TestToLower(t *testing.T) {
	for _, r := range []rune("AZaz09ЁЀЏАЯабяёђџЄІЇҐєіїґ’ÀÉßẞΣ") {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Errorf("toLower(%q) = %q, want %q", r, got, want)
		}
	}
}

func TestRuneClass(t *testing.T) {
	for _, r := range []rune("AZaz09ЁЀЏАЯабяёђџЄІЇҐєіїґ’ÀÉßẞΣ٣-«.  ") {
		want := r
		switch {
		case unicode.IsUpper(r):
			want = 'X'
		case unicode.IsLetter(r):
			want = 'x'
		case unicode.IsDigit(r):
			want = 'd'
		}
		if got := runeClass(r, unicode.ToLower(r)); got != want {
			t.Errorf("runeClass(%q) = %q, want %q", r, got, want)
		}
	}
}

// TestDecodeClosesMention checks that a lower-case word never seen inside
// a name ends the open mention instead of extending it.
func TestDecodeClosesMention(t *testing.T) {
	m := &model{bits: 10, weights: make([]int16, 1<<10*rowStride), gaz: newGazetteer(nil, tokenizeForm)}
	for b := range 1 << 10 {
		m.weights[b*rowStride+1] = 5  // B-PER
		m.weights[b*rowStride+2] = 10 // I-PER
		m.weights[b*rowStride+3] = 8  // L-PER
	}
	text := "Кореї висловили стурбованість"
	_, toks := segmentText(text)
	for _, tc := range []struct {
		name  string
		lists bool
		want  []Span
	}{
		{"closed", true, []Span{{Start: 0, End: len("Кореї"), Type: "PER"}}},
		{"extended", false, []Span{{Start: 0, End: len(text), Type: "PER"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.setLex(nil, tc.lists)
			if got := newTagger(m).Tag(text, toks, nil, "uk"); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestConcurrent checks that parallel calls give the sequential result.
func TestConcurrent(t *testing.T) {
	text := string(mustRead(t, filepath.Join(seedsDir, "001_46e6aa277c86e90e.txt")))
	sents, toks := analyzed(t, text, "uk")
	tg := tagger(t)
	want := tg.Tag(text, toks, sents, "uk")
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := tg.Tag(text, toks, sents, "uk"); !reflect.DeepEqual(got, want) {
					t.Error("concurrent result differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTrimQuotes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Нафтогаз»", "Нафтогаз"},
		{"«Нафтогаз", "Нафтогаз"},
		{"«Северный поток»", "«Северный поток»"},
		{"\"Газпром\"", "\"Газпром\""},
		{"Газпром\"", "Газпром"},
		{"„Nord Stream“", "„Nord Stream“"},
		{"« Нафтогаз", "Нафтогаз"},
		{"»", ""},
	} {
		s, e := trimQuotes(tc.in, 0, len(tc.in))
		got := ""
		if s < e {
			got = tc.in[s:e]
		}
		if got != tc.want {
			t.Errorf("trimQuotes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestConventions: possessives and titles leave English names, words for
// the people of a country are persons as nouns and nothing as adjectives.
func TestConventions(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		in         []Span // as the tagger found them, by text
		want       []string
	}{
		{"en", "Israeli leaders met Netanyahu’s envoy.", nil, []string{"PER Netanyahu"}},
		{"en", "Ukrainian President Volodymyr Zelensky spoke.", nil, []string{"PER Volodymyr Zelensky"}},
		{"en", "Facebook CEO Mark Zuckerberg testified.", nil, []string{"ORG Facebook", "PER Mark Zuckerberg"}},
		{"en", "Tunisians voted.", nil, []string{"PER Tunisians"}},
		{"ru", "Это знают американцы и россияне.", nil, []string{"PER американцы", "PER россияне"}},
		{"uk", "Так вважають українці.", nil, []string{"PER українці"}},
		{"uk", "Про це сказав Голова.", nil, []string{}},
		{"ru", "Об этом сказал Председатель Еврокомиссии.", nil, []string{"PER Еврокомиссии"}},
	} {
		toks := segment.Tokens(nil, tc.text, litopys.Span{Start: 0, End: len(tc.text)})
		m, _ := morph.Load()
		for i := range toks {
			if toks[i].Kind == litopys.TokenWord {
				toks[i].Lemma, _ = m.Lemma(toks[i].Text, tc.lang)
			}
		}
		// The tagger's raw spans: every maximal run of capitalised words.
		var spans []Span
		for i := 0; i < len(toks); i++ {
			if !startsUpper(toks[i].Text) || i == 0 && toks[i].Text != "Israeli" && !strings.HasSuffix(toks[i].Text, "ians") && toks[i].Text != "Ukrainian" && toks[i].Text != "Facebook" {
				continue
			}
			j := i
			for j+1 < len(toks) && startsUpper(toks[j+1].Text) {
				j++
			}
			typ := "PER"
			if strings.HasPrefix(toks[i].Text, "Moscow") || strings.HasPrefix(toks[i].Text, "Israeli") {
				typ = "LOC"
			}
			spans = append(spans, Span{Start: toks[i].Start, End: toks[j].End, Type: typ})
			i = j
		}
		got := []string{}
		for _, sp := range (&Tagger{}).conventions(tc.text, toks, spans, tc.lang) {
			got = append(got, sp.Type+" "+tc.text[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStemsAcrossCases: the stem joins the case forms of a name, so that
// a gazetteer name matches it in any case ("Російська Федерація" in
// "з Російською Федерацією").
func TestStemsAcrossCases(t *testing.T) {
	for _, forms := range [][]string{
		{"Федерація", "Федерації", "Федерацією"},
		{"Російська", "Російської", "Російській", "Російською"},
		{"Росія", "Росією"},
		{"Україна", "України", "Україною"},
		{"Президентові", "Президента", "Президентом"},
		{"Российская", "Российской", "Российскую"},
		{"российских", "российский"},
	} {
		var first, wi wordInfo
		analyze(forms[0], &first)
		for _, f := range forms[1:] {
			analyze(f, &wi)
			if wi.stem != first.stem {
				t.Errorf("%s and %s have different stems", forms[0], f)
			}
		}
	}
}

func TestTrimPunct(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Комісією,", "Комісією"},
		{"Bild.", "Bild"},
		{"Украинское государство.", "Украинское государство"},
		{"Салман Тасир (", "Салман Тасир"},
		{"Грант Норвегії)", "Грант Норвегії"},
		{"Амстердамский суд (Нидерланды)", "Амстердамский суд (Нидерланды)"},
		{"Х.", "Х."},
		{"Блю Стрим Пайплайн Компани Б.В.", "Блю Стрим Пайплайн Компани Б.В."},
		{"Apple Inc.", "Apple Inc."},
		{"Donald J.", "Donald J."},
		{", Рада", "Рада"},
		{"Радою міністрів та Комісією 3.", "Радою міністрів та Комісією 3."},
		{",", ""},
	} {
		s, e := trimPunct(tt.in, 0, len(tt.in))
		if got := tt.in[s:e]; got != tt.want {
			t.Errorf("trimPunct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
