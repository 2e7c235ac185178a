package search

import (
	"hash/maphash"
	"sync"
)

// Every batch of documents writes one block per term, so a term's blocks
// multiply with the batches: a store filled by workers committing a few
// documents at a time would have, at a million documents, hundreds of
// thousands of one-posting blocks for a common word, and a query would
// read them all. Writers therefore merge a term's blocks now and then, the
// way log-structured stores merge their runs: at least mergeFanIn
// consecutive blocks (in key order) become one when none of them holds
// more than half of their postings. The rule keeps a large block from
// being rewritten to absorb a few small ones: a posting is rewritten only
// into a block at least twice the size of the one it was in. Blocks of
// mergeMax postings or more are left alone, and a merge makes no block of
// more than 2·mergeMax: a block is read whole when a document in it is
// reanalysed, so it must stay small (≈ 50 KB), and a term of a million
// postings in 100–250 blocks is still one short range scan.
//
// Blocks are merged only with their neighbours in key order so that a
// writer that keeps its batches' documents in increasing, disjoint ranges
// (SQLite) keeps its blocks' ranges disjoint too.
const (
	mergeFanIn = 8
	mergeMax   = 4096
)

// BlockRef is a stored block: its key and its number of postings.
type BlockRef struct {
	Key int64
	N   int
}

// Run is a range of consecutive blocks, by index into a term's blocks in
// key order, to merge into one.
type Run struct{ First, Last int }

// PlanMerges returns the runs of refs (one term's blocks, in key order) to
// merge, in order; none when the term's blocks are few enough.
func PlanMerges(refs []BlockRef) []Run {
	var runs []Run
	for i := 0; i < len(refs); {
		j := i
		for j < len(refs) && refs[j].N < mergeMax {
			j++
		}
		runs = balanced(runs, refs, i, j)
		i = j + 1
	}
	return runs
}

// balanced appends to runs the runs to merge among refs[first:end]: the
// whole range when it has enough blocks and none holds more than half of
// the postings, else those of the ranges on either side of its largest
// block.
func balanced(runs []Run, refs []BlockRef, first, end int) []Run {
	if end-first < mergeFanIn {
		return runs
	}
	total, big := 0, first
	for k := first; k < end; k++ {
		total += refs[k].N
		if refs[k].N > refs[big].N {
			big = k
		}
	}
	if 2*refs[big].N <= total {
		// Cut the range into merges of at most 2·mergeMax postings; a
		// block left alone in its cut is not rewritten.
		for _, r := range Chunks(refs[first:end]) {
			if r.Last > r.First {
				runs = append(runs, Run{first + r.First, first + r.Last})
			}
		}
		return runs
	}
	runs = balanced(runs, refs, first, big)
	return balanced(runs, refs, big+1, end)
}

// Chunks cuts refs (one term's blocks, in key order) into runs of
// consecutive blocks of at most 2·mergeMax postings together (a larger
// block is a run of its own): how PlanMerges cuts a run it merges, and
// how SQLite's writer combines the staged blocks it moves (it rewrites
// them all anyway).
func Chunks(refs []BlockRef) []Run {
	var runs []Run
	start, sum := 0, 0
	for k, r := range refs {
		if k > start && sum+r.N > 2*mergeMax {
			runs = append(runs, Run{start, k - 1})
			start, sum = k, 0
		}
		sum += r.N
	}
	if len(refs) > 0 {
		runs = append(runs, Run{start, len(refs) - 1})
	}
	return runs
}

// MergeBlocks returns the encoding of the postings of the encoded blocks,
// in document order, their number, and the smallest key to store them
// under (the smallest of keys, each at most its block's first document).
func MergeBlocks(keys []int64, blocks [][]byte) (key int64, n int, data []byte, err error) {
	ps, err := DecodeBlocks(nil, blocks)
	if err != nil {
		return 0, 0, nil, err
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Doc == ps[i-1].Doc {
			return 0, 0, nil, errBlock // a document twice: blocks overlap
		}
	}
	key = keys[0]
	for _, k := range keys {
		key = min(key, k)
	}
	return key, len(ps), EncodeBlock(nil, ps), nil
}

// MergeClock tells a writer when to look at a term's blocks: every
// mergeFanIn-th block written for it (counted per process, in slots by
// hash, so that memory stays fixed however large the vocabulary; a term
// that shares a slot is only looked at sooner or later). It is safe for
// concurrent use.
type MergeClock struct {
	mu    sync.Mutex
	seed  maphash.Seed
	slots []uint8
}

// mergeSlots is the number of counters of a MergeClock.
const mergeSlots = 1 << 20

// NewMergeClock returns a clock with every count at zero.
func NewMergeClock() *MergeClock {
	return &MergeClock{seed: maphash.MakeSeed(), slots: make([]uint8, mergeSlots)}
}

// Due counts a block written for each of terms and returns those whose
// blocks are due a look, in the order given.
func (c *MergeClock) Due(terms []string) []string {
	var due []string
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, t := range terms {
		i := maphash.String(c.seed, t) % mergeSlots
		c.slots[i]++
		if c.slots[i] >= mergeFanIn {
			c.slots[i] = 0
			due = append(due, t)
		}
	}
	return due
}
