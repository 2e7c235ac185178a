package storyrm

import (
	"reflect"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

func doc(id, lang, outlet, title, pub string, ents ...string) *litopys.Document {
	d := &litopys.Document{ID: id, Lang: lang, Outlet: outlet, Title: title}
	if pub != "" {
		d.Published, _ = litopys.ParseDate(pub)
	}
	for _, e := range ents {
		d.Entities = append(d.Entities, litopys.Entity{ID: e})
	}
	return d
}

// TestFold folds a batch into a stored story and new ones: counts, dates,
// the title of the earliest article, a thread's stories counted once, and
// the documents of each story that name each entity.
func TestFold(t *testing.T) {
	stored := &Story{ID: "s1", Thread: "t1", Title: "Old", First: litopys.DayDate(2024, 5, 3), Last: litopys.DayDate(2024, 5, 3),
		FirstDay: 100, LastDay: 100, Docs: 1, Langs: map[string]int{"ru": 1}, Outlets: map[string]int{"a": 1}}
	entries := []litopys.StoryEntry{
		{Doc: "d1", Story: "s1", Thread: "t1", Day: 99},
		{Doc: "d2", Story: "s2", Thread: "t1", Continues: "s1", Day: 101},
		{Doc: "d3", Story: "s2", Thread: "t1", DupOf: "d2", Day: 101},
		{Doc: "d4", Story: "s3", Thread: "s3", Day: 101},
	}
	docs := []*litopys.Document{
		doc("d1", "uk", "b", "Earlier", "2024-05-02", "PER-x", "PER-x", "LOC-y"),
		doc("d2", "ru", "a", "Second story", "2024-05-04", "PER-x"),
		doc("d3", "ru", "", "Second story again", "", "PER-x"),
		doc("d4", "en", "c", "", "2024-05-04"),
	}
	ch, err := Fold(entries, docs,
		func(id string) (*Story, error) {
			if id == "s1" {
				return stored, nil
			}
			return nil, nil
		},
		func(id string) (*Thread, error) {
			if id == "t1" {
				return &Thread{ID: "t1", Title: "Old", Stories: 1, Docs: 1, FirstDay: 100, LastDay: 100}, nil
			}
			return nil, nil
		})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Story{}
	for _, s := range ch.Stories {
		got[s.ID] = *s
	}
	s1, s2, s3 := got["s1"], got["s2"], got["s3"]
	if s1.Docs != 2 || s1.Title != "Earlier" || s1.First.String() != "2024-05-02" || s1.Last.String() != "2024-05-03" ||
		s1.FirstDay != 99 || s1.LastDay != 100 || !reflect.DeepEqual(s1.Langs, map[string]int{"ru": 1, "uk": 1}) || s1.New {
		t.Errorf("s1 = %+v", s1)
	}
	if s2.Docs != 2 || s2.Dups != 1 || s2.Title != "Second story" || s2.Continues != "s1" || s2.Thread != "t1" || !s2.New ||
		!reflect.DeepEqual(s2.Outlets, map[string]int{"a": 1}) {
		t.Errorf("s2 = %+v", s2)
	}
	if s3.Docs != 1 || s3.Thread != "s3" || s3.Summary().Title != "(untitled)" {
		t.Errorf("s3 = %+v", s3)
	}
	threads := map[string]Thread{}
	for _, th := range ch.Threads {
		threads[th.ID] = *th
	}
	if t1 := threads["t1"]; t1.Stories != 2 || t1.Docs != 4 || t1.Title != "Old" || t1.FirstDay != 99 || t1.LastDay != 101 {
		t.Errorf("t1 = %+v; want 2 stories (s1 stored, s2 new), 4 documents", t1)
	}
	if t3 := threads["s3"]; t3.Stories != 1 || t3.Docs != 1 || !t3.New {
		t.Errorf("thread s3 = %+v", t3)
	}
	want := []EntityDocs{{"s1", "PER-x", 1}, {"s1", "LOC-y", 1}, {"s2", "PER-x", 2}}
	if !reflect.DeepEqual(ch.Entities, want) {
		t.Errorf("entities = %v, want %v", ch.Entities, want)
	}
	if _, err := Fold(entries[:1], docs[1:2], nil, nil); err == nil {
		t.Error("an entry beside another document folded")
	}
}

func TestSingle(t *testing.T) {
	for _, c := range []struct {
		f           litopys.StoryFilter
		name, value string
	}{
		{litopys.StoryFilter{Lang: "UK"}, "lang", "UK"},
		{litopys.StoryFilter{Outlet: "bbc.com", Thread: "t", Limit: 5}, "outlet", "bbc.com"},
		{litopys.StoryFilter{Entity: "PER-x"}, "entity", "PER-x"},
		{litopys.StoryFilter{Type: "PER"}, "type", "PER"},
		{litopys.StoryFilter{Lang: "uk", Outlet: "bbc.com"}, "", ""},
		{litopys.StoryFilter{Entity: "PER-x", Type: "PER"}, "", ""},
		{litopys.StoryFilter{Outlet: "x", From: litopys.DayDate(2024, 1, 1)}, "", ""},
		{litopys.StoryFilter{Thread: "t"}, "", ""},
	} {
		if n, v := Single(c.f); n != c.name || v != c.value {
			t.Errorf("Single(%+v) = %q, %q; want %q, %q", c.f, n, v, c.name, c.value)
		}
	}
	if k := CountsKey("lang", "UK"); k != `"uk":` {
		t.Errorf("CountsKey(lang, UK) = %s", k)
	}
	// The key is written as the counts are.
	if k := CountsKey("outlet", `a"b<c`); !strings.Contains(Counts(map[string]int{`a"b<c`: 1}), k) {
		t.Errorf("key %s is not in %s", k, Counts(map[string]int{`a"b<c`: 1}))
	}
}

// TestStoryAndThreadIDs: the ids a backend reads ahead are those Fold
// loads, each once: a stored story's thread, a new story's thread or its
// own id.
func TestStoryAndThreadIDs(t *testing.T) {
	entries := []litopys.StoryEntry{
		{Doc: "a", Story: "s1", Thread: "t-new"},
		{Doc: "b", Story: "s2"},
		{Doc: "c", Story: "s1", Thread: "ignored"},
		{Doc: "d", Story: "s3", Thread: "ignored too"},
		{Doc: "e", Story: "s4", Thread: "t1"},
	}
	if got, want := StoryIDs(entries), []string{"s1", "s2", "s3", "s4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("StoryIDs = %v, want %v", got, want)
	}
	stored := map[string]*Story{"s3": {ID: "s3", Thread: "t1"}, "s2": nil}
	if got, want := ThreadIDs(entries, stored), []string{"t-new", "s2", "t1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ThreadIDs = %v, want %v", got, want)
	}
	var loaded []string
	_, err := Fold(entries, []*litopys.Document{doc("a", "ru", "", "", ""), doc("b", "ru", "", "", ""), doc("c", "ru", "", "", ""),
		doc("d", "ru", "", "", ""), doc("e", "ru", "", "", "")},
		func(id string) (*Story, error) {
			if s := stored[id]; s != nil {
				c := *s
				c.Langs, c.Outlets = map[string]int{}, map[string]int{}
				return &c, nil
			}
			return nil, nil
		},
		func(id string) (*Thread, error) { loaded = append(loaded, id); return nil, nil })
	if err != nil {
		t.Fatal(err)
	}
	if want := ThreadIDs(entries, stored); !reflect.DeepEqual(loaded, want) {
		t.Errorf("Fold loaded threads %v, ThreadIDs %v", loaded, want)
	}
}

// TestFoldStored: the stored rows are read at once, an id Batched refuses
// one by one, and the fold is Fold's.
func TestFoldStored(t *testing.T) {
	entries := []litopys.StoryEntry{
		{Doc: "a", Story: "s1", Thread: "t-new"},
		{Doc: "b", Story: "s2"},
		{Doc: "c", Story: "s3"},
		{Doc: "d", Story: "odd\x00"},
	}
	docs := []*litopys.Document{doc("a", "ru", "", "", ""), doc("b", "uk", "", "", ""), doc("c", "ru", "", "", ""), doc("d", "ru", "", "", "")}
	stored := map[string]*Story{"s3": {ID: "s3", Thread: "t1", Docs: 2}}
	threads := map[string]*Thread{"t1": {ID: "t1", Stories: 1, Docs: 2}}
	story := func(id string) *Story {
		if s := stored[id]; s != nil {
			c := *s
			c.Langs, c.Outlets = map[string]int{"ru": 2}, map[string]int{}
			return &c
		}
		return nil
	}
	thread := func(id string) *Thread {
		if th := threads[id]; th != nil {
			c := *th
			return &c
		}
		return nil
	}
	want, err := Fold(entries, docs, func(id string) (*Story, error) { return story(id), nil }, func(id string) (*Thread, error) { return thread(id), nil })
	if err != nil {
		t.Fatal(err)
	}
	var batches [][]string
	var single []string
	got, err := FoldStored(entries, docs, Reader{
		Stories: func(ids []string, put func(*Story)) error {
			batches = append(batches, ids)
			for _, id := range ids {
				if s := story(id); s != nil {
					put(s)
				}
			}
			return nil
		},
		Threads: func(ids []string, put func(*Thread)) error {
			batches = append(batches, ids)
			for _, id := range ids {
				if th := thread(id); th != nil {
					put(th)
				}
			}
			return nil
		},
		Story:   func(id string) (*Story, error) { single = append(single, id); return story(id), nil },
		Thread:  func(id string) (*Thread, error) { single = append(single, id); return thread(id), nil },
		Batched: func(id string) bool { return !strings.ContainsRune(id, 0) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FoldStored = %+v\nFold = %+v", got, want)
	}
	if wantB := [][]string{{"s1", "s2", "s3"}, {"t-new", "s2", "t1"}}; !reflect.DeepEqual(batches, wantB) {
		t.Errorf("read at once %q, want %q", batches, wantB)
	}
	if wantS := []string{"odd\x00", "odd\x00"}; !reflect.DeepEqual(single, wantS) {
		t.Errorf("read one by one %q, want %q (the refused story and its own thread)", single, wantS)
	}
}
