package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestLegalNames: a name followed by its legal form is one organisation,
// over the spans the tagger had inside it (a person's or a place's), with
// a parenthesis and connectors among its words; what a span held outside
// it stays a name of its own; a capitalised common word starting the
// sentence is no part of it, nor is a lower-case word; a legal form with
// no capitalised word before it makes nothing.
func TestLegalNames(t *testing.T) {
	text := "Кредит дали Nord Stream 2 AG Йенс Мюллер сказал . Договор с Шелл Эксплорейшн энд Продакшн ( LXXI ) Б.В. подписан . " +
		"Компания Uniper SE растёт . Голубой поток Блю Стрим Б.В. и 2 AG ."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	r := &Resolver{Key: lowerKey, Common: commonSet{"компания": true, "Компания": true}}
	got := r.legalNames(doc, []Span{
		span("Nord Stream 2", litopys.ORG), span("AG Йенс Мюллер", litopys.PER),
		span("Шелл Эксплорейшн", litopys.PER), span("Продакшн", litopys.PER), span("LXXI", litopys.ORG),
		span("Uniper", litopys.PER), span("Голубой поток Блю Стрим", litopys.PRO),
	})
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End]+"/"+sp.Type)
	}
	want := "Nord Stream 2 AG/ORG|Йенс Мюллер/PER|Шелл Эксплорейшн энд Продакшн ( LXXI ) Б.В./ORG|Uniper SE/ORG|" +
		"Голубой поток/PRO|Блю Стрим Б.В./ORG"
	if strings.Join(s, "|") != want {
		t.Errorf("spans\n got %s\nwant %s", strings.Join(s, "|"), want)
	}
}
