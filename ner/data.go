package ner

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ner/corpus"
	"github.com/litopys/litopys/segment"
)

// loadCorpora reads every annotated corpus under dataDir but the BSNLP
// documents of the held-out topics.
func loadCorpora(dataDir string, holdOut []string) (train []corpus.Doc, err error) {
	bsnlp, err := corpus.BSNLP(filepath.Join(dataDir, "bsnlp"))
	if err != nil {
		return nil, err
	}
	for _, d := range bsnlp {
		if !slices.Contains(holdOut, d.Topic) {
			train = append(train, d)
		}
	}
	uk, err := corpus.NerUK(filepath.Join(dataDir, "ner-uk", "v2.0"))
	if err != nil {
		return nil, err
	}
	fr, err := corpus.FactRuEval(filepath.Join(dataDir, "factRuEval-2016"))
	if err != nil {
		return nil, err
	}
	c5, err := corpus.Collection5(filepath.Join(dataDir, "collection5", "ne5_gold.jsonl"))
	if err != nil {
		return nil, err
	}
	train = append(train, uk...)
	train = append(train, fr...)
	train = append(train, c5...)
	return train, nil
}

// countryNames reads the ru, uk and en country names of
// gazetteers/country-list as LOC entries.
func countryNames(dataDir string, g gazCounts) error {
	for _, lang := range []string{"ru", "uk", "en"} {
		f, err := os.Open(filepath.Join(dataDir, "gazetteers", "country-list", lang, "country.csv"))
		if err != nil {
			return err
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			return fmt.Errorf("country-list %s: %w", lang, err)
		}
		for _, r := range recs[1:] {
			if len(r) == 2 {
				g.add(r[1], typeIndex(litopys.LOC))
			}
		}
	}
	return nil
}

// segmentText splits text into sentences of tokens.
func segmentText(text string) (sents []litopys.Span, toks []litopys.Token) {
	sents = segment.Sentences(text, segment.Paragraphs(text))
	for _, s := range sents {
		toks = segment.Tokens(toks, text, s)
	}
	return sents, toks
}

// sentenceTokens calls fn with the tokens of each sentence.
func sentenceTokens(sents []litopys.Span, toks []litopys.Token, fn func([]litopys.Token)) {
	i := 0
	for _, s := range sents {
		for i < len(toks) && toks[i].Start < s.Start {
			i++
		}
		j := i
		for j < len(toks) && toks[j].Start < s.End {
			j++
		}
		if j > i {
			fn(toks[i:j])
		}
		i = j
	}
}

// goldTags returns the BILOU tags of toks for the mentions (sorted, no
// overlap). A mention takes every token it overlaps; one that covers no
// token is skipped.
func goldTags(toks []litopys.Token, ms []corpus.Mention, tags []uint8) []uint8 {
	tags = grow(tags, len(toks))
	clear(tags)
	mi := 0
	for i := 0; i < len(toks); {
		for mi < len(ms) && ms[mi].End <= toks[i].Start {
			mi++
		}
		if mi == len(ms) || ms[mi].Start >= toks[i].End {
			i++
			continue
		}
		m := ms[mi]
		j := i
		for j < len(toks) && toks[j].Start < m.End {
			j++
		}
		typ := typeIndex(m.Type)
		if j-i == 1 {
			tags[i] = uint8(1 + 4*typ + 3)
		} else {
			tags[i] = uint8(1 + 4*typ)
			for k := i + 1; k < j-1; k++ {
				tags[k] = uint8(1 + 4*typ + 1)
			}
			tags[j-1] = uint8(1 + 4*typ + 2)
		}
		mi++
		i = j
	}
	return tags
}

// fillLemmas sets the Lemma of word tokens, as the pipeline does.
func fillLemmas(toks []litopys.Token, lang string, lemmatize Lemmatizer) {
	if lemmatize == nil {
		return
	}
	for i := range toks {
		if toks[i].Kind == litopys.TokenWord {
			toks[i].Lemma, toks[i].Known = lemmatize(toks[i].Text, lang)
		}
	}
}
