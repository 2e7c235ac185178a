package search

import (
	"fmt"
	"slices"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/segment"
	"github.com/litopys/litopys/translit"
)

// Analyzer turns query text into index terms with the same pieces the
// pipeline uses on documents. It is safe for concurrent use.
type Analyzer struct {
	morph *morph.Analyzer
	gaz   *gazetteer.Gazetteer
}

// NewAnalyzer loads the morphology and the gazetteer.
func NewAnalyzer() (*Analyzer, error) {
	m, err := morph.Load()
	if err != nil {
		return nil, fmt.Errorf("search: load morphology: %w", err)
	}
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("search: load gazetteer: %w", err)
	}
	return &Analyzer{morph: m, gaz: g}, nil
}

// Group is one word of a query and the terms any of which matches it.
type Group struct {
	Word  string
	Terms []string
	// Filter marks a group that narrows the results without scoring
	// (language, outlet, entity).
	Filter bool
}

// Plan is an analysed query: a document matches when it has a term of
// every group.
type Plan struct {
	Groups []Group
	// From and To are the inclusive day bounds (see Day); 0 means open.
	From, To int32
}

// maxQueryWords bounds the words of a query that are looked up.
const maxQueryWords = 16

// maxNameWords is the longest run of query words tried as a name.
const maxNameWords = 4

// Plan analyses q. Query words are read as Russian and as Ukrainian unless
// q.Lang says which; a run of words that names an entity of the gazetteer,
// or whose translit key is that of a name in the index, also matches the
// documents that mention that entity in any language.
func (a *Analyzer) Plan(q litopys.Query) Plan {
	words := queryWords(q.Text)
	langs := []string{"ru", "uk"}
	if l := strings.ToLower(q.Lang); l == "ru" || l == "uk" {
		langs = []string{l}
	}
	p := Plan{From: Day(q.From, false), To: Day(q.To, true)}
	lemmas := make([][]string, len(words))
	for i, w := range words {
		lemmas[i] = a.lemmas(w, langs)
		g := Group{Word: w}
		for _, l := range lemmas[i] {
			g.Terms = append(g.Terms, WordTerm(l), keyPrefix+translit.Key(l))
			for _, lang := range langs {
				g.Terms = append(g.Terms, StemTerm(l, lang))
			}
		}
		p.Groups = append(p.Groups, g)
	}
	a.addNames(p.Groups, words, lemmas)
	for i := range p.Groups {
		p.Groups[i].Terms = uniqTerms(p.Groups[i].Terms)
	}
	if q.Lang != "" {
		p.Groups = append(p.Groups, Group{Word: "lang:" + q.Lang, Terms: []string{LangTerm(q.Lang)}, Filter: true})
	}
	if q.Outlet != "" {
		p.Groups = append(p.Groups, Group{Word: "outlet:" + q.Outlet, Terms: []string{OutletTerm(q.Outlet)}, Filter: true})
	}
	if q.Entity != "" {
		p.Groups = append(p.Groups, Group{Word: "entity:" + q.Entity, Terms: []string{EntityTerm(q.Entity)}, Filter: true})
	}
	if q.Type != "" {
		p.Groups = append(p.Groups, Group{Word: "type:" + q.Type, Terms: []string{TypeTerm(q.Type)}, Filter: true})
	}
	return p
}

// queryWords returns the words and numbers of text, at most maxQueryWords.
func queryWords(text string) []string {
	toks := segment.Tokens(nil, text, litopys.Span{Start: 0, End: len(text)})
	var out []string
	for _, t := range toks {
		if t.Kind != litopys.TokenPunct && len(out) < maxQueryWords {
			out = append(out, t.Text)
		}
	}
	return out
}

// lemmas returns the lower-cased word and its lemmas in langs.
func (a *Analyzer) lemmas(w string, langs []string) []string {
	out := []string{strings.ToLower(w)}
	for _, l := range langs {
		lemma, _ := a.morph.Lemma(w, l)
		out = append(out, strings.ToLower(lemma))
	}
	return uniq(out)
}

// addNames adds, to every group of a run of words that reads as a name,
// the terms of that name: the IDs of the gazetteer entities it names and
// the translit keys of its spellings.
func (a *Analyzer) addNames(groups []Group, words []string, lemmas [][]string) {
	for i := range words {
		for j := i + 1; j <= len(words) && j-i <= maxNameWords; j++ {
			var terms []string
			for _, form := range nameForms(words[i:j], lemmas[i:j]) {
				if k := translit.Key(form); k != "" {
					terms = append(terms, namePrefix+k)
				}
				for n, e := range a.gaz.Lookup(form, "") {
					if n < 3 {
						terms = append(terms, EntityTerm(e.ID))
					}
				}
			}
			for g := i; g < j; g++ {
				groups[g].Terms = append(groups[g].Terms, terms...)
			}
		}
	}
}

// nameForms returns the spellings of a run of words: as written and with
// each word in its first, then its second reading.
func nameForms(words []string, lemmas [][]string) []string {
	forms := []string{strings.Join(words, " ")}
	for r := 1; r < 3; r++ {
		parts := make([]string, len(words))
		for k := range words {
			parts[k] = lemmas[k][min(r, len(lemmas[k])-1)]
		}
		forms = append(forms, strings.Join(parts, " "))
	}
	return uniq(forms)
}

// uniq returns the non-empty strings of ss without repeats, in order.
func uniq(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// uniqTerms is uniq over clipped terms, dropping terms with an empty value.
func uniqTerms(ts []string) []string {
	out := ts[:0:0]
	for _, t := range ts {
		if t = clip(t); len(t) > 2 && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
