package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestExtendGenitive: an organisation ending in its head noun takes in the
// lower-case genitive adjectives and noun after it; an agent in the
// instrumental, a word not after an organisation's head and a phrase with
// no adjective do not, unless its noun is a genitive plural ("министров").
func TestExtendGenitive(t *testing.T) {
	text := "Глава Восточного комитета немецкой экономики сказал. Вынесенного Верховным судом смертного приговора. " +
		"Комитет безопасности решил. Иван Петров немецкой экономики. Комитет министров решил."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	lx := mapLex{"восточного": "восточный", "комитета": "комитет", "немецкой": "немецкий", "экономики": "экономика",
		"верховным": "верховный", "судом": "суд", "смертного": "смертный", "приговора": "приговор",
		"комитет": "комитет", "безопасности": "безопасность", "решил": "решить",
		"министров": "министр"}
	r := &Resolver{Lex: lx, Key: lowerKey, Grammar: adjGrammar{"восточный": true, "немецкий": true, "верховный": true, "смертный": true}}
	got := r.extendGenitive(doc, []Span{
		span("Восточного комитета", litopys.ORG), span("Верховным судом", litopys.ORG),
		span("Комитет", litopys.ORG), span("Иван Петров", litopys.PER),
		{Start: strings.Index(text, "Комитет министров"), End: strings.Index(text, "Комитет министров") + len("Комитет"), Type: litopys.ORG},
	})
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End])
	}
	want := "Восточного комитета немецкой экономики|Верховным судом|Комитет|Иван Петров|Комитет министров"
	if strings.Join(s, "|") != want {
		t.Errorf("spans\n got %s\nwant %s", strings.Join(s, "|"), want)
	}
}
