package ner

// runScorer scores a sentence for the beam search at run time, with the
// constraints of the word lists: a word that cannot begin a mention
// (sentence.skip) gets O unless a mention is open, and one that cannot
// continue a mention (sentence.outside) neither continues one nor follows
// a mention left open.
type runScorer struct {
	m     *model
	s     *sentence
	n     int
	feats [numStatic]uint32
}

func (r *runScorer) static(i int, out *[numTags]int32) {
	r.s.features(i, &r.feats)
	w := r.m.weights
	touchRows(w, r.feats[:])
	for _, b := range r.feats {
		addRow(out, (*[numTags]int16)(w[int(b)*rowStride:]))
	}
}

func (r *runScorer) dynamic(i, prev, prev2 int, out *[numTags]int32) {
	*out = [numTags]int32{}
	w := r.m.weights
	for _, b := range dynamicFeatures(r.m.bits, prev, prev2, &r.s.info[i], r.s.salt()) {
		addRow(out, (*[numTags]int16)(w[int(b)*rowStride:]))
	}
}

func (r *runScorer) ok(i, prev, tag int) bool {
	if !allowed(prev, tag, i == r.n-1) {
		return false
	}
	if tag == 0 {
		return true
	}
	pos := (tag - 1) % 4
	switch {
	case r.s.skip[i] && (pos == 0 || pos == 3):
		return false
	case r.s.outside[i] && (pos == 1 || pos == 2):
		return false
	case i+1 < r.n && r.s.outside[i+1] && (pos == 0 || pos == 1):
		return false
	}
	return true
}

func (r *runScorer) forcedO(i, prev int) bool {
	return r.s.skip[i] && allowed(prev, 0, false)
}

// decodeBeam tags the sentence with the beam search.
func (m *model) decodeBeam(s *sentence, n int, tags []int, b *beamSearch[int32]) []int {
	tags = grow(tags, n)
	sc := runScorer{m: m, s: s, n: n}
	best, last := b.run(&sc, n, nil)
	b.tags(best.node, last, tags)
	return tags
}
