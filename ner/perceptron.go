package ner

import (
	"iter"
	"math"
	"math/rand/v2"
)

// perceptron trains an averaged perceptron with greedy decoding over the
// sentences and returns its weights quantised to int16.
func perceptron(sents []trainSent, bits, epochs int, seed uint64) []int16 {
	a := newAveraged(bits)
	w := a.w
	var scores [numTags]float32
	update := func(b uint32, gold, pred int) {
		i := int(b) * numTags
		a.add(i+gold, 1)
		a.add(i+pred, -1)
	}
	for si := range shuffled(len(sents), epochs, seed) {
		s := &sents[si]
		prev, prev2 := 0, 0
		for i, g := range s.gold {
			scores = [numTags]float32{}
			static := s.feats[i*numStatic : (i+1)*numStatic]
			dyn := dynamicFeatures(uint8(bits), prev, prev2, &s.info[i], s.salt)
			for _, b := range static {
				row := w[int(b)*numTags : int(b)*numTags+numTags]
				for t, v := range row {
					scores[t] += v
				}
			}
			for _, b := range dyn {
				row := w[int(b)*numTags : int(b)*numTags+numTags]
				for t, v := range row {
					scores[t] += v
				}
			}
			pred := 0
			for t, v := range scores {
				if v > scores[pred] {
					pred = t
				}
			}
			if gold := int(g); pred != gold {
				for _, b := range static {
					update(b, gold, pred)
				}
				for _, b := range dyn {
					update(b, gold, pred)
				}
			}
			a.c++
			prev2, prev = prev, pred
		}
	}
	return a.quantized()
}

// averaged holds a perceptron's weights and what averaging them needs:
// u is Σ c·Δ over the updates, c the count of steps so far.
type averaged struct {
	w []float32
	u []float64
	c float64
}

func newAveraged(bits int) *averaged {
	n := (1 << bits) * numTags
	return &averaged{w: make([]float32, n), u: make([]float64, n), c: 1}
}

// add moves weight i by d at the current step.
func (a *averaged) add(i int, d float32) {
	a.w[i] += d
	a.u[i] += a.c * float64(d)
}

// quantized returns the averaged weights quantised to int16.
func (a *averaged) quantized() []int16 {
	avg := make([]float32, len(a.w))
	var maxAbs float64
	for i := range a.w {
		v := float64(a.w[i]) - a.u[i]/a.c
		avg[i] = float32(v)
		maxAbs = max(maxAbs, math.Abs(v))
	}
	return quantize(avg, maxAbs)
}

// shuffled yields the indexes 0…n-1 epochs times, each epoch in the order
// of a shuffle seeded by seed (the same orders for every trainer).
func shuffled(n, epochs int, seed uint64) iter.Seq[int] {
	return func(yield func(int) bool) {
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(seed, 7))
		for range epochs {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, i := range order {
				if !yield(i) {
					return
				}
			}
		}
	}
}

// quantize scales weights to int16 so that the largest maps to 32767.
func quantize(w []float32, maxAbs float64) []int16 {
	out := make([]int16, len(w))
	if maxAbs == 0 {
		return out
	}
	scale := 32767 / maxAbs
	for i, v := range w {
		out[i] = int16(math.Round(float64(v) * scale))
	}
	return out
}
