package ner

import (
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
)

// TestTemplatesPartition checks that the word and context templates of the
// word cache are the static templates, each once.
func TestTemplatesPartition(t *testing.T) {
	var seen [numStatic]int
	for _, tm := range wordTemplates {
		seen[tm]++
	}
	for _, tm := range contextTemplates {
		seen[tm]++
	}
	for tm, n := range seen {
		if n != 1 {
			t.Errorf("template %d taken %d times", tm, n)
		}
	}
}

// TestWordCacheScores checks, on every token of the two seed articles, that
// the cached sum of the word templates' rows plus the context rows is the
// sum of all the static rows, the first time a word is seen and after.
func TestWordCacheScores(t *testing.T) {
	tg := tagger(t)
	m := tg.m
	var cache wordCache
	var s sentence
	var feats [numStatic]uint32
	checked := 0
	for _, tc := range []struct{ id, lang string }{{"000_d0670793ce43c562", "ru"}, {"001_46e6aa277c86e90e", "uk"}} {
		text := string(mustRead(t, filepath.Join(seedsDir, tc.id+".txt")))
		sents, toks := analyzed(t, text, tc.lang)
		for range 2 {
			sentenceTokens(sents, toks, func(st []litopys.Token) {
				s.analyze(m, st, tc.lang, func(i int) uint64 {
					if l := st[i].Lemma; l != "" {
						return hashString(l)
					}
					return 0
				}, tg.classify)
				for i := range st {
					s.features(i, &feats)
					var want, got [numTags]int32
					for _, b := range feats {
						addRow(&want, (*[numTags]int16)(m.weights[int(b)*rowStride:]))
					}
					cache.scores(&s, i, &feats, m.weights, &got)
					for _, tm := range contextTemplates {
						addRow(&got, (*[numTags]int16)(m.weights[int(feats[tm])*rowStride:]))
					}
					if got != want {
						t.Fatalf("%s, token %q: scores %v, want %v", tc.id, st[i].Text, got, want)
					}
					checked++
				}
			})
		}
	}
	if checked == 0 {
		t.Fatal("no token checked")
	}
}
