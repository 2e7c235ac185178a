package langid

// Features of a word are hashed into a table of 1<<bits weights: the whole
// word, and every character n-gram of length 1 to 4 of the word padded with
// a boundary mark on each side (so "кім" gives "к", "і", "м", "⟨к", "кі",
// "ім", "м⟩", "⟨кі", …, "⟨кім⟩" is the 5-gram that the word feature covers).
// Unigrams of the boundary mark carry nothing and are skipped.

// maxFeatures bounds the features of one word: 1 word feature plus at most
// maxWord unigrams, maxWord+1 bigrams, maxWord trigrams and maxWord-1
// 4-grams.
const maxFeatures = 1 + 4*maxWord + 1

// boundary pads a word on both sides; it is never part of a word.
const boundary = ' '

// Seeds keep the feature kinds apart in the shared table.
const (
	seedWord = 0x5bd1e9955bd1e995
	seed1    = 0x27d4eb2f165667c5
	seed2    = 0x94d049bb133111eb
	seed3    = 0xbf58476d1ce4e5b9
	seed4    = 0xc2b2ae3d27d4eb4f
)

// mix is Fibonacci hashing: the top bits of the product depend on every
// bit of x, so they make a good table index for one multiplication.
func mix(x uint64) uint64 {
	return x * 0x9e3779b97f4a7c15
}

// appendFeatures appends the table indices of word's features to dst.
// bits is the table size in bits (1..32).
func appendFeatures(dst []uint32, word []rune, bits uint) []uint32 {
	shift := 64 - bits
	wh := uint64(seedWord)
	var p1, p2, p3 uint64 = boundary, 0, 0 // the previous three runes of the padded word
	for i := 0; i <= len(word); i++ {
		c := uint64(boundary)
		if i < len(word) {
			c = uint64(word[i])
			wh = (wh ^ c) * 0x100000001b3
			dst = append(dst, uint32(mix(c^seed1)>>shift))
		}
		k2 := p1<<21 | c
		dst = append(dst, uint32(mix(k2^seed2)>>shift))
		if i >= 1 {
			k3 := p2<<42 | k2
			dst = append(dst, uint32(mix(k3^seed3)>>shift))
			if i >= 2 {
				dst = append(dst, uint32(mix((k3*0xff51afd7ed558ccd)^p3^seed4)>>shift))
			}
		}
		p3, p2, p1 = p2, p1, c
	}
	return append(dst, uint32(mix(wh^uint64(len(word)))>>shift))
}
