package ner

// Beam search over BILOU tag sequences: the model class of a structured
// perceptron. Greedy left-to-right tagging commits to each tag before it
// sees the next word's evidence; a beam keeps the best few partial
// sequences, so a mention opened on weak evidence can be dropped when the
// words after it do not bear it out. The same search trains the model
// (train_beam.go), so that the weights are learnt for the decoder that uses
// them.

// beamWidth is how many partial tag sequences the search keeps.
const beamWidth = 4

// number is the type of the weights summed: int32 at run time (int16
// weights), float32 in training.
type number interface{ ~int32 | ~float32 }

// beamNode is one tag of a partial sequence, linked to its predecessor.
type beamNode struct {
	tag    uint8
	parent int32 // index into the node list, -1 at the sentence start
}

// beamState is a partial sequence the search keeps: its score, its last two
// tags (what the next tag's features depend on) and its last node.
type beamState[S number] struct {
	score       S
	prev, prev2 int
	node        int32
	gold        bool // the sequence so far is the gold one (training)
}

// beamScorer gives the search its scores: static(i) the scores of each tag
// of token i from the features that do not involve tags, dynamic those of
// the previous two tags; ok(i, prev, tag) whether tag may follow prev at i.
type beamScorer[S number] interface {
	static(i int, out *[numTags]S)
	dynamic(i, prev, prev2 int, out *[numTags]S)
	ok(i, prev, tag int) bool
	// forcedO reports whether O is the only tag allowed after prev at i
	// (then no score need be computed).
	forcedO(i, prev int) bool
}

// beamSearch is the working memory of the search, reused across sentences.
type beamSearch[S number] struct {
	nodes       []beamNode
	beam, cands []beamState[S]
	seen        [numTags * numTags]int32 // state (prev, prev2) → 1 + index into cands
}

// run searches the best tag sequence of n tokens with sc. gold, when not
// nil, stops the search at the first token after which no kept sequence is
// the gold one (early update). It returns the best state of the last token
// searched and that token's index.
func (b *beamSearch[S]) run(sc beamScorer[S], n int, gold []uint8) (beamState[S], int) {
	b.nodes = b.nodes[:0]
	b.beam = append(b.beam[:0], beamState[S]{node: -1, gold: true})
	var static, dyn [numTags]S
	for i := range n {
		// A word that cannot begin a mention, after the best sequence
		// closed its last one, ends the sequences that keep a mention
		// open too: few names go on over such a word, and scoring it for
		// them would cost as much as all the other words (at run time
		// most words are such words).
		forced := sc.forcedO(i, b.beam[0].prev)
		if forced {
			kept := b.beam[:0]
			for _, h := range b.beam {
				if sc.forcedO(i, h.prev) {
					kept = append(kept, h)
				}
			}
			b.beam = kept
		}
		static = [numTags]S{}
		if !forced {
			sc.static(i, &static)
		}
		b.cands = b.cands[:0]
		clear(b.seen[:])
		for _, h := range b.beam {
			if forced {
				dyn = [numTags]S{}
			} else {
				sc.dynamic(i, h.prev, h.prev2, &dyn)
			}
			for t := range numTags {
				if forced && t != 0 || !sc.ok(i, h.prev, t) {
					continue
				}
				c := beamState[S]{score: h.score + static[t] + dyn[t], prev: t, prev2: h.prev, node: h.node,
					gold: h.gold && gold != nil && int(gold[i]) == t}
				// Sequences ending in the same two tags have the same
				// future: keep the better one only.
				k := t*numTags + h.prev
				if j := b.seen[k]; j > 0 {
					if better(c, b.cands[j-1]) {
						b.cands[j-1] = c
					}
					continue
				}
				b.cands = append(b.cands, c)
				b.seen[k] = int32(len(b.cands))
			}
		}
		if len(b.cands) == 0 {
			// No tag allowed after any kept sequence (constraints that
			// contradict each other): close the best one with O.
			h := b.beam[0]
			b.cands = append(b.cands, beamState[S]{score: h.score, prev: 0, prev2: h.prev, node: h.node})
		}
		// The best beamWidth candidates, in order (a partial selection
		// sort: a few passes over a few dozen candidates).
		k := min(beamWidth, len(b.cands))
		for j := range k {
			m := j
			for l := j + 1; l < len(b.cands); l++ {
				if better(b.cands[l], b.cands[m]) {
					m = l
				}
			}
			b.cands[j], b.cands[m] = b.cands[m], b.cands[j]
		}
		b.beam = append(b.beam[:0], b.cands[:k]...)
		inBeam := false
		for k := range b.beam {
			b.nodes = append(b.nodes, beamNode{tag: uint8(b.beam[k].prev), parent: b.beam[k].node})
			b.beam[k].node = int32(len(b.nodes) - 1)
			inBeam = inBeam || b.beam[k].gold
		}
		if gold != nil && !inBeam {
			return b.beam[0], i
		}
	}
	return b.beam[0], n - 1
}

// better orders states by score, ties by tags (a deterministic order).
func better[S number](x, y beamState[S]) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if x.prev != y.prev {
		return x.prev < y.prev
	}
	return x.prev2 < y.prev2
}

// tags writes the tags of the sequence ending in node into out[:i+1].
func (b *beamSearch[S]) tags(node int32, i int, out []int) {
	for ; node >= 0 && i >= 0; i-- {
		out[i] = int(b.nodes[node].tag)
		node = b.nodes[node].parent
	}
}
