package story

import (
	"math"
	"sort"
)

// record is an article as the story log keeps it: its day, its MinHash
// signature, and its entity and lemma vectors weighted as they were when
// its story was decided. Applying records (apply) rebuilds the clusterer's
// state exactly, whichever process applies them.
type record struct {
	lang  string
	day   int // the publication day, or the latest day seen when undated
	dated bool
	sig   *signature
	ent   []weighted // unit vectors, sorted by key; nil for a duplicate
	lem   []weighted
}

// decision is where an article goes.
type decision struct {
	member Member
	story  string
	// thread is the story's thread; continues is set when the article
	// starts a story that continues another.
	thread, continues string
	dupOf             string
}

// decide places an article with features f: with the original when it
// nearly duplicates one; else in the most similar story it may join (above
// the threshold, not quiet, its span kept); else in a new story, which
// continues the most similar story above the threshold, if any, and joins
// the thread of the most similar story above the thread threshold.
func (c *Clusterer) decide(f features, m Member) (record, decision) {
	r := record{lang: f.lang, day: f.day, dated: f.dated, sig: f.sig}
	if !f.dated {
		r.day = c.now
	}
	d := decision{member: m}
	if orig := c.duplicateOf(f.sig, r.day); orig != nil {
		d.story, d.thread, d.dupOf = orig.story.id, orig.story.thread, orig.id
		d.member.DupOf = orig.id
		return r, d
	}
	r.ent, r.lem = c.weigh(f.ents, c.dfEnt), c.weigh(f.lems, c.dfLem)
	var join, near, kin *story
	var joinSim, nearSim, kinSim float64
	for _, s := range c.candidates(r.ent, r.lem) {
		sim := c.similarity(s, r)
		if sim >= c.joinAt(s, r) {
			if c.open(s, r.day, sim) && (join == nil || sim > joinSim) {
				join, joinSim = s, sim
			}
			if r.day-s.last <= c.opts.Keep && (near == nil || sim > nearSim) {
				near, nearSim = s, sim
			}
		}
		if sim >= c.opts.Thread && r.day-s.last <= c.opts.Keep && (kin == nil || sim > kinSim) {
			kin, kinSim = s, sim
		}
	}
	switch {
	case join != nil:
		d.story, d.thread = join.id, join.thread
	case near != nil:
		d.story, d.continues, d.thread = c.uniqueID(m.Doc), near.id, near.thread
	default:
		d.story = c.uniqueID(m.Doc)
		d.thread = d.story
		if kin != nil {
			d.thread = kin.thread
		}
	}
	return r, d
}

// joinAt is the least similarity at which story s takes article r:
// Threshold, raised for a story of more than GrowFrom articles (Growth)
// and for a day after the story's last (Later); an undated article, whose
// day is not known, counts as Quiet days later.
func (c *Clusterer) joinAt(s *story, r record) float64 {
	n := float64(max(s.ent.n, 1)) / float64(c.opts.GrowFrom)
	gap := min(max(r.day-s.last, 0), c.opts.Quiet)
	if !r.dated {
		gap = c.opts.Quiet
	}
	return c.opts.Threshold * (1 + c.opts.Growth*math.Log(max(n, 1))) * (1 + c.opts.Later*float64(gap))
}

// open reports whether story s may take an article of the given day and
// similarity: the story is not quiet and the article keeps its span
// within Span days — or, for an article of similarity Rejoin or more (the
// same development beyond doubt), within Keep days.
func (c *Clusterer) open(s *story, day int, sim float64) bool {
	span := max(s.last, day) - min(s.first, day)
	if sim >= c.opts.Rejoin {
		return span <= c.opts.Keep
	}
	return day-s.last <= c.opts.Quiet && span <= c.opts.Span
}

// duplicateOf returns the original of the most similar remembered
// document whose estimated shingle Jaccard similarity reaches the
// threshold and whose story may take an article of the given day, or nil.
func (c *Clusterer) duplicateOf(sig *signature, day int) *docState {
	if sig == nil {
		return nil
	}
	var best *docState
	bestJ := c.opts.Duplicate
	seen := map[*docState]bool{}
	for _, key := range sig.bands() {
		for _, d := range c.buckets[key] {
			if seen[d] {
				continue
			}
			seen[d] = true
			if !c.open(d.story, day, 1) {
				continue
			}
			if j := sig.jaccard(d.sig); j > bestJ || j == bestJ && (best == nil || d.at < best.at) {
				best, bestJ = d, j
			}
		}
	}
	if best != nil && best.orig != nil {
		return best.orig
	}
	return best
}

// weigh returns the unit TF-IDF vector of v, sorted by key, with the
// document frequencies as they will be once the article is counted;
// weights are rounded to float32, as the story log stores them.
func (c *Clusterer) weigh(v map[string]float64, df map[string]int) []weighted {
	out := make([]weighted, 0, len(v))
	for k, w := range v {
		out = append(out, weighted{k, w})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	var norm float64
	for i := range out {
		out[i].w *= math.Log(1 + float64(c.n+1)/float64(df[out[i].key]+1))
		norm += out[i].w * out[i].w
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for i := range out {
			out[i].w = float64(float32(out[i].w / norm))
		}
	}
	return out
}

// similarity of an article to a story: the link of their entity vectors,
// blended with that of the lemma vectors when the story has articles in
// the article's language (languages meet only through entity ids).
func (c *Clusterer) similarity(s *story, r record) float64 {
	sim := s.ent.link(r.ent, c.opts.Link)
	if l, ok := s.lem[r.lang]; ok && len(r.lem) > 0 {
		sim = c.opts.EntityShare*sim + (1-c.opts.EntityShare)*l.link(r.lem, c.opts.Link)
	}
	return sim
}
