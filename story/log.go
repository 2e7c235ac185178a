package story

import (
	"fmt"
	"sync"

	"github.com/litopys/litopys"
)

// Log keeps a Clusterer in step with a store's story log
// (litopys.StoryLog): it is the litopys.StoryAssigner every writer of a
// store uses.
//
// Consistency among several writers rests on two things. The store calls
// Assign holding a lock that serialises assignment across processes, and
// passes the entries other writers committed since this Log last looked;
// the Log applies them before deciding, so every decision sees every
// earlier one (no lost update, no second story for one event). Applying an
// entry re-applies the recorded decision and the article's vectors as they
// were recorded, and the state keeps only the stories of the last Keep
// days, so a Log that starts from the store's window of the log
// (litopys.StoryWindow) reaches exactly the state of a writer that saw the
// whole log: memory does not grow with the store.
type Log struct {
	mu     sync.Mutex
	opts   Options
	c      *Clusterer
	cursor int64
	// epoch counts the times the state was thrown away (Reset, Load);
	// pending maps the documents Assign placed to the epoch it placed them
	// in, until Committed: a transaction that commits after another one
	// failed and reset the Log must not move the cursor of the new state.
	epoch   int
	pending map[string]int
}

// NewLog returns an empty Log clustering with opts.
func NewLog(opts Options) *Log {
	return &Log{opts: opts.withDefaults(), c: newBounded(opts), pending: map[string]int{}}
}

var _ litopys.StoryAssigner = (*Log)(nil)

// Cursor returns the Seq of the last entry the Log has seen.
func (l *Log) Cursor() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.cursor
}

// Window is the number of days of stories the Log keeps (Options.Keep).
func (l *Log) Window() int { return l.opts.Keep }

// Load replaces the Log's state by the window of the log.
func (l *Log) Load(w litopys.StoryWindow) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.c, l.cursor = newBounded(l.opts), 0
	l.epoch++
	if err := l.replay(w.Entries); err != nil {
		l.c = newBounded(l.opts)
		return err
	}
	if w.Day > l.c.now {
		l.c.now = w.Day
		l.c.forget()
	}
	l.cursor = max(l.cursor, w.Seq)
	return nil
}

// Assign applies unseen and then assigns docs to stories, in order.
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
		if _, ok := l.c.docs[d.ID]; ok {
			return nil, litopys.Errorf(litopys.ECONFLICT, "story log: document %s is already assigned", d.ID)
		}
		a := Extract(d)
		r, dec := l.c.decide(a.f, a.Member)
		if err := l.c.apply(r, dec); err != nil {
			return nil, fmt.Errorf("story log: %w", err)
		}
		l.pending[d.ID] = l.epoch
		out = append(out, litopys.StoryEntry{Doc: d.ID, Story: dec.story, Thread: dec.thread,
			Continues: dec.continues, DupOf: dec.dupOf, Lang: d.Lang, Outlet: d.Outlet, Published: d.Published,
			Day: r.day, Features: encodeRecord(r)})
	}
	return out, nil
}

// Committed moves the cursor past the entries the store wrote, unless the
// Log was reset since it assigned them (then it loads the window again).
func (l *Log) Committed(entries []litopys.StoryEntry) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range entries {
		epoch, ok := l.pending[e.Doc]
		delete(l.pending, e.Doc)
		if ok && epoch == l.epoch {
			l.cursor = max(l.cursor, e.Seq)
		}
	}
}

// Reset forgets everything: the next Assign needs Load first.
func (l *Log) Reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.c = newBounded(l.opts)
	l.cursor = 0
	l.epoch++
	clear(l.pending)
}

// Replay applies log entries (in order, as StoryEntries returns them) that
// the Log has not seen.
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
		if d, ok := l.c.docs[e.Doc]; ok {
			if d.story.id != e.Story {
				return litopys.Errorf(litopys.ECONFLICT, "story log: entry %d puts %s in %s, already in %s", e.Seq, e.Doc, e.Story, d.story.id)
			}
			l.cursor = max(l.cursor, e.Seq)
			continue
		}
		r, err := decodeRecord(e.Features)
		if err != nil {
			return fmt.Errorf("story log entry %d: %w", e.Seq, err)
		}
		m := Member{Doc: e.Doc, Lang: e.Lang, Outlet: e.Outlet, Published: e.Published, DupOf: e.DupOf}
		if err := l.c.apply(r, decision{member: m, story: e.Story, thread: e.Thread, continues: e.Continues, dupOf: e.DupOf}); err != nil {
			return fmt.Errorf("story log entry %d: %w", e.Seq, err)
		}
		l.cursor = max(l.cursor, e.Seq)
	}
	return nil
}

// Stories returns the stories the Log remembers, in the order they were
// started.
func (l *Log) Stories() []Story {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.c.Stories()
}
