package entity

import (
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
