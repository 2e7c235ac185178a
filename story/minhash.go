package story

import (
	"math"
	"slices"

	"github.com/litopys/litopys"
)

// Near-duplicate detection: a MinHash signature over word 3-shingles of the
// lemmas, bucketed by locality-sensitive hashing (sigBands bands of
// sigRows rows), so only documents sharing a band are compared.
const (
	shingleLen  = 3
	sigBands    = 16
	sigRows     = 4
	sigLen      = sigBands * sigRows
	minShingles = 8 // shorter texts are never called duplicates
)

// The FNV-1a 64-bit parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// signature is the MinHash signature of a document's shingle set.
type signature [sigLen]uint64

// shingles hashes every run of shingleLen consecutive word or number
// tokens, by lemma (the lower-cased text when there is none), in text
// order; a shingle the text repeats is there as often (the signature's
// minima do not change, and minhash counts the distinct ones).
func shingles(toks []litopys.Token) []uint64 {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Kind == litopys.TokenPunct {
			continue
		}
		w := t.Lemma
		if w == "" {
			w = t.Text
		}
		words = append(words, w)
	}
	if len(words) < shingleLen {
		return nil
	}
	out := make([]uint64, 0, len(words)-shingleLen+1)
	for i := 0; i+shingleLen <= len(words); i++ {
		// FNV-1a of the words, each followed by a zero byte (as
		// hash/fnv's New64a computes it, without its allocations).
		s := uint64(fnvOffset)
		for _, w := range words[i : i+shingleLen] {
			for j := 0; j < len(w); j++ {
				s = (s ^ uint64(w[j])) * fnvPrime
			}
			s *= fnvPrime // the zero byte
		}
		out = append(out, s)
	}
	return out
}

// enoughShingles reports whether sh holds minShingles distinct values or
// more; it stops as soon as it has seen that many, which in news text are
// most often the first ones.
func enoughShingles(sh []uint64) bool {
	if len(sh) < minShingles {
		return false
	}
	var buf [minShingles]uint64
	seen := buf[:0]
	for _, s := range sh {
		if !slices.Contains(seen, s) {
			if seen = append(seen, s); len(seen) == minShingles {
				return true
			}
		}
	}
	return false
}

// minhash returns the signature of a shingle set, nil when the set is too
// small to judge (fewer than minShingles distinct shingles).
func minhash(sh []uint64) *signature {
	if !enoughShingles(sh) {
		return nil
	}
	var sig signature
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, s := range sh {
		for i := range sig {
			if h := mix(s ^ seeds(i)); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return &sig
}

// seeds returns the i-th hash seed: a fixed odd-constant sequence.
func seeds(i int) uint64 { return uint64(i+1) * 0x9e3779b97f4a7c15 }

// mix is the splitmix64 finaliser: a fast, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// jaccard estimates the Jaccard similarity of two shingle sets from their
// signatures.
func (s *signature) jaccard(o *signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / sigLen
}

// bands returns the LSH bucket key of each band.
func (s *signature) bands() [sigBands]uint64 {
	var out [sigBands]uint64
	for b := range out {
		h := uint64(b) + 1
		for _, v := range s[b*sigRows : (b+1)*sigRows] {
			h = mix(h ^ v)
		}
		out[b] = h
	}
	return out
}
