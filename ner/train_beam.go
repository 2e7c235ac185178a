package ner

// trainScorer scores a training sentence with the weights being learnt.
// Training knows no word lists yet, so only BILOU constrains the tags.
type trainScorer struct {
	w    []float32
	s    *trainSent
	bits uint8
}

func (t *trainScorer) static(i int, out *[numTags]float32) {
	for _, b := range t.s.feats[i*numStatic : (i+1)*numStatic] {
		addRowF(out, t.w[int(b)*numTags:int(b)*numTags+numTags])
	}
}

func (t *trainScorer) dynamic(i, prev, prev2 int, out *[numTags]float32) {
	*out = [numTags]float32{}
	for _, b := range dynamicFeatures(t.bits, prev, prev2, &t.s.info[i], t.s.salt) {
		addRowF(out, t.w[int(b)*numTags:int(b)*numTags+numTags])
	}
}

func (t *trainScorer) ok(i, prev, tag int) bool { return allowed(prev, tag, i == len(t.s.gold)-1) }

func (t *trainScorer) forcedO(int, int) bool { return false }

func addRowF(scores *[numTags]float32, row []float32) {
	for t, v := range row[:numTags] {
		scores[t] += v
	}
}

// perceptronBeam trains an averaged structured perceptron with the beam
// search and early update (Collins and Roark 2004): when the gold sequence
// falls out of the beam, the weights move towards the gold prefix and away
// from the best one kept. It returns the weights quantised to int16.
func perceptronBeam(sents []trainSent, bits, epochs int, seed uint64) []int16 {
	a := newAveraged(bits)
	w := a.w
	var search beamSearch[float32]
	var pred []int
	update := func(b uint32, tag int, d float32) { a.add(int(b)*numTags+tag, d) }
	for si := range shuffled(len(sents), epochs, seed) {
		s := &sents[si]
		n := len(s.gold)
		if n == 0 {
			continue
		}
		sc := trainScorer{w: w, s: s, bits: uint8(bits)}
		best, last := search.run(&sc, n, s.gold)
		if !best.gold {
			pred = grow(pred, n)
			search.tags(best.node, last, pred)
			gp, gp2, pp, pp2 := 0, 0, 0, 0
			for i := 0; i <= last; i++ {
				g, p := int(s.gold[i]), pred[i]
				if g != p || gp != pp || gp2 != pp2 {
					if g != p {
						for _, b := range s.feats[i*numStatic : (i+1)*numStatic] {
							update(b, g, 1)
							update(b, p, -1)
						}
					}
					for _, b := range dynamicFeatures(uint8(bits), gp, gp2, &s.info[i], s.salt) {
						update(b, g, 1)
					}
					for _, b := range dynamicFeatures(uint8(bits), pp, pp2, &s.info[i], s.salt) {
						update(b, p, -1)
					}
				}
				gp2, gp, pp2, pp = gp, g, pp, p
			}
		}
		a.c++
	}
	return a.quantized()
}
