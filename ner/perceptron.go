package ner

import (
	"math"
	"math/rand/v2"
)

// perceptron trains an averaged perceptron with greedy decoding over the
// sentences and returns its weights quantised to int16.
func perceptron(sents []trainSent, bits, epochs int, seed uint64) []int16 {
	nb := 1 << bits
	w := make([]float32, nb*numTags)
	u := make([]float64, nb*numTags) // Σ c·Δ for averaging
	c := 1.0
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	var scores [numTags]float32
	update := func(b uint32, gold, pred int) {
		i := int(b) * numTags
		w[i+gold]++
		w[i+pred]--
		u[i+gold] += c
		u[i+pred] -= c
	}
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
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
				c++
				prev2, prev = prev, pred
			}
		}
	}
	avg := make([]float32, len(w))
	var maxAbs float64
	for i := range w {
		a := float64(w[i]) - u[i]/c
		avg[i] = float32(a)
		maxAbs = max(maxAbs, math.Abs(a))
	}
	return quantize(avg, maxAbs)
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
