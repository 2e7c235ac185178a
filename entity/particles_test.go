package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestExtendParticles: a person takes in the nobiliary particles before it
// and the name before them (a person span, an initial, a capitalised word
// no span holds); with no name before only a strong particle is taken; a
// weak one ("де", Ukrainian "where") after a lower-case word or a sentence
// start is not; an organisation takes nothing.
func TestExtendParticles(t *testing.T) {
	text := "сказала Соня ван Тихелен , Анна фон Бок , Х . ван дер Брук , сообщила ван Тихелен , місто де Петренко . Ганна де Голль і уряд ван ООН"
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	for i := range doc.Tokens {
		if doc.Tokens[i].Text == "." && doc.Tokens[i-1].Text == "Х" { // the initial's full stop is glued to its letter
			doc.Tokens[i].Start, doc.Tokens[i].End = doc.Tokens[i-1].End, doc.Tokens[i-1].End+1
		}
	}
	span := func(s string, from int, typ string) Span {
		i := strings.Index(text[from:], s) + from
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	spans := []Span{
		span("Тихелен", 0, litopys.PER),
		span("Анна", 0, litopys.PER),
		span("Бок", 0, litopys.PER),
		span("Брук", 0, litopys.PER),
		span("Тихелен", strings.Index(text, "сообщила"), litopys.PER),
		span("Петренко", 0, litopys.PER),
		span("Голль", 0, litopys.PER),
		span("ООН", 0, litopys.ORG),
	}
	var s []string
	for _, sp := range extendParticles(doc, spans) {
		s = append(s, text[sp.Start:sp.End])
	}
	want := "Соня ван Тихелен|Анна фон Бок|Х . ван дер Брук|ван Тихелен|Петренко|Голль|ООН"
	if strings.Join(s, "|") != want {
		t.Errorf("spans\n got %q\nwant %q", strings.Join(s, "|"), want)
	}
}
