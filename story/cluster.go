package story

import (
	"math"
	"sort"

	"github.com/litopys/litopys"
)

// Defaults of Options; see the package documentation for how they were
// chosen.
const (
	DefaultThreshold = 0.12
	DefaultDuplicate = 0.7
	DefaultGrace     = 14
	DefaultHorizon   = 120
	// entityShare is the weight of the entity cosine in the similarity of
	// a document to a story that has articles in the document's language;
	// the lemma cosine has the rest. Across languages only entities count.
	entityShare = 0.5
)

// Options tunes a Clusterer. Zero fields take the defaults.
type Options struct {
	// Threshold is the least similarity (0..1) at which an article joins
	// a story rather than starting one.
	Threshold float64
	// Duplicate is the least estimated Jaccard similarity of two
	// articles' word 3-shingles at which the later is a near-duplicate.
	Duplicate float64
	// Grace is how many days outside a story's date range cost nothing;
	// Horizon is the number of days beyond Grace at which the similarity
	// is halved.
	Grace, Horizon float64
}

func (o Options) withDefaults() Options {
	if o.Threshold == 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Duplicate == 0 {
		o.Duplicate = DefaultDuplicate
	}
	if o.Grace == 0 {
		o.Grace = DefaultGrace
	}
	if o.Horizon == 0 {
		o.Horizon = DefaultHorizon
	}
	return o
}

// Member is an article of a story.
type Member struct {
	Doc       string       `json:"doc"`
	Lang      string       `json:"lang,omitempty"`
	Outlet    string       `json:"outlet,omitempty"`
	Published litopys.Date `json:"published"`
	// DupOf is the id of the article this one is a near-duplicate of.
	DupOf string `json:"dup_of,omitempty"`
}

// Story is a group of articles about the same thing, in the order they
// were added. Its ID is derived from its first article's id.
type Story struct {
	ID string `json:"id"`
	// Thread is the id of the thread (topic) the story belongs to: the id
	// of the thread's first story.
	Thread string `json:"thread"`
	// Continues is the id of the earlier story this one continues after it
	// went quiet, if any.
	Continues string   `json:"continues,omitempty"`
	Members   []Member `json:"members"`
}

// Article is an analysed document reduced to what the clusterer compares
// (Extract); adding it (AddArticle) is adding the document.
type Article struct {
	Member
	f features
}

// Extract reduces doc to an Article.
func Extract(doc *litopys.Document) Article {
	return Article{Member{Doc: doc.ID, Lang: doc.Lang, Outlet: doc.Outlet, Published: doc.Published}, stored(extract(doc))}
}

// AddArticle is Add for an extracted document.
func (c *Clusterer) AddArticle(a Article) (storyID string, dup bool) {
	id, dupOf := c.add(a.f, a.Member)
	return id, dupOf != ""
}

// Articles counts the members that are not duplicates.
func (s Story) Articles() int {
	n := 0
	for _, m := range s.Members {
		if m.DupOf == "" {
			n++
		}
	}
	return n
}

// Clusterer groups articles into stories incrementally: each article is
// compared only to the stories that share one of its salient entities or
// lemmas, so adding one costs about the same however many came before.
// It is not safe for concurrent use.
type Clusterer struct {
	opts    Options
	stories []*story
	post    map[feature][]int32 // feature → stories indexed under it
	dfEnt   map[string]int      // entity → articles containing it
	dfLem   map[string]int      // lemma → articles containing it
	n       int                 // articles counted in df
	docs    []added
	buckets map[uint64][]int32 // LSH band key → documents
	seq     int
	byDoc   map[string]int32 // document id → index in docs
	byStory map[string]int32 // story id → index in stories
}

// added is what the clusterer remembers of one added document.
type added struct {
	id    string
	story int32
	orig  int32 // index of the original when a duplicate, else -1
	sig   *signature
}

// New returns an empty Clusterer.
func New(opts Options) *Clusterer {
	return &Clusterer{opts: opts.withDefaults(), post: map[feature][]int32{},
		dfEnt: map[string]int{}, dfLem: map[string]int{}, buckets: map[uint64][]int32{}, byDoc: map[string]int32{}, byStory: map[string]int32{}}
}

// Add assigns doc to a story, starting a new one when no story is similar
// enough, and returns the story's id. dup is true when doc is a
// near-duplicate of an article added before: it joins that article's
// story without changing it.
func (c *Clusterer) Add(doc *litopys.Document) (storyID string, dup bool) {
	return c.AddArticle(Extract(doc))
}

// add decides the story of an article with features f and applies the
// decision; it returns the story's id and, for a near-duplicate, the id of
// the article it repeats.
func (c *Clusterer) add(f features, m Member) (storyID, dupOf string) {
	if orig := c.duplicateOf(f.sig); orig >= 0 {
		o := c.docs[orig]
		m.DupOf = o.id
		id := c.stories[o.story].id
		// apply cannot fail: the original is in c.
		_ = c.apply(f, m, id)
		return id, o.id
	}
	// Score with the vectors as they will be once f is counted in the
	// document frequencies, which apply does.
	ent, lem := c.peekVectors(f)
	best, bestSim := int32(-1), c.opts.Threshold
	for _, s := range c.candidates(ent, lem) {
		if sim := c.similarity(c.stories[s], ent, lem, f); sim >= bestSim {
			if sim > bestSim || best < 0 || s < best {
				best, bestSim = s, sim
			}
		}
	}
	id := c.uniqueID(m.Doc)
	if best >= 0 {
		id = c.stories[best].id
	}
	_ = c.apply(f, m, id)
	return id, ""
}

// Stories returns every story in the order it was started.
func (c *Clusterer) Stories() []Story {
	out := make([]Story, len(c.stories))
	for i, s := range c.stories {
		out[i] = Story{ID: s.id, Thread: s.id, Members: append([]Member(nil), s.members...)}
	}
	return out
}

// duplicateOf returns the original of the most similar earlier document
// whose estimated shingle Jaccard similarity reaches the threshold, or -1.
func (c *Clusterer) duplicateOf(sig *signature) int32 {
	if sig == nil {
		return -1
	}
	best, bestJ := int32(-1), c.opts.Duplicate
	seen := map[int32]bool{}
	for _, key := range sig.bands() {
		for _, d := range c.buckets[key] {
			if seen[d] {
				continue
			}
			seen[d] = true
			if j := sig.jaccard(c.docs[d].sig); j > bestJ || j == bestJ && (best < 0 || d < best) {
				best, bestJ = d, j
			}
		}
	}
	if best >= 0 && c.docs[best].orig >= 0 {
		return c.docs[best].orig
	}
	return best
}

func (c *Clusterer) bucket(d int32, sig *signature) {
	if sig == nil {
		return
	}
	for _, key := range sig.bands() {
		c.buckets[key] = append(c.buckets[key], d)
	}
}

// vectors counts f in the document frequencies and returns its unit
// TF-IDF vectors of entities and lemmas, sorted by key.
func (c *Clusterer) vectors(f features) (ent, lem []weighted) {
	c.n++
	for k := range f.ents {
		c.dfEnt[k]++
	}
	for k := range f.lems {
		c.dfLem[k]++
	}
	return c.weigh(f.ents, c.dfEnt, 0), c.weigh(f.lems, c.dfLem, 0)
}

// peekVectors returns the vectors vectors would, without counting f.
func (c *Clusterer) peekVectors(f features) (ent, lem []weighted) {
	return c.weigh(f.ents, c.dfEnt, 1), c.weigh(f.lems, c.dfLem, 1)
}

// weigh returns the unit TF-IDF vector of v, sorted by key, as if extra
// more documents containing all of v's features had been counted.
func (c *Clusterer) weigh(v map[string]float64, df map[string]int, extra int) []weighted {
	out := make([]weighted, 0, len(v))
	for k, w := range v {
		out = append(out, weighted{k, w})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	var norm float64
	for i := range out {
		out[i].w *= math.Log(1 + float64(c.n+extra)/float64(df[out[i].key]+extra))
		norm += out[i].w * out[i].w
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for i := range out {
			out[i].w /= norm
		}
	}
	return out
}

// similarity is the cosine of the document to the story's centroid:
// entities and lemmas blended when the story has articles in the
// document's language, entities alone otherwise, scaled down by the
// distance in days from the story's date range.
func (c *Clusterer) similarity(s *story, ent, lem []weighted, f features) float64 {
	sim := s.ent.cosine(ent)
	if l, ok := s.lem[f.lang]; ok && len(lem) > 0 {
		sim = entityShare*sim + (1-entityShare)*l.cosine(lem)
	}
	if f.dated && s.dated {
		gap := float64(max(s.first-f.day, f.day-s.last, 0))
		if gap > c.opts.Grace {
			sim /= 1 + (gap-c.opts.Grace)/c.opts.Horizon
		}
	}
	return sim
}
