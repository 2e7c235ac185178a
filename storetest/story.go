package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/story"
)

// StoryStore is a Store that keeps the story log and its read model and
// assigns stories.
type StoryStore interface {
	litopys.Store
	litopys.StoryLog
	litopys.StoryReader
	litopys.StoryWriter
}

// fakeAssigner puts a document in the story named by the first letter of
// its title, in the thread named by its language, and records in Features
// how many log entries it had seen when it decided: with assignment
// serialised among all writers, the entry numbered seq saw seq-1 before
// it. It keeps window days (2 when zero) and remembers the last window it
// loaded.
type fakeAssigner struct {
	mu     sync.Mutex
	cursor int64
	seen   int64
	resets int
	window int
	loaded *litopys.StoryWindow
}

func (a *fakeAssigner) Window() int {
	if a.window == 0 {
		return 2
	}
	return a.window
}

func (a *fakeAssigner) Load(w litopys.StoryWindow) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.cursor, a.seen, a.loaded = w.Seq, w.Seq, &w
	return nil
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
	day := 0
	if !d.Published.IsZero() {
		day = int(d.Published.Time().Unix() / 86400)
	}
	return litopys.StoryEntry{Doc: d.ID, Story: "story-" + string(r), Thread: "thread-" + d.Lang, Lang: d.Lang, Outlet: d.Outlet,
		Published: d.Published, Day: day, Features: []byte(strconv.FormatInt(seen, 10))}
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
	t.Run("ReadModel", func(t *testing.T) {
		stores := open(t, 2)
		s := stores[0]
		s.SetStories(&fakeAssigner{})
		a1 := f.article(t, "rm-a1", "ru", "Outlet A", "2024-01-01", "Альфа: Владимир Путин приехал в Москву\n\nВладимир Путин встретился с министрами в Москве.")
		a2 := f.article(t, "rm-a2", "uk", "Outlet B", "2024-01-02", "Альфа: Володимир Путін приїхав до Москви\n\nВолодимир Путін зустрівся з міністрами в Москві.")
		b1 := f.article(t, "rm-b1", "ru", "Outlet A", "2024-01-05", "Бета: в Киеве открылась выставка\n\nВ Киеве открылась выставка картин.")
		if _, err := s.PutDocuments(ctx, []*litopys.Document{a2, a1}, pipeline.Version); err != nil {
			t.Fatal(err)
		}
		put(t, s, b1)
		list, total, err := s.Stories(ctx, litopys.StoryFilter{})
		if err != nil || total != 2 || len(list) != 2 || list[0].ID != "story-Б" || list[1].ID != "story-А" {
			t.Fatalf("Stories() = %+v, %d, %v; want story-Б then story-А", list, total, err)
		}
		st, err := s.Story(ctx, "story-А")
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 2 || st.Duplicates != 0 || st.Languages["ru"] != 1 || st.Languages["uk"] != 1 ||
			st.Outlets["Outlet A"] != 1 || st.Outlets["Outlet B"] != 1 || st.First.String() != "2024-01-01" ||
			st.Last.String() != "2024-01-02" || st.Thread != "thread-uk" || st.Title != a1.Title {
			t.Errorf("Story(story-А) = %+v; want 2 documents ru+uk, 2024-01-01…02, thread-uk (its first entry's), the title of rm-a1", st)
		}
		docs, err := s.StoryDocuments(ctx, "story-А", 10, 0)
		if err != nil || len(docs) != 2 || docs[0].ID != "rm-a2" || docs[1].ID != "rm-a1" {
			t.Errorf("StoryDocuments(story-А) = %+v, %v; want rm-a2, rm-a1", docs, err)
		}
		if page, err := s.StoryDocuments(ctx, "story-А", 1, 1); err != nil || len(page) != 1 || page[0].ID != "rm-a1" {
			t.Errorf("StoryDocuments(story-А, 1, 1) = %+v, %v; want rm-a1", page, err)
		}
		ents, err := s.StoryEntities(ctx, "story-А", 10)
		if err != nil || len(ents) == 0 {
			t.Fatalf("StoryEntities(story-А) = %+v, %v; want the entities of its articles", ents, err)
		}
		for _, e := range ents {
			if e.Documents < 1 || e.Documents > 2 || e.Name == "" {
				t.Errorf("story entity %+v: want 1 or 2 documents and a name", e)
			}
		}
		if ents[0].Documents != 2 {
			t.Errorf("the most widely named entity of story-А is named in %d documents, want 2 (Putin): %+v", ents[0].Documents, ents)
		}
		// An entity, or an entity of its type, named by one of a story's
		// documents (in the read model's story entities).
		for _, f := range []litopys.StoryFilter{{Entity: ents[0].ID}, {Type: ents[0].Type}, {Entity: ents[0].ID, Lang: "uk"}} {
			list, _, err := s.Stories(ctx, f)
			if err != nil || !slices.ContainsFunc(list, func(st litopys.StorySummary) bool { return st.ID == "story-А" }) {
				t.Errorf("Stories(%+v) = %+v, %v; want story-А among them", f, list, err)
			}
		}
		if list, n, err := s.Stories(ctx, litopys.StoryFilter{Entity: "PER-nobody"}); err != nil || n != 0 || len(list) != 0 {
			t.Errorf("Stories(an entity nobody names) = %+v, %d, %v", list, n, err)
		}
		of, err := s.StoriesOf(ctx, []string{"rm-a1", "rm-b1", "nope"})
		if err != nil || len(of) != 2 || of["rm-a1"] != "story-А" || of["rm-b1"] != "story-Б" {
			t.Errorf("StoriesOf = %v, %v", of, err)
		}
		threads, n, err := s.Threads(ctx, 10, 0)
		if err != nil || n != 2 || len(threads) != 2 || threads[0].ID != "thread-ru" || threads[0].Stories != 1 || threads[1].Documents != 2 {
			t.Errorf("Threads() = %+v, %d, %v; want thread-ru (story-Б) then thread-uk (story-А, 2 documents)", threads, n, err)
		}
		if byThread, n, err := s.Stories(ctx, litopys.StoryFilter{Thread: "thread-uk"}); err != nil || n != 1 || byThread[0].ID != "story-А" {
			t.Errorf("Stories(thread-uk) = %+v, %d, %v; want story-А", byThread, n, err)
		}
		// Filters on the stories' documents: one document must pass them
		// all (rm-a1 is ru from Outlet A, rm-a2 uk from Outlet B, rm-b1 ru
		// from Outlet A, 2024-01-05).
		for _, c := range []struct {
			f    litopys.StoryFilter
			want string
		}{
			{litopys.StoryFilter{Lang: "uk"}, "story-А"},
			{litopys.StoryFilter{Outlet: "outlet b"}, "story-А"},
			{litopys.StoryFilter{Lang: "ru", Outlet: "Outlet B"}, ""},
			{litopys.StoryFilter{Lang: "ru", Outlet: "Outlet A"}, "story-Б story-А"},
			{litopys.StoryFilter{From: litopys.DayDate(2024, 1, 2), To: litopys.DayDate(2024, 1, 4)}, "story-А"},
			{litopys.StoryFilter{Lang: "ru", Thread: "thread-uk"}, "story-А"},
		} {
			list, n, err := s.Stories(ctx, c.f)
			var ids []string
			for _, st := range list {
				ids = append(ids, st.ID)
			}
			if err != nil || strings.Join(ids, " ") != c.want || n != len(ids) {
				t.Errorf("Stories(%+v) = %v (%d), %v; want %q", c.f, ids, n, err, c.want)
			}
		}
		if _, err := s.Story(ctx, "story-nope"); litopys.ErrorCode(err) != litopys.ENOTFOUND {
			t.Errorf("Story(unknown) = %v, want ENOTFOUND", err)
		}
		// A writer that starts loads the window: the stories whose last
		// day is within its 2 days of the latest (story-Б only).
		fresh := &fakeAssigner{window: 2}
		stores[1].SetStories(fresh)
		c1 := f.article(t, "rm-c1", "ru", "", "2024-01-06", "Вега: новости дня\n\nНовости дня.")
		put(t, stores[1], c1)
		w := fresh.loaded
		if w == nil || w.Seq != 3 || len(w.Entries) != 1 || w.Entries[0].Doc != "rm-b1" {
			t.Errorf("window loaded = %+v; want seq 3 and the entry of rm-b1", w)
		}
		checkLog(t, s, []*litopys.Document{a2, a1, b1, c1}, 4)
	})
	t.Run("Chronology", func(t *testing.T) {
		// A story's events as the read model keeps them make the chronology
		// its full documents make, before and after a reanalysis.
		s := open(t, 1)[0]
		s.SetStories(&fakeAssigner{})
		docs := append([]*litopys.Document(nil), f.seeds...)
		for i, d := range docs {
			c := *d
			c.ID, c.Title = fmt.Sprintf("chron-%d", i), "Ч "+d.Title // one story, story-Ч
			docs[i] = &c
		}
		put(t, s, docs...)
		check := func(when string) {
			t.Helper()
			light, err := s.StoryEvents(ctx, "story-Ч")
			if err != nil || len(light) != len(docs) {
				t.Fatalf("%s: StoryEvents = %d documents, %v; want %d", when, len(light), err, len(docs))
			}
			want, got := story.Chronology(docs), story.Chronology(light)
			if len(want) == 0 || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: the read model's chronology has %d rows, the documents' %d, or they differ", when, len(got), len(want))
			}
		}
		check("stored")
		if r, ok := s.(litopys.Reanalyzer); ok {
			changed := *docs[0]
			changed.Events = changed.Events[:len(changed.Events)/2]
			if err := r.ReplaceDocuments(ctx, []*litopys.Document{&changed}, pipeline.Version); err != nil {
				t.Fatal(err)
			}
			docs[0] = &changed
			check("replaced")
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
		if e.Story != w.Story || string(e.Features) != string(w.Features) || e.Lang != w.Lang || e.Thread != w.Thread || e.Day != w.Day {
			t.Errorf("entry %d = %s %s (saw %s), replay gives %s (saw %s): an assignment missed an earlier entry",
				e.Seq, e.Doc, e.Story, e.Features, w.Story, w.Features)
		}
	}
}
