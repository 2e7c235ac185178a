package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/segment"
)

// repairDoc segments text as one Russian sentence.
func repairDoc(text string) *litopys.Document {
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: segment.Tokens(nil, text, litopys.Span{End: len(text)})}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	return doc
}

// spanTexts renders spans as "text/TYPE", joined by "|".
func spanTexts(doc *litopys.Document, spans []Span) string {
	var out []string
	for _, sp := range spans {
		out = append(out, doc.Text[sp.Start:sp.End]+"/"+sp.Type)
	}
	return strings.Join(out, "|")
}

// TestProductModels: a maker-number model is a product whether the tagger
// missed it, took its maker alone or typed it ORG; a longer name around it
// and a maker with a year stay as they are.
func TestProductModels(t *testing.T) {
	text := "Парк из 400 Boeing-737-800 и Boeing 737 , Ан-124 . Airbus 2018 года , Boeing 737 MAX и Ryanair . Ту 20 лет , Airbus 40 млн ."
	doc := repairDoc(text)
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	maker := strings.Index(text, "Boeing 737 ,") // the tagger took the maker alone
	in := []Span{{Start: maker, End: maker + len("Boeing"), Type: litopys.ORG}, span("Ан-124", litopys.ORG),
		span("Airbus", litopys.ORG), span("Boeing 737 MAX", litopys.PRO), span("Ryanair", litopys.ORG)}
	got := spanTexts(doc, (&Resolver{}).productModels(doc, in))
	want := "Boeing-737-800/PRO|Boeing 737/PRO|Ан-124/PRO|Airbus/ORG|Boeing 737 MAX/PRO|Ryanair/ORG"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestExitEvents: a "-exit" blend alone is an event in any case and in
// lower case too; inside a longer name, or as a compound's first part, it
// is left alone.
func TestExitEvents(t *testing.T) {
	text := "После брексита и Брекзиту , Grexit и «Брексіт» ; министерство по вопросам Brexit ; экзит-пол и Брексит-партия ."
	doc := repairDoc(text)
	i := strings.Index(text, "Брекзиту")
	j := strings.Index(text, "министерство")
	k := strings.Index(text, " ; экзит")
	in := []Span{{Start: i, End: i + len("Брекзиту"), Type: litopys.PER}, {Start: j, End: k, Type: litopys.ORG}}
	got := spanTexts(doc, (&Resolver{}).exitEvents(doc, in))
	want := "брексита/EVT|Брекзиту/EVT|Grexit/EVT|Брексіт/EVT|министерство по вопросам Brexit/ORG"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestSplitExitPersons: a person span the tagger ran into a "-exit" word
// loses it, and the word is an event; an organisation keeps it.
func TestSplitExitPersons(t *testing.T) {
	text := "министр Брекзита Найджел Фарадж и Дэвид Дэвис , Brexit Party ."
	doc := repairDoc(text)
	i, j, k := strings.Index(text, "Брекзита"), strings.Index(text, "Дэвид"), strings.Index(text, "Brexit")
	in := []Span{{Start: i, End: j - len(" и "), Type: litopys.PER}, {Start: j, End: j + len("Дэвид Дэвис"), Type: litopys.PER},
		{Start: k, End: k + len("Brexit Party"), Type: litopys.ORG}}
	got := spanTexts(doc, (&Resolver{}).exitEvents(doc, in))
	want := "Брекзита/EVT|Найджел Фарадж/PER|Дэвид Дэвис/PER|Brexit Party/ORG"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestDatedEvents: a championship or games with its year glued on is an
// event; a year after another word, or in lower case, is not.
func TestDatedEvents(t *testing.T) {
	text := "Во время ЧМ-2018 и Олимпиады-2014 , Евро-2012 ; Стратегия-2020 и чм-2018 ."
	doc := repairDoc(text)
	i := strings.Index(text, "ЧМ-2018")
	in := []Span{{Start: i, End: i + len("ЧМ-2018"), Type: litopys.PRO}}
	got := spanTexts(doc, (&Resolver{}).datedEvents(doc, in))
	want := "ЧМ-2018/EVT|Олимпиады-2014/EVT|Евро-2012/EVT"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestWorkDescriptors: a quoted title after the noun of a work ("шоу",
// "песня") is a product; a bare name after it is left to the tagger.
func TestWorkDescriptors(t *testing.T) {
	text := "в комедийном шоу \" Saturday Night Live \" и песню « Believer » , шоу Трампа ."
	doc := repairDoc(text)
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	in := []Span{span("Saturday Night Live", litopys.ORG), span("Believer", litopys.ORG), span("Трампа", litopys.PER)}
	r := &Resolver{Lex: mapLex{"песню": "песня"}, Key: lowerKey}
	got := spanTexts(doc, r.typeByDescriptor(doc, in))
	want := "Saturday Night Live/PRO|Believer/PRO|Трампа/PER"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestExitCore checks that the quick test lets through every word the
// expression matches, in any case, and stops words without the core.
func TestExitCore(t *testing.T) {
	for _, w := range []string{"Brexit", "GREXIT", "брексита", "Брекзиту", "Брексіт", "БРЕКСИТОМ", "фрексит"} {
		if !hasExitCore(w) {
			t.Errorf("hasExitCore(%q) = false", w)
		}
		if !isExit(litopys.Token{Kind: litopys.TokenWord, Text: w}) {
			t.Errorf("isExit(%q) = false", w)
		}
	}
	for _, w := range []string{"exi", "выход", "кит", "Трамп", "контекст", "ксилит"} {
		if hasExitCore(w) {
			t.Errorf("hasExitCore(%q) = true", w)
		}
	}
}
