package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestPunctuationIsNoName: a span of punctuation alone (a tagger that ran
// past an initial's dot) gives no mention.
func TestPunctuationIsNoName(t *testing.T) {
	text := "К. — Будапешт"
	doc := &litopys.Document{Text: text, Lang: "uk", Tokens: []litopys.Token{
		{Start: 0, End: 2, Text: "К"}, {Start: 2, End: 3, Text: "."}, {Start: 4, End: 7, Text: "—"}, {Start: 8, End: len(text), Text: "Будапешт"},
	}}
	(&Resolver{Lex: mapLex{}, Key: lowerKey}).Resolve(doc, []Span{{Start: 2, End: 3, Type: litopys.PER}, {Start: 8, End: len(text), Type: litopys.LOC}})
	if len(doc.Mentions) != 1 || doc.Mentions[0].Text != "Будапешт" {
		t.Errorf("mentions %+v, want Будапешт alone", doc.Mentions)
	}
}

// verbSet is a VerbWords over a fixed set of words.
type verbSet map[string]bool

func (v verbSet) Verb(w, lang string) bool { return v[strings.ToLower(w)] }

// TestTrimTrailingVerb: a verb the tagger ran on into at a span's end is
// cut off; a noun stays, and so does a verb before a closing quotation mark.
func TestTrimTrailingVerb(t *testing.T) {
	text := "Комісія здійснює контроль. Комісія веде переговори. Проект « Бізнес змінює » почався."
	doc := &litopys.Document{Text: text, Lang: "uk", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "uk"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	r := &Resolver{Lex: mapLex{}, Key: lowerKey, Verbs: verbSet{"здійснює": true, "веде": true, "змінює": true}}
	got := r.trimSpans(doc, []Span{span("Комісія здійснює", litopys.ORG), span("Комісія веде переговори", litopys.ORG),
		span("Бізнес змінює", litopys.PRO)})
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End])
	}
	if want := "Комісія|Комісія веде переговори|Бізнес змінює"; strings.Join(s, "|") != want {
		t.Errorf("spans\n got %s\nwant %s", strings.Join(s, "|"), want)
	}
}
