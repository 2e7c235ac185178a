package entity

import (
	"strings"

	"github.com/litopys/litopys"
)

// genitiveAdjEndings are the endings of Russian and Ukrainian adjectives
// in the genitive (singular feminine, masculine and neuter, plural).
var genitiveAdjEndings = []string{"ого", "его", "ой", "ей", "ых", "их", "ього", "ої", "ьої", "іх"}

// extendGenitive lets an organisation whose name ends in its head noun
// take in the lower-case genitive noun phrase after it, adjectives then a
// noun, that completes the name: Russian and Ukrainian official names
// capitalise only their first word ("Восточного комитета" + "немецкой
// экономики", "Комитет" + "государственной безопасности"), or a bare
// noun in the genitive plural ("Комітет" + "міністрів"). Only a span
// typed ORG whose last word's lemma heads organisation names (headType),
// not in the instrumental case, only adjectives the dictionary knows with a genitive ending and a noun
// it knows, on one line with nothing but spaces between.
func (r *Resolver) extendGenitive(doc *litopys.Document, spans []Span) []Span {
	if r.Grammar == nil {
		return spans
	}
	for i, sp := range spans {
		if sp.Type != litopys.ORG {
			continue
		}
		lang := langAt(doc, sp.Start)
		if lang != "ru" && lang != "uk" {
			continue
		}
		a, b := tokensOf(doc, sp)
		if b <= a || b >= len(doc.Tokens) {
			continue
		}
		last := doc.Tokens[b-1]
		if last.Kind != litopys.TokenWord || headType(lemmaOf(last, lang, r.Lex)) != litopys.ORG || instrumental(last.Text) {
			continue
		}
		limit := len(doc.Tokens)
		if i+1 < len(spans) {
			limit, _ = tokensOf(doc, spans[i+1])
		}
		end := r.genitivePhrase(doc, b, limit, lang)
		if end > b {
			spans[i].End = doc.Tokens[end-1].End
		}
	}
	return spans
}

// genitivePhrase returns the end of the lower-case genitive noun phrase
// (one to three adjectives, then a noun) starting at token k, or k.
func (r *Resolver) genitivePhrase(doc *litopys.Document, k, limit int, lang string) int {
	adjs := 0
	for j := k; j < limit && j-k <= maxAdjectiveTail; j++ {
		t := doc.Tokens[j]
		gap := doc.Text[doc.Tokens[j-1].End:t.Start]
		if t.Kind != litopys.TokenWord || startsUpper(t.Text) || strings.TrimSpace(gap) != "" || strings.Contains(gap, "\n") ||
			strings.ContainsAny(t.Text, "-'’") {
			return k
		}
		lemma := lemmaOf(t, lang, r.Lex)
		adj, _, ok := r.Grammar.Grammar(lemma, lang)
		if !ok {
			return k
		}
		if adj {
			if !hasGenitiveAdjEnding(t.Text) {
				return k
			}
			adjs++
			continue
		}
		if adjs == 0 && !genitivePlural(t.Text, lang) || strings.EqualFold(lemma, t.Text) && !strings.HasSuffix(lemma, "и") {
			return k
		}
		return j + 1
	}
	return k
}

// genitivePlural reports whether a noun has an ending of the genitive
// plural of masculine nouns, the members an institution is made of
// ("Комітет" + "міністрів", "Асоціація" + "суддів", "Союз" + "журналистов").
func genitivePlural(s, lang string) bool {
	s = strings.ToLower(s)
	ends := []string{"ов", "ев"}
	if lang == "uk" {
		ends = []string{"ів", "їв"}
	}
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// instrumental reports whether a noun has an ending of the instrumental
// case: the agent of a deed whose object follows in the genitive
// ("Верховным судом смертного приговора", "Комісією нових санкцій"),
// not part of its name.
func instrumental(s string) bool {
	s = strings.ToLower(s)
	for _, e := range []string{"ом", "ем", "ём", "ой", "ей", "ью", "ою", "ею", "єю", "ами", "ями"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func hasGenitiveAdjEnding(s string) bool {
	s = strings.ToLower(s)
	for _, e := range genitiveAdjEndings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}
