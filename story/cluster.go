package story

import (
	"strconv"

	"github.com/litopys/litopys"
)

// Defaults of Options; see the package documentation for how they were
// chosen.
const (
	DefaultThreshold   = 0.30
	DefaultGrowth      = 0.2
	DefaultGrowFrom    = 4
	DefaultLater       = 0.2
	DefaultThread      = 0.12
	DefaultDuplicate   = 0.7
	DefaultEntityShare = 0.3
	DefaultQuiet       = 3
	DefaultSpan        = 7
	DefaultKeep        = 60
	DefaultRejoin      = 0.5
)

// Options tunes a Clusterer. Zero fields take the defaults.
type Options struct {
	// Threshold is the least similarity (0..1) at which an article joins
	// a story rather than starting one.
	Threshold float64
	// Growth raises the threshold with the size of the story, so that a
	// large story does not absorb everything near it: an article joins a
	// story of n articles, n more than GrowFrom, at
	// Threshold*(1+Growth*ln(n/GrowFrom)). Negative Growth turns it off;
	// GrowFrom 1 makes it grow from the second article.
	Growth   float64
	GrowFrom int
	// Later raises the threshold for an article of a later day than the
	// story's last: by the factor 1+Later*g for a gap of g days (at most
	// Quiet). Reports of one development come close together; a later
	// day's report resembling a story is often the next edition of a
	// daily series (losses, exchange rates, a forecast). Negative turns it
	// off.
	Later float64
	// Link says how an article is compared with a story's articles: 0 is
	// the cosine with their centroid, 1 the mean of the cosines with each
	// (average link), which a broad story does not inflate.
	Link float64
	// EntityShare is the weight of the entity similarity beside the lemma
	// similarity when the story has articles in the article's language.
	EntityShare float64
	// Thread is the least similarity at which a new story joins the thread
	// of a story it resembles.
	Thread float64
	// Duplicate is the least estimated Jaccard similarity of two
	// articles' word 3-shingles at which the later is a near-duplicate.
	Duplicate float64
	// Quiet is the number of days without an article after which a story
	// is quiet: a later article on it starts a story that continues it.
	// Span is the most days from a story's first article to its last.
	Quiet, Span int
	// Keep is the number of days after its last article that a story is
	// remembered, to be continued or to give its thread; the clusterer's
	// state holds the stories of these last days only. An article of
	// similarity Rejoin or more (and a near-duplicate) may join a story up
	// to Keep days from its first article, quiet or not.
	Keep   int
	Rejoin float64
}

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.Threshold, DefaultThreshold)
	def(&o.Growth, DefaultGrowth)
	o.Growth = max(o.Growth, 0)
	def(&o.Later, DefaultLater)
	o.Later = max(o.Later, 0)
	def(&o.Thread, DefaultThread)
	def(&o.Duplicate, DefaultDuplicate)
	def(&o.EntityShare, DefaultEntityShare)
	def(&o.Rejoin, DefaultRejoin)
	for _, x := range []struct {
		v *int
		d int
	}{{&o.Quiet, DefaultQuiet}, {&o.Span, DefaultSpan}, {&o.Keep, DefaultKeep}, {&o.GrowFrom, DefaultGrowFrom}} {
		if *x.v == 0 {
			*x.v = x.d
		}
	}
	o.Keep = max(o.Keep, o.Quiet, o.Span)
	o.GrowFrom = max(o.GrowFrom, 1)
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

// Article is an analysed document reduced to what the clusterer compares
// (Extract); adding it (AddArticle) is adding the document.
type Article struct {
	Member
	f features
}

// Extract reduces doc to an Article.
func Extract(doc *litopys.Document) Article {
	return Article{Member{Doc: doc.ID, Lang: doc.Lang, Outlet: doc.Outlet, Published: doc.Published}, extract(doc)}
}

// Clusterer groups articles into stories incrementally, in the order they
// are added: each article is compared only with the recent stories that
// share one of its salient entities or lemmas, so adding one costs about
// the same however many came before, and stories quiet for longer than
// Options.Keep days are forgotten (New keeps their members for Stories).
// It is not safe for concurrent use.
type Clusterer struct {
	opts Options
	// now is the latest day of an article added, in days since 1970.
	now     int
	born    int // stories started so far
	stories map[string]*story
	post    map[feature][]*story
	dfEnt   map[string]int // entity → articles of the remembered stories containing it
	dfLem   map[string]int
	n       int // articles counted in df
	added   int // documents applied
	docs    map[string]*docState
	buckets map[uint64][]*docState // LSH band key → documents
	// archive, when kept, holds the stories forgotten, in the order they
	// were started.
	archive     []*story
	archived    map[string]bool
	keepArchive bool
}

// docState is what the clusterer remembers of one added document.
type docState struct {
	id    string
	at    int // documents added before it
	story *story
	orig  *docState // the original when a near-duplicate
	sig   *signature
	ents  []string // the keys counted in the document frequencies
	lems  []string
}

// New returns an empty Clusterer that remembers every story it made, for
// Stories.
func New(opts Options) *Clusterer {
	c := newBounded(opts)
	c.keepArchive, c.archived = true, map[string]bool{}
	return c
}

// newBounded returns an empty Clusterer that keeps only the stories of the
// last Options.Keep days: what a story log's writer needs.
func newBounded(opts Options) *Clusterer {
	return &Clusterer{opts: opts.withDefaults(), stories: map[string]*story{}, post: map[feature][]*story{},
		dfEnt: map[string]int{}, dfLem: map[string]int{}, docs: map[string]*docState{}, buckets: map[uint64][]*docState{}}
}

// Add assigns doc to a story, starting a new one when no recent story is
// similar enough, and returns the story's id. dup is true when doc is a
// near-duplicate of an article added before: it joins that article's
// story without changing it.
func (c *Clusterer) Add(doc *litopys.Document) (storyID string, dup bool) {
	return c.AddArticle(Extract(doc))
}

// AddArticle is Add for an extracted document.
func (c *Clusterer) AddArticle(a Article) (storyID string, dup bool) {
	r, d := c.decide(a.f, a.Member)
	// apply cannot fail on a decision of c's own.
	_ = c.apply(r, d)
	return d.story, d.dupOf != ""
}

// Stories returns every story in the order it was started: with a
// Clusterer from New all of them, else those remembered.
func (c *Clusterer) Stories() []Story {
	all := append([]*story(nil), c.archive...)
	all = append(all, c.ordered()...)
	out := make([]Story, len(all))
	for i, s := range all {
		out[i] = Story{ID: s.id, Thread: s.thread, Continues: s.continues, Members: append([]Member(nil), s.members...)}
	}
	return out
}

// uniqueID derives a story id from its first article's id, unique among
// the stories c knows.
func (c *Clusterer) uniqueID(doc string) string {
	id := "story-" + doc
	for i := 2; c.known(id); i++ {
		id = "story-" + doc + "~" + strconv.Itoa(i)
	}
	return id
}

func (c *Clusterer) known(id string) bool {
	if _, ok := c.stories[id]; ok {
		return true
	}
	return c.archived[id]
}
