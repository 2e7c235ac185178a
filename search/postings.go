package search

import (
	"cmp"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strings"
)

// A block is the postings of one term written by one batch of documents:
// backends keep one row per (term, block) holding the number of postings
// and their encoding, so that a term's postings are one range scan and a
// batch of documents writes one row per distinct term.
//
// The encoding is the number of postings, then for each posting, in
// increasing document order, the document's distance from the previous one
// (from 0 for the first), the term frequency and the document length as
// unsigned varints, and the day's difference from the previous posting's
// day as a signed varint.

// errBlock is returned for a block that does not decode.
var errBlock = errors.New("search: corrupt postings block")

// EncodeBlock appends the encoding of ps, which must be sorted by
// document without repeats, to dst.
func EncodeBlock(dst []byte, ps []Posting) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(ps)))
	var doc int64
	var day int32
	for _, p := range ps {
		dst = binary.AppendUvarint(dst, uint64(p.Doc-doc))
		dst = binary.AppendUvarint(dst, uint64(uint32(p.TF)))
		dst = binary.AppendUvarint(dst, uint64(uint32(p.Len)))
		dst = binary.AppendVarint(dst, int64(p.Day)-int64(day))
		doc, day = p.Doc, p.Day
	}
	return dst
}

// DecodeBlock appends the postings encoded in b to dst.
func DecodeBlock(dst []Posting, b []byte) ([]Posting, error) {
	n, at := binary.Uvarint(b)
	if at <= 0 || n > uint64(len(b)) { // a posting takes at least 4 bytes
		return dst, errBlock
	}
	dst = slices.Grow(dst, int(n))
	var doc, day int64
	for i := range n {
		// The document gap, frequency, length and zigzagged day change;
		// one- and two-byte varints (most of them) read inline: decoding
		// is most of what a query on a common word costs.
		var v [4]uint64
		for f := range v {
			if uint(at+1) < uint(len(b)) {
				if c := b[at]; c < 0x80 {
					v[f], at = uint64(c), at+1
					continue
				} else if c1 := b[at+1]; c1 < 0x80 {
					v[f], at = uint64(c&0x7f)|uint64(c1)<<7, at+2
					continue
				}
			}
			if v[f], at = uvarintAt(b, at); at < 0 {
				return dst, errBlock
			}
		}
		dd, tf, ln, zd := v[0], v[1], v[2], v[3]
		dday := int64(zd >> 1) // zigzag, as binary.Varint
		if zd&1 != 0 {
			dday = ^dday
		}
		if (i > 0 && dd == 0) || dd > math.MaxInt64-uint64(doc) || tf > math.MaxInt32 || ln > math.MaxInt32 {
			return dst, errBlock
		}
		doc += int64(dd)
		day += dday
		if day < math.MinInt32 || day > math.MaxInt32 {
			return dst, errBlock
		}
		dst = append(dst, Posting{Doc: doc, TF: int32(tf), Len: int32(ln), Day: int32(day)})
	}
	if at != len(b) {
		return dst, errBlock
	}
	return dst, nil
}

// uvarintAt reads the unsigned varint at b[at:] and returns it and the
// offset after it, or -1 when there is none.
func uvarintAt(b []byte, at int) (uint64, int) {
	if at >= len(b) {
		return 0, -1
	}
	v, k := binary.Uvarint(b[at:])
	if k <= 0 {
		return 0, -1
	}
	return v, at + k
}

// DecodeBlocks appends to dst (whose length must be 0) the postings of a
// term's blocks, sorted by document, growing it at most once.
func DecodeBlocks(dst []Posting, blocks [][]byte) ([]Posting, error) {
	total := 0
	for _, b := range blocks {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)) {
			return dst, errBlock
		}
		total += int(n)
	}
	ps := slices.Grow(dst[:0], total)
	for _, b := range blocks {
		var err error
		if ps, err = DecodeBlock(ps, b); err != nil {
			return ps, err
		}
	}
	SortPostings(ps)
	return ps, nil
}

// SortPostings sorts postings read from several blocks by document; blocks
// written by concurrent batches may interleave.
func SortPostings(ps []Posting) {
	if !slices.IsSortedFunc(ps, comparePostings) {
		slices.SortFunc(ps, comparePostings)
	}
}

func comparePostings(x, y Posting) int { return cmp.Compare(x.Doc, y.Doc) }

// Batch gathers the postings of a batch of documents, term by term, to be
// written as one block per term. The postings of all terms share one slice,
// in the order added, each with its term's number, so that a new term costs
// a map entry and no allocation of its own.
type Batch struct {
	index map[string]int32 // term → its number, its index in terms and counts
	terms []string
	count []int32 // postings per term
	posts []termPosting
	// Docs and Words count the documents added and their length.
	Docs, Words int64
}

// termPosting is a posting and the number of its term.
type termPosting struct {
	Posting
	term int32
}

// Add adds the postings of the document doc, with the term frequencies tf
// (see Terms), length words and publication day. Documents must be added
// in increasing order.
func (b *Batch) Add(doc int64, tf map[string]int, words int, day int32) {
	if b.index == nil {
		b.index = map[string]int32{}
	}
	for t, f := range tf {
		k, ok := b.index[t]
		if !ok {
			k = int32(len(b.terms))
			b.index[t] = k
			b.terms = append(b.terms, t)
			b.count = append(b.count, 0)
		}
		b.count[k]++
		b.posts = append(b.posts, termPosting{Posting{Doc: doc, TF: int32(f), Len: int32(words), Day: day}, k})
	}
	b.Docs++
	b.Words += int64(words)
}

// Grow makes room for terms more distinct terms and postings (the sum of
// the documents' len(tf) bounds both), which saves growing the batch
// term by term.
func (b *Batch) Grow(terms int) {
	if b.index == nil {
		b.index = make(map[string]int32, terms)
	}
	b.terms = slices.Grow(b.terms, terms)
	b.count = slices.Grow(b.count, terms)
	b.posts = slices.Grow(b.posts, terms)
}

// Len returns the number of distinct terms in the batch.
func (b *Batch) Len() int { return len(b.terms) }

// Blocks calls fn with each term of the batch, in sorted order (the order
// in which concurrent writers should write them), its number of postings
// and their encoding. The encodings share one buffer: fn may keep them but
// not append to them.
func (b *Batch) Blocks(fn func(term string, n int, data []byte) error) error {
	order := make([]int32, len(b.terms))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return strings.Compare(b.terms[x], b.terms[y]) })
	// The postings grouped by term in sorted order, each term's in the
	// order added (by document): at[k] is where term k's next goes.
	at := make([]int32, len(b.terms))
	n := int32(0)
	for _, k := range order {
		at[k] = n
		n += b.count[k]
	}
	ps := make([]Posting, len(b.posts))
	for _, p := range b.posts {
		ps[at[p.term]] = p.Posting
		at[p.term]++
	}
	var buf []byte
	from := int32(0)
	for _, k := range order {
		tps := ps[from : from+b.count[k]]
		from += b.count[k]
		if cap(buf)-len(buf) < 64+32*len(tps) {
			buf = make([]byte, 0, max(1<<16, 64+32*len(tps)))
		}
		start := len(buf)
		buf = EncodeBlock(buf, tps)
		if err := fn(b.terms[k], len(tps), buf[start:len(buf):len(buf)]); err != nil {
			return err
		}
	}
	return nil
}

// Edit removes the posting of document doc from ps (sorted by document)
// and puts p in its place when p is not nil, keeping the order.
func Edit(ps []Posting, doc int64, p *Posting) []Posting {
	i, found := slices.BinarySearchFunc(ps, doc, func(x Posting, d int64) int { return cmp.Compare(x.Doc, d) })
	switch {
	case found && p != nil:
		ps[i] = *p
	case found:
		ps = slices.Delete(ps, i, i+1)
	case p != nil:
		ps = slices.Insert(ps, i, *p)
	}
	return ps
}
