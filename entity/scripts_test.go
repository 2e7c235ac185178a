package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestSplitScripts: an organisation or product of Latin-script words run
// into two or three capitalised Cyrillic words is the company and a
// person; a Cyrillic part of one word or of a common word, a span of one
// script and a person span stay.
func TestSplitScripts(t *testing.T) {
	text := "глава Nord Stream 2 Йенс Мюллер ; в інтерв'ю DW Ашіг Масіх ; BBC Україна ; IAG Газ Компания ; Sam Coates Times ; Sky News Джереми Хант"
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	r := &Resolver{Key: lowerKey, Common: commonSet{"компания": true}}
	got := r.splitScripts(doc, []Span{
		span("Nord Stream 2 Йенс Мюллер", litopys.ORG), span("DW Ашіг Масіх", litopys.PRO),
		span("BBC Україна", litopys.ORG), span("IAG Газ Компания", litopys.ORG),
		span("Sam Coates Times", litopys.PER), span("Sky News Джереми Хант", litopys.PER),
	})
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End]+"/"+sp.Type)
	}
	want := "Nord Stream 2/ORG|Йенс Мюллер/PER|DW/PRO|Ашіг Масіх/PER|BBC Україна/ORG|IAG Газ Компания/ORG|" +
		"Sam Coates Times/PER|Sky News Джереми Хант/PER"
	if strings.Join(s, "|") != want {
		t.Errorf("spans\n got %s\nwant %s", strings.Join(s, "|"), want)
	}
}
