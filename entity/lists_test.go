package entity

import (
	"testing"

	"github.com/litopys/litopys"
)

// TestTypeByList: a scripture or a social network of the public lists is a
// product whatever the tagger said; other names keep their type.
func TestTypeByList(t *testing.T) {
	text := "Корану и Facebook и Москва"
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	r := &Resolver{Lex: mapLex{}, Key: lowerKey}
	got := r.typeByList(doc, []Span{{Start: 0, End: len("Корану"), Type: litopys.LOC},
		{Start: len("Корану и "), End: len("Корану и Facebook"), Type: litopys.ORG},
		{Start: len("Корану и Facebook и "), End: len(text), Type: litopys.LOC}})
	if got[0].Type != litopys.PRO || got[1].Type != litopys.PRO || got[2].Type != litopys.LOC {
		t.Errorf("types %s %s %s; want PRO PRO LOC", got[0].Type, got[1].Type, got[2].Type)
	}
}
