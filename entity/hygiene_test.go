package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// commonSet is a CommonWords over a fixed list.
type commonSet map[string]bool

func (c commonSet) Common(w, lang string) bool { return c[strings.ToLower(w)] }

// dirMap is a Directory over a fixed table of names.
type dirMap map[string]Known

func (d dirMap) Find(name, lang string) (Known, bool) {
	k, ok := d[name]
	return k, ok
}

// TestAliasHygiene: function words at a span's edge and a sentence-initial
// common word are not parts of names; an initial joins only the person it
// spells, whatever the gazetteer lists; a surname typed as a place joins
// the person the document names in full.
func TestAliasHygiene(t *testing.T) {
	text := "Тиждень Трампа\nПрезидент Зеленського та уряд. Т.Мей и Трамп. Зеленського хвалили. Володимир Зеленський сказав."
	doc := &litopys.Document{Text: text, Lang: "uk", Tokens: words(strings.ReplaceAll(text, "\n", " "))}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "uk"}}
	span := func(s, typ string, nth int) Span {
		i := -1
		for k := 0; k <= nth; k++ {
			j := strings.Index(text[i+1:], s)
			if j < 0 {
				t.Fatalf("%q not in text", s)
			}
			i += 1 + j
		}
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	trump := Known{ID: "PER-Donald-Trump", Type: litopys.PER, Names: map[string][]string{"uk": {"Дональд Трамп", "Т.Мей", "Трамп"}}}
	r := &Resolver{Lex: mapLex{"трампа": "трамп", "зеленського": "зеленський"}, Key: lowerKey, Common: commonSet{"тиждень": true},
		Dir: dirMap{"Т.Мей": trump, "Трамп": trump}}
	r.Resolve(doc, []Span{
		span("Тиждень Трампа", litopys.PER, 0), span("Зеленського та", litopys.LOC, 0), span("Т.Мей", litopys.PER, 0),
		span("Трамп", litopys.PER, 1), span("Зеленського", litopys.LOC, 1), span("Володимир Зеленський", litopys.PER, 0),
	})
	var got []string
	ent := map[string]string{}
	for _, m := range doc.Mentions {
		got = append(got, m.Text+" "+m.Type)
		ent[m.Text] = m.Entity
	}
	want := "Трампа PER|Зеленського PER|Т.Мей PER|Трамп PER|Зеленського PER|Володимир Зеленський PER"
	if strings.Join(got, "|") != want {
		t.Errorf("mentions\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	if ent["Трампа"] != "PER-Donald-Trump" || ent["Трамп"] != "PER-Donald-Trump" || ent["Т.Мей"] == "PER-Donald-Trump" {
		t.Errorf("Трампа %s, Трамп %s, Т.Мей %s", ent["Трампа"], ent["Трамп"], ent["Т.Мей"])
	}
	if ent["Зеленського"] != ent["Володимир Зеленський"] {
		t.Errorf("the surname typed as a place stays apart: %v", ent)
	}
}

// TestBareHeadJoinsItsInstitution: a capitalised common noun alone names
// the one institution of the document that has it as a word of its base
// form; with two such institutions, or as a proper name, it stays apart.
func TestBareHeadJoinsItsInstitution(t *testing.T) {
	lx := mapLex{"европейской": "европейский", "комиссии": "комиссия", "комиссией": "комиссия", "совета": "совет",
		"европейского": "европейский", "союза": "союз", "европы": "европа", "совете": "совет", "газпром": "газпром",
		"нефти": "нефть", "газпрома": "газпром", "государства": "государство"}
	common := commonSet{"комиссия": true, "совет": true, "союз": true}
	resolve := func(text string, names ...string) map[string]string {
		t.Helper()
		doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
		doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
		var spans []Span
		from := 0
		for _, n := range names {
			i := strings.Index(text[from:], n)
			if i < 0 {
				t.Fatalf("%q not in %q after %d", n, text, from)
			}
			spans = append(spans, Span{Start: from + i, End: from + i + len(n), Type: litopys.ORG})
			from += i + len(n)
		}
		r := &Resolver{Lex: lx, Key: lowerKey, Common: common}
		r.Resolve(doc, spans)
		ent := map[string]string{}
		for _, m := range doc.Mentions {
			ent[m.Text] = m.Entity
		}
		return ent
	}
	ent := resolve("Глава Европейской комиссии приехал. Решение Комиссии ждут.", "Европейской комиссии", "Комиссии")
	if ent["Комиссии"] == "" || ent["Комиссии"] != ent["Европейской комиссии"] {
		t.Errorf("Комиссии (%s) should join Европейская комиссия (%s)", ent["Комиссии"], ent["Европейской комиссии"])
	}
	// The head is the word as it stands in the base form: "Союз" is not
	// the Council of the European Union's genitive "Союза".
	ent = resolve("Решение Совета Европейского союза. В Союзе спорят.", "Совета Европейского союза", "Союзе")
	if ent["Союзе"] == ent["Совета Европейского союза"] {
		t.Errorf("Союз joined the Council of the EU: %v", ent)
	}
	// Two councils: the bare one stays apart.
	ent = resolve("Совета Европы и Европейского совета. На Совете решили.", "Совета Европы", "Европейского совета", "Совете")
	if ent["Совете"] == ent["Совета Европы"] || ent["Совете"] == ent["Европейского совета"] {
		t.Errorf("an ambiguous head joined: %v", ent)
	}
	// One of them named at least twice as often as any other: the
	// document is about it, the bare head joins it.
	ent = resolve("Европейской комиссии и Комиссией государства. Европейской комиссией решено. Комиссии нет.",
		"Европейской комиссии", "Комиссией государства", "Европейской комиссией", "Комиссии")
	if ent["Комиссии"] == "" || ent["Комиссии"] != ent["Европейской комиссии"] {
		t.Errorf("Комиссии should join the salient Европейская комиссия: %v", ent)
	}
	ent = resolve("Совета Европы, Европейского совета. Совета Европы, Европейского совета. Совета Европы. На Совете решили.",
		"Совета Европы", "Европейского совета", "Совета Европы", "Европейского совета", "Совета Европы", "Совете")
	if ent["Совете"] == ent["Совета Европы"] || ent["Совете"] == ent["Европейского совета"] {
		t.Errorf("a head joined a name not named twice as often as the other: %v", ent)
	}
	// A proper name does not join the longer name that begins with it.
	ent = resolve("Газпром нефти и Газпрома.", "Газпром нефти", "Газпрома")
	if ent["Газпрома"] == ent["Газпром нефти"] {
		t.Errorf("Газпром joined Газпром нефть: %v", ent)
	}
}

// TestLatinNameAfterDescriptor: Cyrillic common words before a Latin-script
// name describe it and are trimmed; a capitalised Cyrillic word inside a
// sentence is part of the name.
func TestLatinNameAfterDescriptor(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"Лоукостер Ryanair отменил рейсы.", "Лоукостер Ryanair", "Ryanair"},
		{"Рейсы отменила авиакомпания Ryanair сегодня.", "авиакомпания Ryanair", "Ryanair"},
		{"Рейсы отменил Газпром Germania сегодня.", "Газпром Germania", "Газпром Germania"},
		{"Компания Deutsche Bank и Лоукостер.", "Компания Deutsche Bank", "Deutsche Bank"},
	} {
		doc := &litopys.Document{Text: tc.text, Lang: "ru", Tokens: words(tc.text)}
		doc.Sentences = []litopys.Sentence{{Start: 0, End: len(tc.text), Lang: "ru"}}
		i := strings.Index(tc.text, tc.span)
		(&Resolver{Lex: mapLex{}, Key: lowerKey}).Resolve(doc, []Span{{Start: i, End: i + len(tc.span), Type: litopys.ORG}})
		if len(doc.Mentions) != 1 || doc.Mentions[0].Text != tc.want {
			t.Errorf("%q: mentions %+v, want %q", tc.span, doc.Mentions, tc.want)
		}
	}
}

// TestQuotedNameIsNoPlace: a quoted name no descriptor types is no place
// (the club «Краснодар», not the city); a place's descriptor does not make
// a place of the organisation the document names the same.
func TestQuotedNameIsNoPlace(t *testing.T) {
	text := "Президент « Краснодара » приехал в Краснодар . У стадиона « Локомотив » « Локомотив » проиграл ."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	span := func(word string, nth int, typ string) Span {
		i := 0
		for k := 0; k <= nth; k++ {
			j := strings.Index(text[i:], word)
			i += j
			if k < nth {
				i += len(word)
			}
		}
		return Span{Start: i, End: i + len(word), Type: typ}
	}
	spans := []Span{span("Краснодара", 0, litopys.LOC), span("Краснодар", 1, litopys.LOC),
		span("Локомотив", 0, litopys.LOC), span("Локомотив", 1, litopys.ORG)}
	(&Resolver{Lex: mapLex{"стадиона": "стадион", "краснодара": "краснодар"}, Key: lowerKey}).Resolve(doc, spans)
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Text+":"+m.Type)
	}
	want := "Краснодара:ORG Краснодар:LOC Локомотив:LOC Локомотив:ORG"
	if strings.Join(got, " ") != want {
		t.Errorf("mentions %v, want %s", got, want)
	}
}

// TestQuotedEnglishPlace: English does not quote the names of companies
// or clubs, so a quoted English place stays a place.
func TestQuotedEnglishPlace(t *testing.T) {
	text := "He wrote \" Virginia \" there ."
	doc := &litopys.Document{Text: text, Lang: "en", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "en"}}
	i := strings.Index(text, "Virginia")
	(&Resolver{Lex: mapLex{}, Key: lowerKey}).Resolve(doc, []Span{{Start: i, End: i + len("Virginia"), Type: litopys.LOC}})
	if len(doc.Mentions) != 1 || doc.Mentions[0].Type != litopys.LOC {
		t.Errorf("mentions %+v, want Virginia LOC", doc.Mentions)
	}
}

// TestPossessiveCutInsideToken: the tagger cuts an English possessive off
// the token it is glued to ("Netanyahu’s" → "Netanyahu"); the mention keeps
// that word, alone or after others, and its base form has no possessive.
func TestPossessiveCutInsideToken(t *testing.T) {
	text := "But Benjamin Netanyahu’s triumph and Netanyahu’s stance ."
	doc := &litopys.Document{Text: text, Lang: "en", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "en"}}
	a := strings.Index(text, "Benjamin")
	b := strings.Index(text, "and Netanyahu") + len("and ")
	spans := []Span{{Start: a, End: a + len("Benjamin Netanyahu"), Type: litopys.PER},
		{Start: b, End: b + len("Netanyahu"), Type: litopys.PER}}
	(&Resolver{Lex: mapLex{}, Key: lowerKey}).Resolve(doc, spans)
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Text+"|"+m.Base)
	}
	if want := "Benjamin Netanyahu|Benjamin Netanyahu Netanyahu|Netanyahu"; strings.Join(got, " ") != want {
		t.Errorf("mentions %q, want %q", strings.Join(got, " "), want)
	}
}

// TestSplitAtParenthesis: a span that runs into a parenthesis is the name
// before it and the name inside, each a mention.
func TestSplitAtParenthesis(t *testing.T) {
	text := "Глава Вольфганг Бюхель ( Wolfgang Büchele ) сказал ."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	i, j := strings.Index(text, "Вольфганг"), strings.Index(text, ")")+1
	(&Resolver{Lex: mapLex{}, Key: lowerKey}).Resolve(doc, []Span{{Start: i, End: j, Type: litopys.PER}})
	var got []string
	for _, m := range doc.Mentions {
		got = append(got, m.Text)
	}
	if want := "Вольфганг Бюхель|Wolfgang Büchele"; strings.Join(got, "|") != want {
		t.Errorf("mentions %q, want %s", got, want)
	}
}

// TestHeadNounInDocument: an institution's head noun the gazetteer knows
// as one proper name ("Рада") joins the institution its document names by
// it when the document never names the gazetteer's.
func TestHeadNounInDocument(t *testing.T) {
	rada := Known{ID: "ORG-Verkhovna-Rada", Type: litopys.ORG, Names: map[string][]string{"uk": {"Верховна Рада", "Рада"}}}
	council := Known{ID: "ORG-European-Council", Type: litopys.ORG, Names: map[string][]string{"uk": {"Європейська рада"}}}
	dir := dirMap{"Рада": rada, "Європейська рада": council}
	lx := mapLex{"ради": "рада"}
	resolve := func(text, lang string, names ...string) map[string]string {
		t.Helper()
		doc := &litopys.Document{Text: text, Lang: lang, Tokens: words(text)}
		doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: lang}}
		var spans []Span
		from := 0
		for _, n := range names {
			i := strings.Index(text[from:], n)
			if i < 0 {
				t.Fatalf("%q not in %q after %d", n, text, from)
			}
			spans = append(spans, Span{Start: from + i, End: from + i + len(n), Type: litopys.ORG})
			from += i + len(n)
		}
		r := &Resolver{Lex: lx, Key: lowerKey, Common: commonSet{}, Dir: dir}
		r.Resolve(doc, spans)
		ent := map[string]string{}
		for _, m := range doc.Mentions {
			ent[m.Text] = m.Entity
		}
		return ent
	}
	ent := resolve("Вирішила Європейська рада. Рішення Ради.", "uk", "Європейська рада", "Ради")
	if ent["Ради"] != "ORG-European-Council" {
		t.Errorf("Ради should join the European Council: %v", ent)
	}
}
