package morph

import (
	"fmt"

	"github.com/litopys/litopys/morph/gold"
)

// ScoreDev scores the development split of the gold corpora of langs
// under dataDir (gold.DevSplit): it trains a context model on the
// training part less the development part, as TrainContext does on the
// whole training part, and scores the development part with it. Design
// choices are compared there, never on the held-out part. The returned
// scores' Part is "dev".
func (a *Analyzer) ScoreDev(dataDir string, langs ...string) ([]*Score, error) {
	var out []*Score
	for _, lang := range langs {
		lx := a.lexicon(lang)
		if lx == nil {
			return nil, fmt.Errorf("score dev: no dictionary for %q", lang)
		}
		cs, err := ReadGold(dataDir, lang)
		if err != nil {
			return nil, fmt.Errorf("score dev %s: %w", lang, err)
		}
		train := make([]*gold.Corpus, len(cs))
		dev := make([]*gold.Corpus, len(cs))
		for i, c := range cs {
			train[i], dev[i] = gold.DevSplit(c)
		}
		m := trainCtx(lx, lang, train).model()
		b := &Analyzer{ru: a.ru, uk: a.uk, caches: [2]*cache{newCache(), newCache()}}
		if lang == "ru" {
			b.ruCtx = m
		} else {
			b.ukCtx = m
		}
		for _, c := range dev {
			s := b.ScoreCorpus(c)
			s.Part = "dev"
			out = append(out, s)
		}
	}
	return out, nil
}
