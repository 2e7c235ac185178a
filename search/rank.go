package search

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"sync"
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
	// Postings appends to dst (empty, a buffer the caller reuses) the
	// postings of a term sorted by document. within, when not nil, lists
	// (sorted) the only documents the caller needs: an index may use it to
	// read less, and may return other documents too.
	Postings(ctx context.Context, term string, within []int64, dst []Posting) ([]Posting, error)
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

// Rank returns the best k documents that match every group of p, best
// first (ties by row number), and how many documents match.
//
// Candidates are kept as lists sorted by row number: a term's postings
// come in that order, so alternatives merge and groups intersect in one
// pass each, and only the best k are ever sorted. (A map per group cost
// more than reading the postings once a word was in a few hundred
// thousand documents.)
func Rank(ctx context.Context, idx Index, p Plan, k int) ([]Scored, int, error) {
	if len(p.Groups) == 0 {
		return nil, 0, nil
	}
	var all []string
	for _, g := range p.Groups {
		all = append(all, g.Terms...)
	}
	info, err := idx.DF(ctx, uniqTerms(all))
	if err != nil {
		return nil, 0, err
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
			return nil, 0, nil
		}
	}
	slices.SortStableFunc(groups, func(x, y rankGroup) int { return cmp.Compare(x.df, y.df) })
	n, words, err := idx.Stats(ctx)
	if err != nil {
		return nil, 0, err
	}
	markCommon(groups, n)
	avgdl := 1.0
	if n > 0 && words > 0 {
		avgdl = float64(words) / float64(n)
	}
	var scores []Scored // sorted by row number
	for gi, g := range groups {
		var within []int64
		if gi > 0 {
			if len(scores) == 0 {
				return nil, 0, nil
			}
			if g.common && len(scores) > maxWithin {
				continue // too many candidates to score a common word on
			}
			if len(scores) <= maxWithin || int64(len(scores))*lookupCost < g.df {
				within = make([]int64, len(scores))
				for i, s := range scores {
					within[i] = s.Doc
				}
			}
		}
		var matched []Scored
		for ti, t := range g.terms {
			ps, err := idx.Postings(ctx, t.term, within, getPostings())
			if err != nil {
				return nil, 0, err
			}
			idf := g.weights[ti] * math.Log(1+(float64(n)-float64(t.df)+0.5)/(float64(t.df)+0.5))
			list := getScored(len(ps))
			for _, ps := range ps {
				if !inRange(ps.Day, p.From, p.To) {
					continue
				}
				s := 0.0
				if !g.filter {
					tf := float64(ps.TF)
					s = idf * tf * (k1 + 1) / (tf + k1*(1-b+b*float64(ps.Len)/avgdl))
				}
				list = append(list, Scored{Doc: ps.Doc, Score: s})
			}
			putPostings(ps)
			switch {
			case matched == nil:
				matched = list
			case len(list) == 0:
				putScored(list)
			default:
				u := unionMax(getScored(len(matched)+len(list)), matched, list)
				putScored(matched)
				putScored(list)
				matched = u
			}
		}
		if gi == 0 {
			scores = matched
			continue
		}
		scores = join(scores, matched, g.common)
		putScored(matched)
	}
	top := best(scores, k)
	total := len(scores)
	putScored(scores)
	return top, total, nil
}

// scoredPool recycles Rank's candidate lists: a common word's run to
// hundreds of thousands of entries, and allocating them afresh for every
// query cost more in garbage collection than the ranking itself.
var scoredPool sync.Pool

// postingsPool recycles the buffers Postings fills.
var postingsPool sync.Pool

func getPostings() []Posting {
	if v, ok := postingsPool.Get().(*[]Posting); ok {
		return (*v)[:0]
	}
	return nil
}

func putPostings(ps []Posting) {
	if cap(ps) >= 1<<12 {
		ps = ps[:0]
		postingsPool.Put(&ps)
	}
}

// getScored returns an empty list with room for n.
func getScored(n int) []Scored {
	if v, ok := scoredPool.Get().(*[]Scored); ok && cap(*v) >= n {
		return (*v)[:0]
	}
	return make([]Scored, 0, n)
}

// putScored gives a list back to the pool; small ones are left to the
// garbage collector.
func putScored(s []Scored) {
	if cap(s) >= 1<<12 {
		s = s[:0]
		scoredPool.Put(&s)
	}
}

// unionMax appends to out the merge of two lists sorted by row number,
// keeping the higher score of a document in both.
func unionMax(out, x, y []Scored) []Scored {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i].Doc < y[j].Doc:
			out = append(out, x[i])
			i++
		case x[i].Doc > y[j].Doc:
			out = append(out, y[j])
			j++
		default:
			out = append(out, Scored{Doc: x[i].Doc, Score: max(x[i].Score, y[j].Score)})
			i++
			j++
		}
	}
	out = append(out, x[i:]...)
	return append(out, y[j:]...)
}

// join adds to each candidate (sorted by row number) its score in group
// (likewise sorted), dropping the candidates the group lacks unless it is
// optional. It reuses the candidates' array.
func join(cands, group []Scored, optional bool) []Scored {
	out := cands[:0]
	j := 0
	for _, c := range cands {
		for j < len(group) && group[j].Doc < c.Doc {
			j++
		}
		if j < len(group) && group[j].Doc == c.Doc {
			c.Score += group[j].Score
		} else if !optional {
			continue
		}
		out = append(out, c)
	}
	return out
}

// better orders results: higher score first, then lower row number.
func better(x, y Scored) int {
	if c := cmp.Compare(y.Score, x.Score); c != 0 {
		return c
	}
	return cmp.Compare(x.Doc, y.Doc)
}

// best returns the best k of ss, in order. It keeps a heap of k rather
// than sorting everything: queries for common words match a large share
// of the store, and a page shows ten of them.
func best(ss []Scored, k int) []Scored {
	if k <= 0 || len(ss) == 0 {
		return nil
	}
	if k >= len(ss)/4 {
		out := slices.Clone(ss)
		slices.SortFunc(out, better)
		return out[:min(k, len(out))]
	}
	// h is a heap whose root is the worst of the best k so far.
	h := slices.Clone(ss[:k])
	worse := func(i, j int) bool { return better(h[i], h[j]) > 0 }
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && worse(c+1, c) {
				c++
			}
			if !worse(c, i) {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, s := range ss[k:] {
		if better(s, h[0]) < 0 {
			h[0] = s
			down(0)
		}
	}
	slices.SortFunc(h, better)
	return h
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
