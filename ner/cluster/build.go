package cluster

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/segment"
)

// Options configure Build. Zero fields take the defaults in brackets.
type Options struct {
	DataDir  string // shared/data
	Out      string // the table file written (gzip'd text)
	Vocab    int    // words clustered, by frequency [100000]
	Contexts int    // most frequent tokens used as contexts [1000]
	Dims     int    // dimensions of the projected context vectors [160]
	Depth    int    // length of the bit paths [12]
	MinCount int    // least frequency of a clustered word [3]
	Seed     uint64
}

func (o *Options) defaults() {
	if o.Vocab == 0 {
		o.Vocab = 100000
	}
	if o.Contexts == 0 {
		o.Contexts = 1000
	}
	if o.Dims == 0 {
		o.Dims = 160
	}
	if o.Depth == 0 {
		o.Depth = 12
	}
	if o.MinCount == 0 {
		o.MinCount = 3
	}
}

// corpus is the raw text as a sequence of token ids, -1 between paragraphs.
type corpus struct {
	ids    map[string]int32
	words  []string
	freq   []int64
	isWord []bool
	seq    []int32
}

func (c *corpus) add(text string) {
	var toks []litopys.Token
	for _, p := range segment.Paragraphs(text) {
		toks = segment.Tokens(toks[:0], text, p)
		for _, t := range toks {
			w := strings.ToLower(t.Text)
			id, ok := c.ids[w]
			if !ok {
				id = int32(len(c.words))
				c.ids[w] = id
				c.words = append(c.words, w)
				c.freq = append(c.freq, 0)
				c.isWord = append(c.isWord, t.Kind == litopys.TokenWord)
			}
			c.freq[id]++
			c.seq = append(c.seq, id)
		}
		c.seq = append(c.seq, -1)
	}
}

// byFreq returns the ids that pass keep, most frequent first, at most n.
func (c *corpus) byFreq(n int, keep func(int32) bool) []int32 {
	var ids []int32
	for id := range c.words {
		if keep(int32(id)) {
			ids = append(ids, int32(id))
		}
	}
	slices.SortFunc(ids, func(a, b int32) int {
		if c.freq[a] != c.freq[b] {
			return cmp.Compare(c.freq[b], c.freq[a])
		}
		return strings.Compare(c.words[a], c.words[b])
	})
	return ids[:min(n, len(ids))]
}

// Build learns the clusters and writes the table to o.Out.
func Build(o Options) error {
	o.defaults()
	c := &corpus{ids: map[string]int32{}}
	if err := eachText(o.DataDir, c.add); err != nil {
		return fmt.Errorf("cluster: build: %w", err)
	}
	vocab := c.byFreq(o.Vocab, func(id int32) bool { return c.isWord[id] && c.freq[id] >= int64(o.MinCount) })
	ctx := c.byFreq(o.Contexts, func(int32) bool { return true })
	vecs := contextVectors(c, vocab, ctx, o.Dims, o.Seed)
	paths := make([]uint32, len(vocab))
	idx := make([]int32, len(vocab))
	for i := range idx {
		idx[i] = int32(i)
	}
	bisect(vecs, o.Dims, idx, paths, 0, o.Depth, rand.New(rand.NewPCG(o.Seed, 2)))
	entries := make([]Entry, len(vocab))
	for i, id := range vocab {
		entries[i] = Entry{Word: c.words[id], Path: Path{Bits: paths[i], Len: uint8(o.Depth)}}
	}
	slices.SortFunc(entries, func(a, b Entry) int { return strings.Compare(a.Word, b.Word) })
	if err := writeFile(o.Out, entries); err != nil {
		return fmt.Errorf("cluster: build: %w", err)
	}
	return nil
}

// contextVectors returns, for each vocabulary word, a unit vector of dims
// floats: its PPMI-weighted left and right context counts, projected.
func contextVectors(c *corpus, vocab, ctx []int32, dims int, seed uint64) []float32 {
	vi := make([]int32, len(c.words))
	ci := make([]int32, len(c.words))
	for i := range vi {
		vi[i], ci[i] = -1, -1
	}
	for i, id := range vocab {
		vi[id] = int32(i)
	}
	for i, id := range ctx {
		ci[id] = int32(i)
	}
	nc := 2 * len(ctx)
	counts := make([]uint32, len(vocab)*nc)
	for i, id := range c.seq {
		if id < 0 || vi[id] < 0 {
			continue
		}
		row := counts[int(vi[id])*nc:]
		if i > 0 && c.seq[i-1] >= 0 && ci[c.seq[i-1]] >= 0 {
			row[ci[c.seq[i-1]]]++
		}
		if i+1 < len(c.seq) && c.seq[i+1] >= 0 && ci[c.seq[i+1]] >= 0 {
			row[len(ctx)+int(ci[c.seq[i+1]])]++
		}
	}
	rowSum := make([]float64, len(vocab))
	colSum := make([]float64, nc)
	total := 0.0
	for v := range vocab {
		for j, n := range counts[v*nc : (v+1)*nc] {
			rowSum[v] += float64(n)
			colSum[j] += float64(n)
			total += float64(n)
		}
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	proj := make([]float32, nc*dims)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, len(vocab)*dims)
	for v := range vocab {
		out := vecs[v*dims : (v+1)*dims]
		for j, n := range counts[v*nc : (v+1)*nc] {
			if n == 0 {
				continue
			}
			pmi := math.Log(float64(n) * total / (rowSum[v] * colSum[j]))
			if pmi <= 0 {
				continue
			}
			w := float32(pmi)
			for d, p := range proj[j*dims : (j+1)*dims] {
				out[d] += w * p
			}
		}
		normalize(out)
	}
	return vecs
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

func writeFile(path string, entries []Entry) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	if err := Write(bw, entries); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
