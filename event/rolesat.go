package event

import (
	"sort"

	"github.com/litopys/litopys"
)

// RolesAt returns the participants, with their roles, that the grammar
// gives the verb at token index tok of sentence si, as if it were a
// trigger: the roles Find would give an event of that verb. It lets the
// role rules be measured on treebanks, on every verb.
func RolesAt(doc *litopys.Document, si, tok int) []litopys.Participant {
	if si < 0 || si >= len(doc.Sentences) || tok < 0 || tok >= len(doc.Tokens) {
		return nil
	}
	sp := doc.Sentences[si]
	a := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= sp.Start })
	b := a
	for b < len(doc.Tokens) && doc.Tokens[b].End <= sp.End {
		b++
	}
	if tok < a || tok >= b {
		return nil
	}
	preps := make([]string, len(doc.Mentions))
	for i, m := range doc.Mentions {
		preps[i] = prepBefore(doc, m.Start)
	}
	s := newSentence(newIndex(doc), analyzer(), make([]gramCase, len(doc.Mentions)), si, a, b)
	tr := trigger{tok: tok, end: tok + 1, lemma: lemma(doc.Tokens[tok]), kind: kindVerb, clause: s.clause[tok-a]}
	if s.passiveForm(tok) {
		tr.kind = kindPassive
	}
	s.preds = []trigger{tr}
	return s.participants(preps, tr)
}
