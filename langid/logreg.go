package langid

import (
	"math"
	"math/rand/v2"
	"slices"
)

// examples are training texts of two classes as lists of feature indices,
// for logistic regression over one hashed table.
type examples struct {
	bits   uint
	feats  []uint32 // the features of every example, one after another
	ends   []int    // example i is feats[ends[i-1]:ends[i]]
	labels []bool   // true: class 0 (Russian, English)
}

// add appends one example: the features of words, or nothing when
// words is empty.
func (x *examples) add(class0 bool, words [][]rune) {
	if len(words) == 0 {
		return
	}
	for _, w := range words {
		x.feats = appendFeatures(x.feats, w, x.bits)
	}
	x.ends = append(x.ends, len(x.feats))
	x.labels = append(x.labels, class0)
}

// addText appends text's words of script sc as one example.
func (x *examples) addText(class0 bool, text string, sc script) {
	x.add(class0, scriptWords(text, sc))
}

// scriptWords returns the scored words of text written in script sc.
func scriptWords(text string, sc script) [][]rune {
	var out [][]rune
	w := wordScanner{s: text}
	for w.next() {
		if word := w.runes(); word != nil && w.script == sc {
			out = append(out, slices.Clone(word))
		}
	}
	return out
}

// fit trains logistic regression by stochastic gradient descent: epochs
// passes in a shuffled order fixed by the seed, the learning rate falling
// linearly, the classes weighted to count equally. It returns the weights
// quantised to int8 and the scale (weight units per nat).
func (x *examples) fit(w []float64, epochs int, rate float64) ([]int8, float64) {
	var n0 int
	for _, l := range x.labels {
		if l {
			n0++
		}
	}
	n1 := len(x.labels) - n0
	weight := [2]float64{float64(len(x.labels)) / (2 * float64(max(n0, 1))), float64(len(x.labels)) / (2 * float64(max(n1, 1)))}
	order := make([]int, len(x.labels))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(20261123, 1))
	steps, total := 0, epochs*len(order)
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			start := 0
			if i > 0 {
				start = x.ends[i-1]
			}
			f := x.feats[start:x.ends[i]]
			z := 0.0
			for _, k := range f {
				z += w[k]
			}
			y, c := 0.0, weight[1]
			if x.labels[i] {
				y, c = 1, weight[0]
			}
			lr := rate * (1 - float64(steps)/float64(total))
			g := lr * c * (y - 1/(1+math.Exp(-z)))
			for _, k := range f {
				w[k] += g
			}
			steps++
		}
	}
	return quantise(w)
}

// quantise maps weights linearly to int8, the largest to ±127.
func quantise(w []float64) ([]int8, float64) {
	var abs []float64
	for _, v := range w {
		if v != 0 {
			abs = append(abs, math.Abs(v))
		}
	}
	top := 1.0
	if len(abs) > 0 {
		slices.Sort(abs)
		top = abs[len(abs)-1]
	}
	scale := 127 / top
	out := make([]int8, len(w))
	for i, v := range w {
		out[i] = int8(max(-127, min(127, math.Round(v*scale))))
	}
	return out, scale
}

// bayes returns the multinomial naive-Bayes weights of the features: the
// smoothed log-ratio of each feature's relative frequency in the two
// classes. A bucket no example reached weighs nothing. Train starts the
// logistic regression from them: the regression then tempers the
// features that always come together (the n-grams of one common word),
// while a letter only one language writes (і, ы) keeps the strong weight
// its counts give it even where the sentences never needed it.
func (x *examples) bayes(alpha float64) []float64 {
	size := 1 << x.bits
	c := [2][]float64{make([]float64, size), make([]float64, size)}
	var n [2]float64
	start := 0
	for i, end := range x.ends {
		k := 1
		if x.labels[i] {
			k = 0
		}
		for _, f := range x.feats[start:end] {
			c[k][f]++
		}
		n[k] += float64(end - start)
		start = end
	}
	w := make([]float64, size)
	for i := range w {
		a, b := c[0][i], c[1][i]
		if a == 0 && b == 0 {
			continue
		}
		w[i] = math.Log((a+alpha)/(n[0]+alpha*float64(size))) - math.Log((b+alpha)/(n[1]+alpha*float64(size)))
	}
	return w
}
