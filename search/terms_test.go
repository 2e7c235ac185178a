package search

import (
	"maps"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/storetest"
	"github.com/litopys/litopys/translit"
)

// BenchmarkTerms computes the index terms of the seed articles (ru and uk,
// analysed by the pipeline); ns/op is per article.
func BenchmarkTerms(b *testing.B) {
	docs := storetest.Seeds(b)
	i := 0
	for b.Loop() {
		Terms(docs[i%len(docs)])
		i++
	}
}

// TestTermsOfSeeds checks Terms against the plain formula, term by term, on
// the analysed seed articles.
func TestTermsOfSeeds(t *testing.T) {
	for _, doc := range storetest.Seeds(t) {
		want := map[string]int{}
		add := func(term string) {
			if term = clip(term); len(term) > 2 {
				want[term]++
			}
		}
		inName := nameMask(doc)
		words := 0
		for i, tok := range doc.Tokens {
			if tok.Kind == litopys.TokenPunct {
				continue
			}
			words++
			lemma := tok.Lemma
			if lemma == "" {
				lemma = strings.ToLower(tok.Text)
			}
			add(WordTerm(lemma))
			if !tok.Known && tok.Kind == litopys.TokenWord {
				add(StemTerm(lemma, doc.Lang))
			}
			if inName[i] {
				add(keyPrefix + translit.Key(lemma))
			}
		}
		keys := map[string]bool{}
		for _, m := range doc.Mentions {
			if m.Entity != "" {
				add(EntityTerm(m.Entity))
			}
			if m.Type != "" {
				add(TypeTerm(m.Type))
			}
			keys[translit.Key(m.Base)] = true
		}
		for _, e := range doc.Entities {
			keys[translit.Key(e.Name)] = true
			for _, n := range e.Names {
				keys[translit.Key(n)] = true
			}
			for _, n := range e.Aliases {
				keys[translit.Key(n)] = true
			}
		}
		for k := range keys {
			if k != "" {
				add(namePrefix + k)
			}
		}
		add(LangTerm(doc.Lang))
		add(OutletTerm(doc.Outlet))
		got, length := Terms(doc)
		if length != words || !maps.Equal(got, want) {
			t.Errorf("%s: %d terms, length %d; want %d terms, length %d", doc.ID, len(got), length, len(want), words)
		}
		if len(want) < 100 {
			t.Errorf("%s: only %d terms", doc.ID, len(want))
		}
	}
}
