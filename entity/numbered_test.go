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
// amount (nor a date in English, "13 July", nor a score, "2-2"), or a
// number after a person or a place.
func TestExtendNumbered(t *testing.T) {
	text := "Строительство Северного потока-2 идёт. Северный поток – 2 и Nord Stream 2 AG. " +
		"Газпром — 2 ноября. Ryanair - 20 рынков. Москва – 2 дня. Boeing 737, а Airbus 2 самолёта. Navy Yard 13 July. Atalanta 2-2 ."
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
		span("Boeing", litopys.ORG), span("Airbus", litopys.ORG), span("Navy Yard", litopys.ORG), span("Atalanta", litopys.ORG)}
	want := []string{"Северного потока-2", "Северный поток – 2", "Nord Stream 2", "Газпром", "Ryanair", "Москва",
		"Boeing 737", "Airbus", "Navy Yard", "Atalanta"}
	got := r.extendNumbered(doc, in)
	if len(got) != len(want) {
		t.Fatalf("%d spans, want %d", len(got), len(want))
	}
	for i, sp := range got {
		if s := text[sp.Start:sp.End]; s != want[i] || sp.Type != in[i].Type {
			t.Errorf("span %d: %q %s, want %q %s", i, s, sp.Type, want[i], in[i].Type)
		}
	}
	// In English a product takes its number before a lower-case word,
	// unless the word counts.
	en := "I used the iPhone 4 for years and the Airbus 2 billion deal ."
	doc = &litopys.Document{Text: en, Lang: "en", Tokens: segment.Tokens(nil, en, litopys.Span{End: len(en)})}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(en), Lang: "en"}}
	i, j := strings.Index(en, "iPhone"), strings.Index(en, "Airbus")
	got = r.extendNumbered(doc, []Span{{Start: i, End: i + len("iPhone"), Type: litopys.PRO}, {Start: j, End: j + len("Airbus"), Type: litopys.PRO}})
	if g := en[got[0].Start:got[0].End] + "|" + en[got[1].Start:got[1].End]; g != "iPhone 4|Airbus" {
		t.Errorf("English products: %q, want %q", g, "iPhone 4|Airbus")
	}
}

// TestSeriesStem: a base form ending in a number of one to three digits set
// off by a space, a hyphen or a dash loses it; a name that is a number, a
// glued code or a longer number keeps it.
func TestSeriesStem(t *testing.T) {
	for in, want := range map[string]string{
		"северный поток-2":   "северный поток",
		"северный поток – 1": "северный поток",
		"nord stream 2":      "nord stream",
		"boeing 737":         "boeing",
		"g20":                "",
		"2019":               "",
		"брексит":            "",
		"закон 1234":         "",
	} {
		stem, ok := seriesStem(in)
		if got := map[bool]string{true: stem, false: ""}[ok]; got != want {
			t.Errorf("seriesStem(%q) = %q, %v; want %q", in, stem, ok, want)
		}
	}
}

// TestVoteNames: the groups of one name typed several ways take the type of
// most of their mentions; a numbered series of a name of several words
// joins it, a one-word maker and its model do not; a tie and a group linked
// to a directory entry keep their own types.
func TestVoteNames(t *testing.T) {
	bases := []string{"Ryanair", "Ryanair", "Ryanair", "Северный поток", "Северный поток-2", "Северный поток – 1",
		"Boeing", "Boeing 737", "Boeing 737", "Рада", "Рада", "Газпром", "Газпром"}
	info := make([]nameInfo, len(bases))
	for i, b := range bases {
		info[i] = nameInfo{lower: strings.ToLower(b)}
	}
	g := func(known bool, types map[string]int, members ...int) *group {
		gr := &group{members: members, types: types}
		if known {
			gr.known = &Known{ID: "ORG-x", Type: litopys.ORG}
		}
		return gr
	}
	groups := []*group{
		g(false, map[string]int{litopys.ORG: 5}, 0), g(false, map[string]int{litopys.PER: 2}, 1),
		g(false, map[string]int{litopys.PRO: 1}, 2),
		g(false, map[string]int{litopys.ORG: 1}, 3), g(false, map[string]int{litopys.PRO: 3}, 4),
		g(false, map[string]int{litopys.ORG: 1}, 5),
		g(false, map[string]int{litopys.ORG: 4}, 6), g(false, map[string]int{litopys.PRO: 1}, 7),
		g(false, map[string]int{litopys.LOC: 2}, 9), g(false, map[string]int{litopys.PER: 2}, 10),
		g(true, map[string]int{litopys.ORG: 1}, 11), g(false, map[string]int{litopys.PER: 3}, 12),
	}
	voteNames(info, groups)
	want := []string{litopys.ORG, litopys.ORG, litopys.ORG, litopys.PRO, litopys.PRO, litopys.PRO,
		litopys.ORG, litopys.PRO, litopys.LOC, litopys.PER, litopys.ORG, litopys.PER}
	for i, gr := range groups {
		if got := majority(gr.types); got != want[i] {
			t.Errorf("group %d (%s): type %s, want %s", i, bases[gr.members[0]], got, want[i])
		}
	}
	if n := groups[0].types[litopys.ORG] + groups[1].types[litopys.ORG]; n != 7 {
		t.Errorf("mentions after the vote: %d, want 7", n)
	}
}
