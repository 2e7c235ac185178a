package entity

import (
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// extendInitials lets a person's span take in the initials written before
// the surname ("А. Кубилюс", "С.Барклі"): a capital letter alone and its
// full stop, at most two of them, that no other span holds. A span that
// starts at such a full stop (the tagger took the stop, not the letter:
// ". Кубилюс") takes its letter too.
func extendInitials(doc *litopys.Document, spans []Span) []Span {
	prevEnd := 0
	for i, sp := range spans {
		a, b := tokensOf(doc, sp)
		if sp.Type != litopys.PER || a >= b {
			prevEnd = sp.End
			continue
		}
		if doc.Tokens[a].Text == "." && a+1 < b {
			if a > 0 && initialLetter(doc.Tokens[a-1]) && doc.Tokens[a-1].End == doc.Tokens[a].Start && doc.Tokens[a-1].Start >= prevEnd {
				a--
			} else {
				a++ // a full stop alone is no part of the name
			}
		}
		for n := 0; n < 2 && a >= 2 && doc.Tokens[a-1].Text == "." && initialLetter(doc.Tokens[a-2]) &&
			doc.Tokens[a-2].End == doc.Tokens[a-1].Start && doc.Tokens[a-2].Start >= prevEnd; n++ {
			a -= 2
		}
		spans[i].Start = doc.Tokens[a].Start
		prevEnd = sp.End
	}
	return spans
}

// initialLetter reports whether t is one capital letter.
func initialLetter(t litopys.Token) bool {
	r, n := utf8.DecodeRuneInString(t.Text)
	return n == len(t.Text) && n > 0 && startsUpper(t.Text) && r != utf8.RuneError
}
