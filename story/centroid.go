package story

import (
	"math"
	"sort"
)

// Bounds that keep the work per article constant.
const (
	queryFeatures = 15  // salient entities and lemmas of an article looked up in the index
	indexFeatures = 10  // salient entities and lemmas of an article a story is indexed under
	maxCandidates = 40  // stories compared in full with an article
	maxPostings   = 256 // a feature of more remembered stories than this is too common to look up
	centroidCap   = 600 // features kept per centroid when it is pruned
)

// centroid is the sum of the unit vectors of a story's articles.
type centroid struct {
	w     map[string]float64
	norm2 float64
	n     int // vectors added
}

func (c *centroid) add(v []weighted) {
	if c.w == nil {
		c.w = map[string]float64{}
	}
	c.n++
	for _, x := range v {
		old := c.w[x.key]
		c.w[x.key] = old + x.w
		c.norm2 += (old+x.w)*(old+x.w) - old*old
	}
	if len(c.w) > 2*centroidCap {
		c.prune()
	}
}

// prune keeps the centroidCap heaviest features.
func (c *centroid) prune() {
	keep := top(c.w, centroidCap)
	c.w = make(map[string]float64, len(keep))
	c.norm2 = 0
	for _, x := range keep {
		c.w[x.key] = x.w
		c.norm2 += x.w * x.w
	}
}

// link is the similarity of a unit vector with the vectors added: their
// dot product divided by |sum|^(1-alpha) * n^alpha, the cosine with the
// centroid at alpha 0 and the mean cosine at 1.
func (c *centroid) link(v []weighted, alpha float64) float64 {
	if c == nil || c.norm2 <= 0 {
		return 0
	}
	var dot float64
	for _, x := range v {
		dot += x.w * c.w[x.key]
	}
	if alpha == 0 {
		return dot / math.Sqrt(c.norm2)
	}
	return dot / (math.Pow(c.norm2, (1-alpha)/2) * math.Pow(float64(c.n), alpha))
}

// salient returns the n heaviest of a sorted vector, heaviest first.
func salient(v []weighted, n int) []weighted {
	out := make([]weighted, len(v))
	copy(out, v)
	sort.Slice(out, func(i, j int) bool {
		if out[i].w != out[j].w {
			return out[i].w > out[j].w
		}
		return out[i].key < out[j].key
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// feature names an entity ('e') or a lemma ('l') in the clusterer's index.
type feature struct {
	kind byte
	key  string
}

// weightedFeature is a salient feature of an article and its weight.
type weightedFeature struct {
	feature
	w float64
}

// salientFeatures returns the n heaviest entities, then the n heaviest
// lemmas, of an article's vectors.
func salientFeatures(ent, lem []weighted, n int) []weightedFeature {
	var out []weightedFeature
	for _, x := range salient(ent, n) {
		out = append(out, weightedFeature{feature{'e', x.key}, x.w})
	}
	for _, x := range salient(lem, n) {
		out = append(out, weightedFeature{feature{'l', x.key}, x.w})
	}
	return out
}

// candidates returns the remembered stories indexed under the article's
// salient features, the maxCandidates with the most shared weight, in the
// order they were started. Features of more than maxPostings stories are
// not looked up: they do not tell stories apart.
func (c *Clusterer) candidates(ent, lem []weighted) []*story {
	score := map[*story]float64{}
	for _, q := range salientFeatures(ent, lem, queryFeatures) {
		p := c.post[q.feature]
		if len(p) > maxPostings {
			continue
		}
		for _, s := range p {
			score[s] += q.w
		}
	}
	out := make([]*story, 0, len(score))
	for s := range score {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if score[out[i]] != score[out[j]] {
			return score[out[i]] > score[out[j]]
		}
		return out[i].born < out[j].born
	})
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	sort.Slice(out, func(i, j int) bool { return out[i].born < out[j].born })
	return out
}

// index files story s under an article's salient features.
func (c *Clusterer) index(s *story, ent, lem []weighted) {
	for _, q := range salientFeatures(ent, lem, indexFeatures) {
		if s.indexed[q.feature] {
			continue
		}
		s.indexed[q.feature] = true
		c.post[q.feature] = append(c.post[q.feature], s)
	}
}

// unindex removes story s from the index.
func (c *Clusterer) unindex(s *story) {
	for f := range s.indexed {
		p := c.post[f]
		for i, x := range p {
			if x == s {
				p = append(p[:i], p[i+1:]...)
				break
			}
		}
		if len(p) == 0 {
			delete(c.post, f)
		} else {
			c.post[f] = p
		}
	}
}
