package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/segment"
)

// TestExtendNumbered: a numbered name takes in its number — glued to the
// lower-case noun after a capitalised adjective, set off by a dash after an
// organisation or product, or after a Latin name — but not a date, an
// amount, or a number after a person or a place.
func TestExtendNumbered(t *testing.T) {
	text := "Строительство Северного потока-2 идёт. Северный поток – 2 и Nord Stream 2 AG. " +
		"Газпром — 2 ноября. Ryanair - 20 рынков. Москва – 2 дня. Boeing 737, а Airbus 2 самолёта."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: segment.Tokens(nil, text, litopys.Span{End: len(text)})}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	r := &Resolver{Lex: mapLex{"северного": "северный"}, Key: lowerKey, Grammar: knownGrammar{"северный": true},
		Common: commonSet{"северного": true}}
	in := []Span{span("Северного", litopys.PRO), span("Северный поток", litopys.PRO), span("Nord Stream", litopys.ORG),
		span("Газпром", litopys.ORG), span("Ryanair", litopys.ORG), span("Москва", litopys.LOC),
		span("Boeing", litopys.ORG), span("Airbus", litopys.ORG)}
	want := []string{"Северного потока-2", "Северный поток – 2", "Nord Stream 2", "Газпром", "Ryanair", "Москва",
		"Boeing 737", "Airbus"}
	got := r.extendNumbered(doc, in)
	if len(got) != len(want) {
		t.Fatalf("%d spans, want %d", len(got), len(want))
	}
	for i, sp := range got {
		if s := text[sp.Start:sp.End]; s != want[i] || sp.Type != in[i].Type {
			t.Errorf("span %d: %q %s, want %q %s", i, s, sp.Type, want[i], in[i].Type)
		}
	}
}
