package morph

import "encoding/binary"

// The part-of-speech classifier is an averaged perceptron (Collins 2002)
// over hashed features of a word and its neighbours. It is written here
// rather than taken from a library because it is a few dozen lines, must
// read its weights in place from the embedded model and score only the
// two or three parts of speech a word can take, without allocating.

// tokFeat is what the classifier reads of a token as a neighbour: a hash
// of its folded form, its candidate parts of speech, dictionary class and
// shape, and its likeliest part of speech before context (top). 16 bytes.
type tokFeat struct {
	w          uint64
	amb        uint32 // the candidate parts of speech, as bits
	sig, shape uint8
	top        UPOS
	inf        uint8 // 1 for a Russian word that ends like an infinitive (ctxModel.featOf)
}

// boundary stands for the tokens before and after a sentence.
var boundary = tokFeat{w: hashString("<s>"), shape: 4, top: UNK}

// features appends the feature hashes of token i of a sentence; s2 and s3
// are hashes of the token's last two and three letters.
func features(dst []uint64, toks []*formInfo, i int, s2, s3 uint64) []uint64 {
	at := func(j int) *tokFeat {
		if j < 0 || j >= len(toks) {
			return &boundary
		}
		return &toks[j].feat
	}
	t, p, n := at(i), at(i-1), at(i+1)
	pp, nn := at(i-2), at(i+2)
	f := func(id, v uint64) uint64 { return mum(v^id*hk3, hk1^id) }
	small := func(a, b, c uint8) uint64 { return uint64(a) | uint64(b)<<8 | uint64(c)<<16 }
	first := uint8(0)
	if i == 0 {
		first = 1
	}
	if n.inf|p.inf != 0 {
		// Before or after an infinitive (Russian: see ctxModel.featOf).
		dst = append(dst, f(25, uint64(t.amb)|uint64(n.inf)<<32|uint64(p.inf)<<33))
	}
	return append(dst,
		f(1, 0),
		f(2, t.w),
		f(4, s2),
		f(5, s3),
		f(6, small(t.sig, t.shape, first)),
		f(7, p.w),
		f(8, n.w),
		f(11, small(uint8(p.top), 0, 0)),
		f(12, small(uint8(n.top), 0, 0)),
		f(14, pp.w),
		f(15, nn.w),
		f(18, uint64(t.amb)),
		f(19, uint64(p.amb)),
		f(20, uint64(n.amb)),
		f(21, uint64(t.amb)|uint64(p.top)<<32),
		f(22, uint64(t.amb)|uint64(n.top)<<32),
		f(23, uint64(t.top)),
		f(24, uint64(t.amb)|uint64(t.top)<<32),
	)
}

// perceptron holds weights for mask+1 hashed features times the parts of
// speech, int16 little-endian, read in place.
type perceptron struct {
	w    []byte
	mask uint64
}

// best returns the candidate with the highest score for the features.
func (p *perceptron) best(feats []uint64, cands []tagCount) UPOS {
	var score [nUPOS]int32
	for _, h := range feats {
		row := p.w[int(h&p.mask)*int(nUPOS)*2:]
		row = row[:2*int(nUPOS)]
		for _, c := range cands {
			if c.tag < nUPOS {
				score[c.tag] += int32(int16(binary.LittleEndian.Uint16(row[2*int(c.tag):])))
			}
		}
	}
	best, bs := UNK, int32(0)
	for _, c := range cands {
		if c.tag >= nUPOS {
			continue
		}
		if s := score[c.tag]; best == UNK || s > bs || s == bs && c.tag < best {
			best, bs = c.tag, s
		}
	}
	return best
}

// trainer is an averaged perceptron being trained.
type trainer struct {
	w, total []float64
	stamp    []int32
	step     int32
	mask     uint64
}

func newTrainer(bits uint) *trainer {
	n := (1 << bits) * int(nUPOS)
	return &trainer{w: make([]float64, n), total: make([]float64, n), stamp: make([]int32, n), mask: 1<<bits - 1}
}

// predictAmong returns the best-scoring part of speech of those in mask.
func (t *trainer) predictAmong(feats []uint64, mask uint32) UPOS {
	var score [nUPOS]float64
	for _, h := range feats {
		i := int(h&t.mask) * int(nUPOS)
		for c := 1; c < int(nUPOS); c++ {
			score[c] += t.w[i+c]
		}
	}
	best := UNK
	for c := UPOS(1); c < nUPOS; c++ {
		if mask&(1<<c) != 0 && (best == UNK || score[c] > score[best]) {
			best = c
		}
	}
	return best
}

// update moves the weights towards gold and away from guess.
func (t *trainer) update(feats []uint64, gold, guess UPOS) {
	t.step++
	if gold == guess {
		return
	}
	for _, h := range feats {
		i := int(h&t.mask) * int(nUPOS)
		t.add(i+int(gold), 1)
		t.add(i+int(guess), -1)
	}
}

func (t *trainer) add(i int, v float64) {
	t.total[i] += float64(t.step-t.stamp[i]) * t.w[i]
	t.stamp[i] = t.step
	t.w[i] += v
}

// averaged returns the averaged weights.
func (t *trainer) averaged() []float64 {
	avg := make([]float64, len(t.w))
	for i := range t.w {
		tot := t.total[i] + float64(t.step-t.stamp[i])*t.w[i]
		avg[i] = tot / float64(t.step)
	}
	return avg
}

// scaleInt16 scales weights to int16.
func scaleInt16(avg []float64) []int16 {
	maxAbs := 0.0
	for _, v := range avg {
		if a := abs(v); a > maxAbs {
			maxAbs = a
		}
	}
	w := make([]int16, len(avg))
	if maxAbs == 0 {
		return w
	}
	scale := 32000 / maxAbs
	for i, v := range avg {
		w[i] = int16(roundHalfAway(v * scale))
	}
	return w
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func roundHalfAway(v float64) float64 {
	if v < 0 {
		return -roundHalfAway(-v)
	}
	return float64(int64(v + 0.5))
}
