package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// adjGrammar is a Grammar over a fixed list of adjective lemmas; every
// other lemma is a noun.
type adjGrammar map[string]bool

func (g adjGrammar) Grammar(lemma, lang string) (bool, string, bool) { return g[lemma], "", true }

// TestCompleteAdjectives: a span of capitalised common adjectives takes in
// the noun that heads a name after it, with the noun's type; before a
// noun that heads no name, with no noun, or at a sentence's start it is
// dropped; a quoted one is a name.
func TestCompleteAdjectives(t *testing.T) {
	text := "Рішення Стокгольмського арбітражу. За Амстердамським договором діє Генеральний секретар. " +
		"Ирландская авиакомпания летит. Вона Європейська, на космодромі \" Східний \" теж."
	doc := &litopys.Document{Text: text, Lang: "uk", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: strings.Index(text, " За") + 1, Lang: "uk"},
		{Start: strings.Index(text, "За"), End: strings.Index(text, " Ирландская"), Lang: "uk"},
		{Start: strings.Index(text, "Ирландская"), End: strings.Index(text, " Вона"), Lang: "ru"},
		{Start: strings.Index(text, "Вона"), End: len(text), Lang: "uk"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	lx := mapLex{"стокгольмського": "стокгольмський", "арбітражу": "арбітраж", "амстердамським": "амстердамський",
		"договором": "договір", "генеральний": "генеральний", "секретар": "секретар", "ирландская": "ирландский",
		"авиакомпания": "авиакомпания", "європейська": "європейський", "східний": "східний"}
	r := &Resolver{Lex: lx, Key: lowerKey, Grammar: adjGrammar{"стокгольмський": true, "амстердамський": true,
		"генеральний": true, "ирландский": true, "європейський": true, "східний": true},
		Common: commonSet{"стокгольмського": true, "амстердамським": true, "генеральний": true, "ирландская": true,
			"європейська": true, "східний": true}}
	got := r.completeAdjectives(doc, []Span{
		span("Стокгольмського", litopys.LOC), span("Амстердамським", litopys.PER), span("Генеральний", litopys.ORG),
		span("Ирландская", litopys.PRO), span("Європейська", litopys.ORG), span("Східний", litopys.LOC),
	})
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End]+" "+sp.Type)
	}
	want := "Стокгольмського арбітражу ORG|Амстердамським договором PRO|Східний LOC"
	if strings.Join(s, "|") != want {
		t.Errorf("spans\n got %s\nwant %s", strings.Join(s, "|"), want)
	}
}

// TestRetypeByHead: a span headed by a legal text's noun is a product,
// one headed by a court keeps its type.
func TestRetypeByHead(t *testing.T) {
	text := "За Маастрихтським договором і Федерального конституційного суду."
	doc := &litopys.Document{Text: text, Lang: "uk", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "uk"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	lx := mapLex{"маастрихтським": "маастрихтський", "договором": "договір", "федерального": "федеральний",
		"конституційного": "конституційний", "суду": "суд"}
	r := &Resolver{Lex: lx, Key: lowerKey, Grammar: adjGrammar{"маастрихтський": true, "федеральний": true, "конституційний": true}}
	got := r.retypeByHead(doc, []Span{span("Маастрихтським договором", litopys.LOC), span("Федерального конституційного суду", litopys.ORG)})
	if got[0].Type != litopys.PRO || got[1].Type != litopys.ORG {
		t.Errorf("types %s, %s; want PRO, ORG", got[0].Type, got[1].Type)
	}
}

// TestRetypeInstitutionWord: a capitalised common noun alone that heads
// organisation names is an organisation, whatever the tagger said; a word
// the dictionary also knows as a name ("Рада") is left alone.
func TestRetypeInstitutionWord(t *testing.T) {
	text := "Союз вирішив, а Співтовариства та Рада мовчали."
	doc := &litopys.Document{Text: text, Lang: "uk", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "uk"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	lx := mapLex{"союз": "союз", "співтовариства": "співтовариство", "рада": "рада"}
	r := &Resolver{Lex: lx, Key: lowerKey, Grammar: adjGrammar{}, Common: commonSet{"союз": true, "співтовариства": true}}
	got := r.retypeByHead(doc, []Span{span("Союз", litopys.PER), span("Співтовариства", litopys.LOC), span("Рада", litopys.PER)})
	if got[0].Type != litopys.ORG || got[1].Type != litopys.ORG || got[2].Type != litopys.PER {
		t.Errorf("types %s, %s, %s; want ORG, ORG, PER", got[0].Type, got[1].Type, got[2].Type)
	}
}

// TestEventsAfter: a name after "после" is an event, and so are its other
// mentions typed as an organisation; a person there keeps the type.
func TestEventsAfter(t *testing.T) {
	text := "Условия Brexit обсудили. После Brexit и после Путина."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	at := func(s string, nth int) int {
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return i
	}
	r := &Resolver{Lex: mapLex{}, Key: lowerKey}
	got := r.eventsAfter(doc, []Span{{Start: at("Brexit", 0), End: at("Brexit", 0) + len("Brexit"), Type: litopys.ORG},
		{Start: at("Brexit", 1), End: at("Brexit", 1) + len("Brexit"), Type: litopys.ORG},
		{Start: at("Путина", 0), End: at("Путина", 0) + len("Путина"), Type: litopys.PER}})
	if got[0].Type != litopys.EVT || got[1].Type != litopys.EVT || got[2].Type != litopys.PER {
		t.Errorf("types %s %s %s; want EVT EVT PER", got[0].Type, got[1].Type, got[2].Type)
	}
}

// TestAdjectiveBeforeUnknownWord: before a lower-case word the dictionary
// does not know ("потока-2") an adjective's span is left as it is.
func TestAdjectiveBeforeUnknownWord(t *testing.T) {
	text := "Строительство Северного потока-2 идёт."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	i := strings.Index(text, "Северного")
	sp := Span{Start: i, End: i + len("Северного"), Type: litopys.PRO}
	r := &Resolver{Lex: mapLex{"северного": "северный"}, Key: lowerKey, Grammar: knownGrammar{"северный": true},
		Common: commonSet{"северного": true}}
	if got := r.completeAdjectives(doc, []Span{sp}); len(got) != 1 || got[0] != sp {
		t.Errorf("spans %v, want %v", got, []Span{sp})
	}
}

// knownGrammar knows only its lemmas, as adjectives when true.
type knownGrammar map[string]bool

func (g knownGrammar) Grammar(lemma, lang string) (bool, string, bool) {
	adj, ok := g[lemma]
	return adj, "", ok
}

// TestMergeOwnersAfterAdjective: an institution whose name starts with an
// adjective joins its owner as the others do ("Верховный суд" + "Пакистана").
func TestMergeOwnersAfterAdjective(t *testing.T) {
	text := "Решение Верховный суд Пакистана отменил."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	r := &Resolver{Lex: mapLex{"верховный": "верховный", "суд": "суд", "пакистана": "пакистан"}, Key: lowerKey,
		Grammar: adjGrammar{"верховный": true}}
	got := r.mergeOwners(doc, []Span{span("Верховный суд", litopys.ORG), span("Пакистана", litopys.LOC)})
	if len(got) != 1 || text[got[0].Start:got[0].End] != "Верховный суд Пакистана" || got[0].Type != litopys.ORG {
		t.Errorf("spans %v, want one ORG \"Верховный суд Пакистана\"", got)
	}
}
