package morph

import (
	"fmt"

	"github.com/litopys/litopys/morph/gold"
)

// ScoreDev scores the development folds of the gold corpora of langs
// under dataDir (gold.DevSplit): for each fold it trains a context model
// on the training part less the fold, as TrainContext does on the whole
// training part, and scores the fold with it; the scores of a corpus are
// summed over folds (cross-validation on the training part). Design
// choices are compared there, never on the held-out part. folds nil means
// every fold. The returned scores' Part is "dev".
func (a *Analyzer) ScoreDev(dataDir string, folds []int, langs ...string) ([]*Score, error) {
	if folds == nil {
		for k := range gold.DevFolds {
			folds = append(folds, k)
		}
	}
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
		sum := make([]*Score, len(cs))
		for _, k := range folds {
			if k < 0 || k >= gold.DevFolds {
				return nil, fmt.Errorf("score dev: no fold %d (0-%d)", k, gold.DevFolds-1)
			}
			train := make([]*gold.Corpus, len(cs))
			dev := make([]*gold.Corpus, len(cs))
			for i, c := range cs {
				train[i], dev[i] = gold.DevSplit(c, k)
			}
			m := trainCtx(lx, lang, train).model()
			b := &Analyzer{ru: a.ru, uk: a.uk, caches: [2]*cache{newCache(), newCache()}}
			if lang == "ru" {
				b.ruCtx = m
			} else {
				b.ukCtx = m
			}
			for i, c := range dev {
				s := b.ScoreCorpus(c)
				if sum[i] == nil {
					sum[i] = s
				} else {
					sum[i].add(s)
				}
			}
		}
		for _, s := range sum {
			s.Part = "dev"
			out = append(out, s)
		}
	}
	return out, nil
}

// add adds the counts of o to s.
func (s *Score) add(o *Score) {
	s.Right += o.Right
	s.All += o.All
	s.WordsRight += o.WordsRight
	s.WordsAll += o.WordsAll
	for k, v := range o.ByUPOS {
		w := s.ByUPOS[k]
		s.ByUPOS[k] = [2]int{w[0] + v[0], w[1] + v[1]}
	}
	for k, v := range o.Confusions {
		s.Confusions[k] += v
	}
}
