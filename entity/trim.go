package entity

import (
	"sort"
	"strings"

	"github.com/litopys/litopys"
)

// edgeWords are Russian and Ukrainian function words (conjunctions,
// prepositions, pronouns, particles) that end or start no name: a span
// that takes one in at its edge ran over ("Зеленського та", "А Путин").
// English articles are left alone at the start ("The Guardian").
var edgeWords = wordSet(`и а но или да же ли бы не ни то тот та те это этот эта эти его ее её их он она оно они мы вы я
		в во на с со к ко у о об от до по за из для без при над под про через что как где когда
		і й та але або що як де коли той ті це цей ця ці його її їх він вона воно вони ми ви
		в у на з із зі до від по за для без при над під про через також теж лише навіть вже ще`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// trimSpans drops function words at the edges of spans, and a capitalised
// common word that starts a sentence before a person's name; a span left
// with no word is dropped.
func (r *Resolver) trimSpans(doc *litopys.Document, spans []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		for b > a && edgeWord(doc.Tokens[b-1]) {
			b--
		}
		for a < b && edgeWord(doc.Tokens[a]) {
			a++
		}
		if sp.Type == litopys.PER && r.Common != nil && b-a >= 2 && sentenceStart(doc, a) &&
			startsUpper(doc.Tokens[a+1].Text) && r.Common.Common(doc.Tokens[a].Text, langAt(doc, doc.Tokens[a].Start)) {
			a++
		}
		if a >= b {
			continue
		}
		out = append(out, Span{Start: doc.Tokens[a].Start, End: doc.Tokens[b-1].End, Type: sp.Type})
	}
	return out
}

func edgeWord(t litopys.Token) bool {
	return t.Kind == litopys.TokenWord && edgeWords[strings.ToLower(t.Text)]
}

// sentenceStart reports whether token i starts a sentence or a line.
func sentenceStart(doc *litopys.Document, i int) bool {
	t := doc.Tokens[i]
	if i == 0 || strings.Contains(doc.Text[doc.Tokens[i-1].End:t.Start], "\n") {
		return true
	}
	k := sort.Search(len(doc.Sentences), func(k int) bool { return doc.Sentences[k].End > t.Start })
	return k < len(doc.Sentences) && doc.Sentences[k].Start == t.Start
}
