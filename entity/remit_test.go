package entity

import (
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestExtendRemit: a body set up for a task takes in its remit after "по"
// (a dative plural and its genitive; adjectives and a singular noun); a
// bare singular, a statement's circumstance, a union and a person do not.
func TestExtendRemit(t *testing.T) {
	text := "Европейским судом по правам человека решено . Генеральный директорат по сельскому хозяйству решил . " +
		"Комиссии по отношению к ним . Комитет по данным СМИ . Евросоюзом по вопросам торговли . Иван по правам человека ."
	doc := &litopys.Document{Text: text, Lang: "ru", Tokens: words(text)}
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(text), Lang: "ru"}}
	span := func(s, typ string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	lx := mapLex{"европейским": "европейский", "судом": "суд", "правам": "право", "человека": "человек",
		"генеральный": "генеральный", "директорат": "директорат", "сельскому": "сельский", "хозяйству": "хозяйство",
		"комиссии": "комиссия", "отношению": "отношение", "комитет": "комитет", "данным": "данные",
		"евросоюзом": "евросоюз", "вопросам": "вопрос", "торговли": "торговля", "иван": "иван"}
	r := &Resolver{Lex: lx, Key: lowerKey, Grammar: adjGrammar{"европейский": true, "генеральный": true, "сельский": true}}
	got := r.extendRemit(doc, []Span{
		span("Европейским судом", litopys.ORG), span("Генеральный директорат", litopys.ORG),
		span("Комиссии", litopys.ORG), span("Комитет", litopys.ORG), span("Евросоюзом", litopys.ORG),
		span("Иван", litopys.PER),
	})
	var s []string
	for _, sp := range got {
		s = append(s, text[sp.Start:sp.End])
	}
	want := "Европейским судом по правам человека|Генеральный директорат по сельскому хозяйству|Комиссии|Комитет|Евросоюзом|Иван"
	if strings.Join(s, "|") != want {
		t.Errorf("spans\n got %s\nwant %s", strings.Join(s, "|"), want)
	}
}
