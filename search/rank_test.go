package search

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// memIndex is an Index in memory: term → postings in document order.
type memIndex struct {
	postings map[string][]Posting
	docs     int64
	words    int64
	// fullReads counts Postings calls without a candidate list.
	fullReads int
}

func newMemIndex(docs map[int64]map[string]int, days map[int64]int32) *memIndex {
	x := &memIndex{postings: map[string][]Posting{}}
	ids := make([]int64, 0, len(docs))
	for d := range docs {
		ids = append(ids, d)
	}
	slices.Sort(ids)
	for _, d := range ids {
		length := int32(0)
		for _, n := range docs[d] {
			length += int32(n)
		}
		x.docs++
		x.words += int64(length)
		for t, n := range docs[d] {
			x.postings[t] = append(x.postings[t], Posting{Doc: d, TF: int32(n), Len: length, Day: days[d]})
		}
	}
	return x
}

func (x *memIndex) Stats(context.Context) (int64, int64, error) { return x.docs, x.words, nil }

func (x *memIndex) DF(_ context.Context, terms []string) (map[string]int64, error) {
	out := map[string]int64{}
	for _, t := range terms {
		if ps, ok := x.postings[t]; ok {
			out[t] = int64(len(ps))
		}
	}
	return out, nil
}

func (x *memIndex) Postings(_ context.Context, term string, within []int64, dst []Posting) ([]Posting, error) {
	if within == nil {
		x.fullReads++
		return append(dst[:0], x.postings[term]...), nil
	}
	out := dst[:0]
	for _, p := range x.postings[term] {
		if _, ok := slices.BinarySearch(within, p.Doc); ok {
			out = append(out, p)
		}
	}
	return out, nil
}

// TestRankIntersects checks matching against a brute-force reading of the
// same documents, on candidate sets small enough for look-ups and too large
// for them.
func TestRankIntersects(t *testing.T) {
	docs := map[int64]map[string]int{}
	days := map[int64]int32{}
	// No word is in more than a third of the documents: none is optional.
	for d := int64(1); d <= 40000; d++ {
		m := map[string]int{"w:other": 1 + int(d%3)}
		if d%3 == 0 {
			m["w:three"] = 1
		}
		if d%5 == 0 {
			m["w:five"] = 1
		}
		if d%7 == 0 {
			m["w:seven"] = 2
		}
		if d%1000 == 0 {
			m["w:rare"] = 1
		}
		docs[d] = m
		days[d] = 20230101 + int32(d%28)
	}
	x := newMemIndex(docs, days)
	tests := []struct {
		name     string
		groups   [][]string
		from, to int32
	}{
		{"rare and frequent", [][]string{{"w:three"}, {"w:rare"}}, 0, 0},
		{"both large", [][]string{{"w:three"}, {"w:five"}}, 0, 0},
		{"three", [][]string{{"w:five"}, {"w:seven"}, {"w:three"}}, 0, 0},
		{"alternatives", [][]string{{"w:rare", "w:seven"}, {"w:five"}}, 0, 0},
		{"dates", [][]string{{"w:seven"}}, 20230105, 20230110},
		{"unknown term", [][]string{{"w:three"}, {"w:nothing"}}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Plan{From: tt.from, To: tt.to}
			for _, g := range tt.groups {
				p.Groups = append(p.Groups, Group{Terms: g})
			}
			got, _, err := Rank(context.Background(), x, p, 1<<30)
			if err != nil {
				t.Fatal(err)
			}
			var want []int64
			for d, m := range docs {
				ok := inRange(days[d], tt.from, tt.to)
				for _, g := range tt.groups {
					ok = ok && slices.ContainsFunc(g, func(t string) bool { return m[t] > 0 })
				}
				if ok {
					want = append(want, d)
				}
			}
			slices.Sort(want)
			var gotDocs []int64
			for _, s := range got {
				gotDocs = append(gotDocs, s.Doc)
			}
			slices.Sort(gotDocs)
			if !slices.Equal(gotDocs, want) {
				t.Errorf("matched %d docs, want %d", len(gotDocs), len(want))
			}
			for i := 1; i < len(got); i++ {
				if got[i].Score > got[i-1].Score || (got[i].Score == got[i-1].Score && got[i].Doc < got[i-1].Doc) {
					t.Fatalf("not ordered by score, then row: %v then %v", got[i-1], got[i])
				}
			}
		})
	}
}

// TestRankBM25 checks the score of a one-word query against the formula.
func TestRankBM25(t *testing.T) {
	docs := map[int64]map[string]int{
		1: {"w:a": 3, "w:b": 1},
		2: {"w:a": 1, "w:c": 5},
		3: {"w:b": 2},
	}
	x := newMemIndex(docs, nil)
	got, _, err := Rank(context.Background(), x, Plan{Groups: []Group{{Terms: []string{"w:a"}}}}, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	avgdl := 12.0 / 3
	idf := math.Log(1 + (3-2+0.5)/(2+0.5))
	score := func(tf, dl float64) float64 { return idf * tf * (k1 + 1) / (tf + k1*(1-b+b*dl/avgdl)) }
	want := []Scored{{1, score(3, 4)}, {2, score(1, 6)}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Rank = %v, want %v", got, want)
	}
}

func TestRankReadsRarestFirst(t *testing.T) {
	docs := map[int64]map[string]int{}
	for d := int64(1); d <= 20000; d++ {
		docs[d] = map[string]int{"w:common": 1}
	}
	docs[7]["w:rare"] = 1
	x := newMemIndex(docs, nil)
	got, _, err := Rank(context.Background(), x, Plan{Groups: []Group{{Terms: []string{"w:common"}}, {Terms: []string{"w:rare"}}}}, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Doc != 7 {
		t.Errorf("Rank = %v, want doc 7", got)
	}
	if x.fullReads != 1 {
		t.Errorf("%d full posting reads, want 1 (the rare term's); the common one should be looked up within the candidates", x.fullReads)
	}
}

func TestRankCommonWordsAreOptional(t *testing.T) {
	docs := map[int64]map[string]int{}
	for d := int64(1); d <= 3000; d++ {
		docs[d] = map[string]int{"w:в": 2}
	}
	docs[7]["w:сеул"] = 1
	docs[8]["w:сеул"] = 1
	docs[9] = map[string]int{"w:сеул": 1, "w:другое": 2}
	x := newMemIndex(docs, nil)
	p := Plan{Groups: []Group{{Terms: []string{"w:в"}}, {Terms: []string{"w:сеул"}}}}
	got, _, err := Rank(context.Background(), x, p, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, s := range got {
		ids = append(ids, s.Doc)
	}
	if !slices.Equal(ids, []int64{7, 8, 9}) {
		t.Errorf("Rank = %v, want 7, 8 (with the common word), then 9 (without)", got)
	}
	if x.fullReads != 1 {
		t.Errorf("%d full posting reads, want 1", x.fullReads)
	}
	// Alone, a common word is required.
	got, _, err = Rank(context.Background(), x, Plan{Groups: []Group{{Terms: []string{"w:в"}}}}, 1<<30)
	if err != nil || len(got) != 2999 {
		t.Errorf("common word alone: %d results (%v), want 2999", len(got), err)
	}
}

// TestRankTopK checks that the best k are the first k of the whole
// ranking, ties included, and that the total does not depend on k.
func TestRankTopK(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	docs := map[int64]map[string]int{}
	for d := int64(1); d <= 5000; d++ {
		m := map[string]int{"w:x": 1 + rng.IntN(3)}
		if rng.IntN(4) == 0 {
			m["w:y"] = 1 + rng.IntN(2)
		}
		if rng.IntN(3) == 0 {
			m["k:y"] = 1
		}
		m["w:pad"] = rng.IntN(4) // document lengths, hence scores, differ (and tie)
		docs[d] = m
	}
	x := newMemIndex(docs, nil)
	for _, p := range []Plan{
		{Groups: []Group{{Terms: []string{"w:x"}}}},
		{Groups: []Group{{Terms: []string{"w:y", "k:y"}}}},
		{Groups: []Group{{Terms: []string{"w:y", "k:y"}}, {Terms: []string{"w:x"}}}},
	} {
		all, total, err := Rank(context.Background(), x, p, 1<<30)
		if err != nil {
			t.Fatal(err)
		}
		if total != len(all) || total == 0 {
			t.Fatalf("%v: total %d, %d ranked", p.Groups, total, len(all))
		}
		for _, k := range []int{1, 10, 37, total / 5, total - 1, total, total + 5} {
			got, n, err := Rank(context.Background(), x, p, k)
			if err != nil {
				t.Fatal(err)
			}
			if n != total {
				t.Errorf("%v, k=%d: total %d, want %d", p.Groups, k, n, total)
			}
			if want := all[:min(k, total)]; !slices.Equal(got, want) {
				t.Errorf("%v, k=%d: the best k differ from the head of the whole ranking", p.Groups, k)
			}
		}
	}
}

func TestUnionAndJoin(t *testing.T) {
	x := []Scored{{1, 1}, {3, 1}, {5, 2}}
	y := []Scored{{2, 4}, {3, 3}, {6, 1}}
	if got, want := unionMax(nil, x, y), []Scored{{1, 1}, {2, 4}, {3, 3}, {5, 2}, {6, 1}}; !slices.Equal(got, want) {
		t.Errorf("unionMax = %v, want %v", got, want)
	}
	if got, want := join(slices.Clone(x), y, false), []Scored{{3, 4}}; !slices.Equal(got, want) {
		t.Errorf("join = %v, want %v", got, want)
	}
	if got, want := join(slices.Clone(x), y, true), []Scored{{1, 1}, {3, 4}, {5, 2}}; !slices.Equal(got, want) {
		t.Errorf("optional join = %v, want %v", got, want)
	}
}

// BenchmarkRankCommon ranks a word found in 40 % of 250,000 documents
// under three terms (lemma, stem, key), as a common-word query reads them.
func BenchmarkRankCommon(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	x := &memIndex{postings: map[string][]Posting{}, docs: 250000, words: 250000 * 400}
	for d := int64(1); d <= x.docs; d++ {
		if rng.IntN(5) < 2 {
			p := Posting{Doc: d, TF: 1 + int32(rng.IntN(5)), Len: 100 + int32(rng.IntN(800)), Day: int32(rng.IntN(3000))}
			for _, t := range []string{"w:word", "s:wor", "k:word"} {
				if t == "k:word" && rng.IntN(3) > 0 {
					continue
				}
				x.postings[t] = append(x.postings[t], p)
			}
		}
	}
	p := Plan{Groups: []Group{{Terms: []string{"w:word", "s:wor", "k:word"}}}}
	for b.Loop() {
		if _, n, err := Rank(context.Background(), x, p, 10); err != nil || n == 0 {
			b.Fatal(n, err)
		}
	}
}
