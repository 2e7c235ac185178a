package ner

import (
	"strings"

	"github.com/litopys/litopys/ner/corpus"
)

// documentStems are the stems of nouns that head the name of a legal text
// (treaty, agreement, law, charter, convention).
var documentStems = []string{"договор", "договір", "соглашени", "угод", "закон", "хартия", "хартии", "хартію",
	"харті", "конвенц", "пакт", "меморандум", "декларац", "директив", "кодекс", "конституц", "статут", "устав",
	"treaty", "agreement", "act", "charter", "convention"}

// documentsArePRO retypes the EVT mentions of the training corpora that
// name a legal text ("Ямальський договір", "Договір про заснування
// Енергетичного співтовариства") as PRO. BSNLP's topics disagree here — one
// types treaties EVT, another PRO, as its guidelines do for documents — and
// a tagger that learns events from a few dozen examples is confused by the
// disagreement more than it is helped by either side.
func documentsArePRO(docs []corpus.Doc) {
	for _, d := range docs {
		for k, m := range d.Mentions {
			if m.Type != "EVT" {
				continue
			}
			if documentName(d.Text[m.Start:m.End]) {
				d.Mentions[k].Type = "PRO"
			}
		}
	}
}

// documentName reports whether a name is headed by a legal text's noun:
// its first word, or the second after an adjective ("Ямальський договір",
// "закон CAATSA"; not "Конференція сторін Енергетичної хартії").
func documentName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	for i := 0; i < len(f) && i < 2; i++ {
		for _, s := range documentStems {
			if strings.HasPrefix(f[i], s) {
				return true
			}
		}
	}
	return false
}
