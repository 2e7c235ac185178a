package storetest

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
)

// StoryStore is a Store that keeps the story log and assigns stories.
type StoryStore interface {
	litopys.Store
	litopys.StoryLog
	SetStories(a litopys.StoryAssigner)
}

// fakeAssigner puts a document in the story named by the first letter of
// its title, and records in Features how many log entries it had seen when
// it decided: with assignment serialised among all writers, the entry
// numbered seq saw seq-1 before it.
type fakeAssigner struct {
	mu     sync.Mutex
	cursor int64
	seen   int64
	resets int
}

func (a *fakeAssigner) Cursor() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.cursor
}

func (a *fakeAssigner) Assign(unseen []litopys.StoryEntry, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, e := range unseen {
		if e.Seq != a.cursor+1 {
			return nil, fmt.Errorf("fake assigner: entry %d after %d", e.Seq, a.cursor)
		}
		a.cursor, a.seen = e.Seq, a.seen+1
	}
	out := make([]litopys.StoryEntry, len(docs))
	for i, d := range docs {
		out[i] = fakeEntry(d, a.seen+int64(i))
	}
	return out, nil
}

// Committed takes in the fake's own entries unless it has replayed them
// already (another writer of its process may have read them first).
func (a *fakeAssigner) Committed(entries []litopys.StoryEntry) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, e := range entries {
		if e.Seq == a.cursor+1 {
			a.cursor, a.seen = e.Seq, a.seen+1
		}
	}
}

func (a *fakeAssigner) Reset() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.cursor, a.seen = 0, 0
	a.resets++
}

// fakeEntry is the fake's decision for d after seen entries.
func fakeEntry(d *litopys.Document, seen int64) litopys.StoryEntry {
	r, _ := utf8.DecodeRuneInString(d.Title)
	return litopys.StoryEntry{Doc: d.ID, Story: "story-" + string(r), Lang: d.Lang, Outlet: d.Outlet, Published: d.Published,
		Features: []byte(strconv.FormatInt(seen, 10))}
}

// RunStories checks the story log. open returns n handles to one new,
// empty store (as n processes would open it), closed when the test ends.
func RunStories(t *testing.T, open func(t *testing.T, n int) []StoryStore) {
	f := newFixture(t)
	ctx := context.Background()
	t.Run("AssignOnce", func(t *testing.T) {
		s := open(t, 1)[0]
		a := &fakeAssigner{}
		s.SetStories(a)
		put(t, s, f.seeds...)
		if _, err := s.PutDocuments(ctx, f.seeds, pipeline.Version); err != nil {
			t.Fatal(err)
		}
		extra := f.article(t, "story-extra", "uk", "", "2023-09-12", "Уряд обговорив реформу освіти в Києві.")
		if _, err := s.PutDocuments(ctx, []*litopys.Document{f.seeds[0], extra}, pipeline.Version); err != nil {
			t.Fatal(err)
		}
		checkLog(t, s, append([]*litopys.Document{extra}, f.seeds...), 3)
		es, err := s.StoryEntries(ctx, 1, 1)
		if err != nil || len(es) != 1 || es[0].Seq != 2 {
			t.Errorf("StoryEntries(1, 1) = %v, %v; want entry 2", es, err)
		}
		if es[0].Published != f.seeds[1].Published {
			t.Errorf("entry 2 published %v, want %v", es[0].Published, f.seeds[1].Published)
		}
	})
	t.Run("ConcurrentWriters", func(t *testing.T) {
		const writers = 4
		stores := open(t, writers)
		var docs []*litopys.Document
		for i := range 24 {
			title := string(rune('А'+i%5)) + fmt.Sprintf(" новость %d", i)
			docs = append(docs, f.article(t, fmt.Sprintf("st-%02d", i), "ru", "", "", title+"\n\nМинистр обсудил бюджет и санкции с коллегами."))
		}
		var wg sync.WaitGroup
		for w, s := range stores {
			s.SetStories(&fakeAssigner{})
			wg.Go(func() {
				for k := 0; k < len(docs); k += 3 {
					var batch []*litopys.Document
					for j := k; j < k+3; j++ {
						batch = append(batch, docs[(j+w*5)%len(docs)])
					}
					if _, err := s.PutDocuments(ctx, batch, pipeline.Version); err != nil {
						t.Errorf("writer %d: %v", w, err)
						return
					}
				}
			})
		}
		wg.Wait()
		checkLog(t, stores[0], docs, len(docs))
	})
}

// checkLog checks that the log holds one entry per document of docs, and
// nothing else, numbered from 1 without gaps, each the fake's decision
// after all the entries before it: what a fresh replay reproduces.
func checkLog(t *testing.T, s StoryStore, docs []*litopys.Document, want int) {
	t.Helper()
	byID := map[string]*litopys.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	var log []litopys.StoryEntry
	for after := int64(0); ; {
		page, err := s.StoryEntries(context.Background(), after, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		log = append(log, page...)
		after = page[len(page)-1].Seq
	}
	if len(log) != want {
		t.Errorf("log has %d entries, want %d", len(log), want)
	}
	seen := map[string]bool{}
	for i, e := range log {
		if e.Seq != int64(i+1) {
			t.Errorf("entry %d has seq %d, want %d", i, e.Seq, i+1)
		}
		d := byID[e.Doc]
		if d == nil || seen[e.Doc] {
			t.Errorf("entry %d: document %q unknown or logged twice", e.Seq, e.Doc)
			continue
		}
		seen[e.Doc] = true
		w := fakeEntry(d, int64(i))
		if e.Story != w.Story || string(e.Features) != string(w.Features) || e.Lang != w.Lang {
			t.Errorf("entry %d = %s %s (saw %s), replay gives %s (saw %s): an assignment missed an earlier entry",
				e.Seq, e.Doc, e.Story, e.Features, w.Story, w.Features)
		}
	}
}
