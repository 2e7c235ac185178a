package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// splitScripts cuts an organisation or product span of Latin-script words
// followed by two or three capitalised Cyrillic words in two: the name of
// the company or medium as written in the original, and the person named
// after it ("глава Wintershall Марио Мерен", "Cockpit Мартин Лохер", "в
// інтерв'ю DW Ашіг Масіх"), which a Russian or Ukrainian text gives in its
// own script. A Cyrillic word that is a common word makes no person.
func (r *Resolver) splitScripts(doc *litopys.Document, spans []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		if sp.Type != litopys.ORG && sp.Type != litopys.PRO || b-a < 3 {
			out = append(out, sp)
			continue
		}
		k := a
		for k < b && (latinWord(doc.Tokens[k].Text) || allDigits(doc.Tokens[k].Text)) {
			k++
		}
		n := b - k
		ok := k > a && (n == 2 || n == 3)
		lang := langAt(doc, sp.Start)
		for j := k; ok && j < b; j++ {
			t := doc.Tokens[j]
			ok = t.Kind == litopys.TokenWord && startsUpper(t.Text) && cyrillicWord(t.Text) &&
				(r.Common == nil || !r.Common.Common(t.Text, lang))
		}
		if !ok {
			out = append(out, sp)
			continue
		}
		out = append(out,
			Span{Start: sp.Start, End: doc.Tokens[k-1].End, Type: sp.Type},
			Span{Start: doc.Tokens[k].Start, End: sp.End, Type: litopys.PER})
	}
	return out
}

// cyrillicWord reports whether a word is in the Cyrillic script.
func cyrillicWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Cyrillic, r)
}
