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
	maxPostings   = 128 // stories kept per feature; the least recently updated go first
	centroidCap   = 600 // features kept per centroid when it is pruned
)

// centroid is the sum of the unit vectors of a story's articles.
type centroid struct {
	w     map[string]float64
	norm2 float64
}

func (c *centroid) add(v []weighted) {
	if c.w == nil {
		c.w = map[string]float64{}
	}
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

// cosine of a unit vector with the centroid.
func (c *centroid) cosine(v []weighted) float64 {
	if c == nil || c.norm2 <= 0 {
		return 0
	}
	var dot float64
	for _, x := range v {
		dot += x.w * c.w[x.key]
	}
	return dot / math.Sqrt(c.norm2)
}

// story is the clusterer's state of one story.
type story struct {
	id          string
	members     []Member
	ent         *centroid
	lem         map[string]*centroid // per language
	first, last int                  // publication days
	dated       bool
	seq         int // when it last took an article
	indexed     map[feature]bool
}

// feature names an entity ('e') or a lemma ('l') in the clusterer's index.
type feature struct {
	kind byte
	key  string
}

func newStory(id string) *story {
	return &story{id: id, ent: &centroid{}, lem: map[string]*centroid{}, indexed: map[feature]bool{}}
}

// add folds an article's vectors and date into the story.
func (s *story) add(ent, lem []weighted, f features, seq int) {
	s.ent.add(ent)
	if len(lem) > 0 {
		l := s.lem[f.lang]
		if l == nil {
			l = &centroid{}
			s.lem[f.lang] = l
		}
		l.add(lem)
	}
	if f.dated {
		if !s.dated {
			s.first, s.last, s.dated = f.day, f.day, true
		}
		s.first, s.last = min(s.first, f.day), max(s.last, f.day)
	}
	s.seq = seq
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

// candidates returns the stories indexed under the article's salient
// features, the maxCandidates with the most shared weight, in story order.
func (c *Clusterer) candidates(ent, lem []weighted) []int32 {
	score := map[int32]float64{}
	for _, q := range salientFeatures(ent, lem, queryFeatures) {
		for _, s := range c.post[q.feature] {
			score[s] += q.w
		}
	}
	out := make([]int32, 0, len(score))
	for s := range score {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if score[out[i]] != score[out[j]] {
			return score[out[i]] > score[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// index files story s under the article's salient features, evicting the
// least recently updated stories from a posting list that grows too long.
func (c *Clusterer) index(s int32, ent, lem []weighted) {
	st := c.stories[s]
	for _, q := range salientFeatures(ent, lem, indexFeatures) {
		if st.indexed[q.feature] {
			continue
		}
		st.indexed[q.feature] = true
		p := append(c.post[q.feature], s)
		if len(p) > maxPostings {
			sort.SliceStable(p, func(i, j int) bool { return c.stories[p[i]].seq > c.stories[p[j]].seq })
			for _, old := range p[maxPostings/2:] {
				delete(c.stories[old].indexed, q.feature)
			}
			p = append([]int32(nil), p[:maxPostings/2]...)
		}
		c.post[q.feature] = p
	}
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
