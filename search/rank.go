package search

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
)

// Posting is one document containing a term: the document's row number,
// the term's frequency in it, the document's length in words and its
// publication day (see Day).
type Posting struct {
	Doc int64
	TF  int32
	Len int32
	Day int32
}

// Index is the inverted index a backend keeps.
type Index interface {
	// Stats returns the number of indexed documents and their total
	// length in words.
	Stats(ctx context.Context) (docs, words int64, err error)
	// DF returns the number of documents containing each of terms that
	// the index knows.
	DF(ctx context.Context, terms []string) (map[string]int64, error)
	// Postings returns the postings of a term sorted by document. within,
	// when not nil, lists (sorted) the only documents the caller needs: an
	// index may use it to read less, and may return other documents too.
	Postings(ctx context.Context, term string, within []int64) ([]Posting, error)
}

// Scored is a matching document and its BM25 score.
type Scored struct {
	Doc   int64
	Score float64
}

// BM25 parameters.
const (
	k1 = 1.2
	b  = 0.75
)

// maxWithin is the largest candidate set always narrowed by point
// look-ups; a larger one is, unless its term is lookupCost times more
// frequent, intersected with the term's whole posting list.
const (
	maxWithin  = 4096
	lookupCost = 8
)

// A word found in more than 1/commonShare of at least commonCorpus
// documents ("в", "и", "на") scores but is not required: reading its
// postings would cost as much as a scan.
const (
	commonShare  = 3
	commonCorpus = 1000
)

// Rank returns the documents that match every group of p, best first (ties
// by row number), and how many there are.
func Rank(ctx context.Context, idx Index, p Plan) ([]Scored, error) {
	if len(p.Groups) == 0 {
		return nil, nil
	}
	var all []string
	for _, g := range p.Groups {
		all = append(all, g.Terms...)
	}
	info, err := idx.DF(ctx, uniqTerms(all))
	if err != nil {
		return nil, err
	}
	groups := make([]rankGroup, len(p.Groups))
	for i, g := range p.Groups {
		groups[i].filter = g.Filter
		for _, t := range g.Terms {
			if df, ok := info[t]; ok && df > 0 {
				groups[i].terms = append(groups[i].terms, termDF{t, df})
				groups[i].weights = append(groups[i].weights, termWeight(t))
				groups[i].df += df
			}
		}
		if len(groups[i].terms) == 0 {
			return nil, nil
		}
	}
	slices.SortStableFunc(groups, func(x, y rankGroup) int { return cmp.Compare(x.df, y.df) })
	n, words, err := idx.Stats(ctx)
	if err != nil {
		return nil, err
	}
	markCommon(groups, n)
	avgdl := 1.0
	if n > 0 && words > 0 {
		avgdl = float64(words) / float64(n)
	}
	var scores map[int64]float64
	for gi, g := range groups {
		var within []int64
		if gi > 0 {
			if len(scores) == 0 {
				return nil, nil
			}
			if g.common && len(scores) > maxWithin {
				continue // too many candidates to score a common word on
			}
			if len(scores) <= maxWithin || int64(len(scores))*lookupCost < g.df {
				within = sortedKeys(scores)
			}
		}
		best := map[int64]float64{}
		for ti, t := range g.terms {
			ps, err := idx.Postings(ctx, t.term, within)
			if err != nil {
				return nil, err
			}
			idf := g.weights[ti] * math.Log(1+(float64(n)-float64(t.df)+0.5)/(float64(t.df)+0.5))
			for _, ps := range ps {
				if !inRange(ps.Day, p.From, p.To) {
					continue
				}
				s := 0.0
				if !g.filter {
					tf := float64(ps.TF)
					s = idf * tf * (k1 + 1) / (tf + k1*(1-b+b*float64(ps.Len)/avgdl))
				}
				if old, ok := best[ps.Doc]; !ok || s > old {
					best[ps.Doc] = s
				}
			}
		}
		if gi == 0 {
			scores = best
			continue
		}
		for d, s := range scores {
			if add, ok := best[d]; ok {
				scores[d] = s + add
			} else if !g.common {
				delete(scores, d)
			}
		}
	}
	out := make([]Scored, 0, len(scores))
	for d, s := range scores {
		out = append(out, Scored{Doc: d, Score: s})
	}
	slices.SortFunc(out, func(x, y Scored) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.Doc, y.Doc)
	})
	return out, nil
}

// termDF is a term of a group and its document frequency.
type termDF struct {
	term string
	df   int64
}

type rankGroup struct {
	terms   []termDF
	weights []float64
	df      int64
	filter  bool
	// common marks a word group that scores but is not required.
	common bool
}

// crossWeight scales the score of a match by translit key or entity rather
// than by the word itself: a document that spells the name as the query
// does ranks first.
const crossWeight = 0.7

func termWeight(term string) float64 {
	if strings.HasPrefix(term, wordPrefix) {
		return 1
	}
	return crossWeight
}

// markCommon marks the word groups (sorted rarest first) found in a large
// share of a large corpus, unless no rarer word group is left to require.
func markCommon(groups []rankGroup, docs int64) {
	if docs < commonCorpus {
		return
	}
	required := false
	for i := range groups {
		g := &groups[i]
		if g.filter {
			continue
		}
		if required && g.df*commonShare > docs {
			g.common = true
		}
		required = true
	}
}

func sortedKeys(m map[int64]float64) []int64 {
	keys := make([]int64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
