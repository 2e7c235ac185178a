package morph

import (
	"sort"

	"github.com/litopys/litopys/morph/gold"
)

// Score counts lemmas that match gold ones, overall and by the gold
// universal part of speech.
type Score struct {
	Corpus     string
	Part       string // which part of the corpus: "held-out", "all", ...
	Right, All int
	ByUPOS     map[string][2]int // UPOS -> right, all
	WordsRight int               // tokens other than punctuation and symbols
	WordsAll   int
	Confusions map[[3]string]int // gold UPOS, gold lemma, ours -> count (misses)
}

// Miss is a kind of wrong lemma and how often it was given.
type Miss struct {
	UPOS  string `json:"upos"`
	Gold  string `json:"gold"`
	Ours  string `json:"ours"`
	Count int    `json:"count"`
}

// Misses returns the n commonest misses, most frequent first.
func (s *Score) Misses(n int) []Miss {
	if n <= 0 {
		return nil
	}
	out := make([]Miss, 0, len(s.Confusions))
	for k, c := range s.Confusions {
		out = append(out, Miss{k[0], k[1], k[2], c})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Gold != b.Gold {
			return a.Gold < b.Gold
		}
		return a.Ours < b.Ours
	})
	return out[:min(n, len(out))]
}

// Accuracy is Right/All (0 for an empty score).
func (s *Score) Accuracy() float64 { return ratio(s.Right, s.All) }

// WordAccuracy is the accuracy over tokens that are not PUNCT or SYM.
func (s *Score) WordAccuracy() float64 { return ratio(s.WordsRight, s.WordsAll) }

// POSAccuracy returns the accuracy and count of one gold UPOS.
func (s *Score) POSAccuracy(upos string) (float64, int) {
	v := s.ByUPOS[upos]
	return ratio(v[0], v[1]), v[1]
}

// UPOS lists the gold parts of speech seen, most frequent first.
func (s *Score) UPOS() []string {
	out := make([]string, 0, len(s.ByUPOS))
	for p := range s.ByUPOS {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := s.ByUPOS[out[i]][1], s.ByUPOS[out[j]][1]
		if a != b {
			return a > b
		}
		return out[i] < out[j]
	})
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SameLemma compares a lemma with a gold one the way Score does:
// case-insensitively, with ё read as е, apostrophes unified and stress
// marks ignored.
func SameLemma(ours, gold string) bool {
	if ours == gold {
		return true
	}
	var a, b [128]byte
	return string(appendNorm(a[:0], ours, true)) == string(appendNorm(b[:0], gold, true))
}

// ScoreCorpus lemmatises every sentence of c with a (in c's language) and
// compares with the gold lemmas.
func (a *Analyzer) ScoreCorpus(c *gold.Corpus) *Score {
	s := &Score{Corpus: c.Name, ByUPOS: map[string][2]int{}, Confusions: map[[3]string]int{}}
	var words []string
	var lemmas []WordLemma
	for _, sent := range c.Sentences {
		words = words[:0]
		for _, t := range sent.Tokens {
			words = append(words, t.Form)
		}
		lemmas = a.LemmaSentence(words, c.Lang, lemmas[:0])
		for i, t := range sent.Tokens {
			if t.Convention {
				continue
			}
			ok := SameLemma(lemmas[i].Lemma, t.Lemma)
			v := s.ByUPOS[t.UPOS]
			v[1]++
			s.All++
			word := t.UPOS != "PUNCT" && t.UPOS != "SYM"
			if word {
				s.WordsAll++
			}
			if ok {
				v[0]++
				s.Right++
				if word {
					s.WordsRight++
				}
			} else {
				s.Confusions[[3]string{t.UPOS, t.Lemma, lemmas[i].Lemma}]++
			}
			s.ByUPOS[t.UPOS] = v
		}
	}
	return s
}
