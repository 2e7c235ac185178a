package story

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/litopys/litopys"
)

// Log keeps a Clusterer in step with a store's story log
// (litopys.StoryLog): it is the litopys.StoryAssigner every writer of a
// store uses, and what readers replay to show stories.
//
// Consistency among several writers rests on two things. The store calls
// Assign holding a lock that serialises assignment across processes, and
// passes the entries other writers committed since this Log last looked;
// the Log replays them before deciding, so every decision sees every
// earlier one (no lost update, no second story for one event). Replaying
// an entry re-applies the recorded decision rather than deciding again, and
// a writer applies the same stored features it writes, so any process
// replaying the log reaches exactly the writer's state.
type Log struct {
	mu     sync.Mutex
	opts   Options
	c      *Clusterer
	cursor int64
}

// NewLog returns an empty Log clustering with opts.
func NewLog(opts Options) *Log {
	return &Log{opts: opts, c: New(opts)}
}

var _ litopys.StoryAssigner = (*Log)(nil)

// Cursor returns the Seq of the last entry the Log has seen.
func (l *Log) Cursor() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cursor
}

// Assign replays unseen and then assigns docs to stories, in order.
func (l *Log) Assign(unseen []litopys.StoryEntry, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.replay(unseen); err != nil {
		return nil, err
	}
	out := make([]litopys.StoryEntry, 0, len(docs))
	for _, d := range docs {
		if d == nil {
			continue
		}
		if _, ok := l.c.byDoc[d.ID]; ok {
			return nil, litopys.Errorf(litopys.ECONFLICT, "story log: document %s is already assigned", d.ID)
		}
		blob := encodeFeatures(extract(d))
		f, err := decodeFeatures(blob)
		if err != nil {
			return nil, fmt.Errorf("story log: %w", err)
		}
		m := Member{Doc: d.ID, Lang: d.Lang, Outlet: d.Outlet, Published: d.Published}
		id, dupOf := l.c.add(f, m)
		out = append(out, litopys.StoryEntry{Doc: d.ID, Story: id, DupOf: dupOf, Lang: d.Lang,
			Outlet: d.Outlet, Published: d.Published, Features: blob})
	}
	return out, nil
}

// Committed moves the cursor past the entries the store wrote.
func (l *Log) Committed(entries []litopys.StoryEntry) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range entries {
		l.cursor = max(l.cursor, e.Seq)
	}
}

// Reset forgets everything: the next Assign or Replay starts from the
// beginning of the log.
func (l *Log) Reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.c = New(l.opts)
	l.cursor = 0
}

// Replay applies log entries (in order, as StoryEntries returns them) that
// the Log has not seen; readers call it to catch up.
func (l *Log) Replay(entries []litopys.StoryEntry) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.replay(entries)
}

func (l *Log) replay(entries []litopys.StoryEntry) error {
	for _, e := range entries {
		if e.Seq <= l.cursor && e.Seq != 0 {
			continue
		}
		// An entry this Log assigned itself, read back before Committed
		// moved the cursor past it.
		if i, ok := l.c.byDoc[e.Doc]; ok {
			if got := l.c.stories[l.c.docs[i].story].id; got != e.Story {
				return litopys.Errorf(litopys.ECONFLICT, "story log: entry %d puts %s in %s, already in %s", e.Seq, e.Doc, e.Story, got)
			}
			l.cursor = max(l.cursor, e.Seq)
			continue
		}
		f, err := decodeFeatures(e.Features)
		if err != nil {
			return fmt.Errorf("story log entry %d: %w", e.Seq, err)
		}
		m := Member{Doc: e.Doc, Lang: e.Lang, Outlet: e.Outlet, Published: e.Published, DupOf: e.DupOf}
		if err := l.c.apply(f, m, e.Story); err != nil {
			return fmt.Errorf("story log entry %d: %w", e.Seq, err)
		}
		l.cursor = max(l.cursor, e.Seq)
	}
	return nil
}

// Stories returns every story the Log knows, in the order it was started.
func (l *Log) Stories() []Story {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.c.Stories()
}

// storyIndex returns the index of the story with the id, starting one when
// there is none.
func (c *Clusterer) storyIndex(id string) int32 {
	if i, ok := c.byStory[id]; ok {
		return i
	}
	i := int32(len(c.stories))
	c.stories = append(c.stories, newStory(id))
	c.byStory[id] = i
	return i
}

// apply re-applies a recorded decision: m joins the story with the id
// (a near-duplicate when m.DupOf is set).
func (c *Clusterer) apply(f features, m Member, id string) error {
	c.seq++
	me := int32(len(c.docs))
	if m.DupOf != "" {
		orig, ok := c.byDoc[m.DupOf]
		if !ok {
			return fmt.Errorf("%s duplicates %s, which is not in the log before it", m.Doc, m.DupOf)
		}
		if c.docs[orig].orig >= 0 {
			orig = c.docs[orig].orig
		}
		s := c.storyIndex(id)
		c.stories[s].members = append(c.stories[s].members, m)
		c.docs = append(c.docs, added{id: m.Doc, story: s, orig: orig, sig: f.sig})
		c.byDoc[m.Doc] = me
		c.bucket(me, f.sig)
		return nil
	}
	ent, lem := c.vectors(f)
	s := c.storyIndex(id)
	st := c.stories[s]
	st.members = append(st.members, m)
	st.add(ent, lem, f, c.seq)
	c.index(s, ent, lem)
	c.docs = append(c.docs, added{id: m.Doc, story: s, orig: -1, sig: f.sig})
	c.byDoc[m.Doc] = me
	c.bucket(me, f.sig)
	return nil
}

func (c *Clusterer) hasStory(id string) bool {
	_, ok := c.byStory[id]
	return ok
}

// uniqueID derives a story id from its first article's id, unique in c.
func (c *Clusterer) uniqueID(doc string) string {
	id := "story-" + doc
	for i := 2; c.hasStory(id); i++ {
		id = "story-" + doc + "~" + strconv.Itoa(i)
	}
	return id
}
