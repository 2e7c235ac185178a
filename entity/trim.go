package entity

import (
	"sort"
	"strings"
	"unicode"

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

// trimSpans drops function words at the edges of spans, a verb at the
// end (trailingVerb), and a capitalised
// common word that starts a sentence before a person's name; a span left
// with no word is dropped.
func (r *Resolver) trimSpans(doc *litopys.Document, spans []Span) []Span {
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		for b > a && (edgeWord(doc.Tokens[b-1]) || r.trailingVerb(doc, b-1)) {
			b--
		}
		for a < b && edgeWord(doc.Tokens[a]) {
			a++
		}
		if sp.Type == litopys.PER && r.Common != nil && b-a >= 2 && sentenceStart(doc, a) &&
			startsUpper(doc.Tokens[a+1].Text) && r.Common.Common(doc.Tokens[a].Text, langAt(doc, doc.Tokens[a].Start)) {
			a++
		}
		a = latinAfterDescriptor(doc, a, b)
		if a >= b {
			continue
		}
		out = append(out, Span{Start: doc.Tokens[a].Start, End: endAt(doc, b, sp.End), Type: sp.Type})
	}
	return out
}

// trailingVerb reports whether token k, the last of a Russian or Ukrainian
// span, is a lower-case word every reading of which is a verb: no name ends
// in one, the tagger ran on ("Комісія" + "здійснює", "комітету начальників
// штабів" + "розробити"). Before a closing quotation mark the word stays: a
// quoted title may end in a verb.
func (r *Resolver) trailingVerb(doc *litopys.Document, k int) bool {
	t := doc.Tokens[k]
	if r.Verbs == nil || t.Kind != litopys.TokenWord || startsUpper(t.Text) {
		return false
	}
	if lang := langAt(doc, t.Start); lang != "ru" && lang != "uk" || !r.Verbs.Verb(t.Text, lang) {
		return false
	}
	return k+1 >= len(doc.Tokens) || !strings.ContainsAny(doc.Tokens[k+1].Text, "»\"”“'")
}

// latinAfterDescriptor returns where the Latin-script name of a span
// starts when Cyrillic words that describe it come first — common words
// written in lower case, or capitalised only because they start the
// sentence ("Лоукостер Ryanair", "авиакомпания Ryanair") — else a. A
// Cyrillic word capitalised inside a sentence is part of the name.
func latinAfterDescriptor(doc *litopys.Document, a, b int) int {
	k := a
	for k < b && script(doc.Tokens[k].Text) == unicode.Cyrillic {
		if k > a && startsUpper(doc.Tokens[k].Text) || k == a && startsUpper(doc.Tokens[k].Text) && !sentenceStart(doc, k) {
			return a
		}
		k++
	}
	if k == a || k == b || script(doc.Tokens[k].Text) != unicode.Latin {
		return a
	}
	for _, t := range doc.Tokens[k:b] {
		if script(t.Text) == unicode.Cyrillic {
			return a
		}
	}
	return k
}

// script is the script of a word's letters, nil when it has none or mixes
// Cyrillic and Latin.
func script(w string) *unicode.RangeTable {
	var s *unicode.RangeTable
	for _, r := range w {
		var t *unicode.RangeTable
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			t = unicode.Cyrillic
		case unicode.Is(unicode.Latin, r):
			t = unicode.Latin
		default:
			continue
		}
		if s != nil && s != t {
			return nil
		}
		s = t
	}
	return s
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

// splitGluedPersons cuts a person span that holds two people — a tagger
// that ran a list of names together ("Дональд Трамп Киллиан Конвее") —
// where a gazetteer person's full name is a prefix of it. (A known
// surname at the end is not cut off: "Людмила Путина" is another person.)
func (r *Resolver) splitGluedPersons(doc *litopys.Document, spans []Span) []Span {
	if r.Dir == nil {
		return spans
	}
	out := spans[:0:0]
	for _, sp := range spans {
		a, b := tokensOf(doc, sp)
		if sp.Type != litopys.PER || b-a < 2 || !allWords(doc.Tokens[a:b]) {
			out = append(out, sp)
			continue
		}
		lang := langAt(doc, sp.Start)
		person := func(toks []litopys.Token) bool {
			base := BaseForm(doc.Text, toks, litopys.PER, lang, r.Lex, r.Grammar)
			m := litopys.Mention{Text: doc.Text[toks[0].Start:toks[len(toks)-1].End], Base: base, Type: litopys.PER}
			k, ok := r.Dir.Find(base, lang)
			return ok && k.Type == litopys.PER && r.spells(m, k)
		}
		cut := -1
		for k := b - 1; k >= a+2 && cut < 0; k-- {
			if person(doc.Tokens[a:k]) {
				cut = k
			}
		}
		if cut < 0 {
			out = append(out, sp)
			continue
		}
		out = append(out,
			Span{Start: sp.Start, End: doc.Tokens[cut-1].End, Type: litopys.PER},
			Span{Start: doc.Tokens[cut].Start, End: sp.End, Type: litopys.PER})
	}
	return out
}

// allWords reports whether every token is a word (a name with a dot or a
// hyphen is not cut).
func allWords(toks []litopys.Token) bool {
	for _, t := range toks {
		if t.Kind != litopys.TokenWord || initial(t.Text) {
			return false
		}
	}
	return true
}
