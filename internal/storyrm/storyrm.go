// Package storyrm folds story log entries into the rows of the story read
// model — stories, threads and the entities of each story — that both SQL
// backends keep in the transaction that assigns the stories, so that
// readers answer stories without replaying the log.
package storyrm

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/litopys/litopys"
)

// Story is a row of the stories table.
type Story struct {
	ID, Thread, Continues, Title string
	// First and Last are the publication dates of its first and last dated
	// documents; FirstDay and LastDay the days the assigner placed its
	// documents on (days since 1970), which bound it in time.
	First, Last       litopys.Date
	FirstDay, LastDay int
	Docs, Dups        int
	Langs, Outlets    map[string]int
	// New is set on a story the fold started.
	New bool
}

// Thread is a row of the threads table.
type Thread struct {
	ID, Title         string
	Stories, Docs     int
	First, Last       litopys.Date
	FirstDay, LastDay int
	New               bool
}

// Changes are the rows a batch of entries touches, merged with what was
// stored, in the order first touched; Entities counts the documents each
// (story, entity) gains.
type Changes struct {
	Stories  []*Story
	Threads  []*Thread
	Entities []EntityDocs
}

// EntityDocs is how many documents of a story name an entity.
type EntityDocs struct {
	Story, Entity string
	Docs          int
}

// Fold folds entries (with their documents, index for index) into the
// rows load reads: a nil row from load is a story or thread not stored
// yet.
func Fold(entries []litopys.StoryEntry, docs []*litopys.Document,
	loadStory func(id string) (*Story, error), loadThread func(id string) (*Thread, error)) (Changes, error) {
	var ch Changes
	stories, threads := map[string]*Story{}, map[string]*Thread{}
	ents := map[[2]string]int{}
	for i, e := range entries {
		d := docs[i]
		if d == nil || d.ID != e.Doc {
			return ch, fmt.Errorf("story read model: entry %d is not for the document beside it", i)
		}
		s := stories[e.Story]
		if s == nil {
			var err error
			if s, err = loadStory(e.Story); err != nil {
				return ch, fmt.Errorf("story read model: %w", err)
			}
			if s == nil {
				thread := e.Thread
				if thread == "" {
					thread = e.Story
				}
				s = &Story{ID: e.Story, Thread: thread, Continues: e.Continues, FirstDay: e.Day, LastDay: e.Day,
					Langs: map[string]int{}, Outlets: map[string]int{}, New: true}
			}
			stories[e.Story] = s
			ch.Stories = append(ch.Stories, s)
		}
		t := threads[s.Thread]
		if t == nil {
			var err error
			if t, err = loadThread(s.Thread); err != nil {
				return ch, fmt.Errorf("story read model: %w", err)
			}
			if t == nil {
				t = &Thread{ID: s.Thread, FirstDay: e.Day, LastDay: e.Day, New: true}
			}
			threads[s.Thread] = t
			ch.Threads = append(ch.Threads, t)
		}
		if s.New && s.Docs == 0 {
			t.Stories++
		}
		s.add(e, d)
		t.Docs++
		t.FirstDay, t.LastDay = min(t.FirstDay, e.Day), max(t.LastDay, e.Day)
		t.First, t.Last = earlier(t.First, d.Published), later(t.Last, d.Published)
		if s.ID == t.ID || t.Title == "" {
			t.Title = s.Title // a thread is named by its first story
		}
		seen := map[string]bool{}
		for _, en := range d.Entities {
			if en.ID != "" && !seen[en.ID] {
				seen[en.ID] = true
				ents[[2]string{e.Story, en.ID}]++
			}
		}
	}
	for _, s := range ch.Stories {
		seen := map[string]bool{}
		for i, e := range entries {
			if e.Story != s.ID {
				continue
			}
			for _, en := range docs[i].Entities {
				k := [2]string{s.ID, en.ID}
				if n, ok := ents[k]; ok && !seen[en.ID] {
					seen[en.ID] = true
					ch.Entities = append(ch.Entities, EntityDocs{s.ID, en.ID, n})
				}
			}
		}
	}
	return ch, nil
}

// add counts one document in the story.
func (s *Story) add(e litopys.StoryEntry, d *litopys.Document) {
	s.Docs++
	if e.DupOf != "" {
		s.Dups++
	}
	s.Langs[d.Lang]++
	if d.Outlet != "" {
		s.Outlets[d.Outlet]++
	}
	s.FirstDay, s.LastDay = min(s.FirstDay, e.Day), max(s.LastDay, e.Day)
	switch {
	case s.Title == "",
		!d.Published.IsZero() && (s.First.IsZero() || d.Published.Time().Before(s.First.Time())):
		if d.Title != "" || s.Title == "" {
			s.Title = d.Title
		}
	}
	s.First, s.Last = earlier(s.First, d.Published), later(s.Last, d.Published)
}

func earlier(a, b litopys.Date) litopys.Date {
	if a.IsZero() || !b.IsZero() && b.Time().Before(a.Time()) {
		return b
	}
	return a
}

func later(a, b litopys.Date) litopys.Date {
	if a.IsZero() || !b.IsZero() && b.Time().After(a.Time()) {
		return b
	}
	return a
}

// Counts encodes a count map as stored (JSON).
func Counts(m map[string]int) string {
	b, _ := json.Marshal(m)
	return string(b)
}

// ParseCounts decodes a stored count map; a malformed one is empty.
func ParseCounts(s string) map[string]int {
	m := map[string]int{}
	_ = json.Unmarshal([]byte(s), &m)
	return m
}

// Summary is the story as readers see it.
func (s *Story) Summary() litopys.StorySummary {
	title := s.Title
	if title == "" {
		title = "(untitled)"
	}
	return litopys.StorySummary{ID: s.ID, Title: title, Thread: s.Thread, Continues: s.Continues, Languages: s.Langs,
		Outlets: s.Outlets, Documents: s.Docs, Duplicates: s.Dups, First: s.First, Last: s.Last}
}

// Summary is the thread as readers see it.
func (t *Thread) Summary() litopys.ThreadSummary {
	title := t.Title
	if title == "" {
		title = "(untitled)"
	}
	return litopys.ThreadSummary{ID: t.ID, Title: title, Stories: t.Stories, Documents: t.Docs, First: t.First, Last: t.Last}
}

// Facets counts stories by language and outlet (the entities are counted
// by the backend).
func Facets(stories []litopys.StorySummary) litopys.StoryFacets {
	f := litopys.StoryFacets{Langs: map[string]int{}, Outlets: map[string]int{}, Of: len(stories)}
	for _, s := range stories {
		for l := range s.Languages {
			f.Langs[l]++
		}
		for o := range s.Outlets {
			f.Outlets[o]++
		}
	}
	return f
}

// SortEntityCounts orders entity counts most first, then by type, name
// and id.
func SortEntityCounts(ents []litopys.EntityCount) {
	slices.SortFunc(ents, func(a, b litopys.EntityCount) int {
		return cmp.Or(b.Documents-a.Documents, strings.Compare(a.Type, b.Type), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
}

// Single returns a filter's only condition on documents, when it has
// exactly one of language, outlet, entity or entity type, by name ("lang",
// "outlet", "entity", "type") and value; else "". A story has a document
// that meets it exactly when its own rows say so — its counts of languages
// or outlets, its story_entities — so it is answered without reading the
// story's documents. Dates are not: a story's first and last days do not
// say whether one of its documents falls between.
func Single(f litopys.StoryFilter) (name, value string) {
	n := 0
	for _, c := range []struct{ name, value string }{{"lang", f.Lang}, {"outlet", f.Outlet}, {"entity", f.Entity}, {"type", f.Type}} {
		if c.value != "" {
			n++
			name, value = c.name, c.value
		}
	}
	if n != 1 || !f.From.IsZero() || !f.To.IsZero() {
		return "", ""
	}
	return name, value
}

// CountsKey returns the text a language's or an outlet's JSON key has in
// the stories' counts (`"ru":`), for Single's "lang" and "outlet". Case
// is folded by the caller's SQL, as the document filters fold outlets.
func CountsKey(name, value string) string {
	if name == "lang" {
		value = strings.ToLower(value)
	}
	b, _ := json.Marshal(value)
	return string(b) + ":"
}

// StoryIDs returns the ids of the stories entries name, each once, in
// order: the stories Fold loads, which a backend may read at once.
func StoryIDs(entries []litopys.StoryEntry) []string {
	var ids []string
	seen := map[string]bool{}
	for _, e := range entries {
		if !seen[e.Story] {
			seen[e.Story] = true
			ids = append(ids, e.Story)
		}
	}
	return ids
}

// ThreadIDs returns the ids of the threads Fold loads for entries, each
// once, in order, given stored: the stored rows of StoryIDs(entries) (a
// story missing from it is new).
func ThreadIDs(entries []litopys.StoryEntry, stored map[string]*Story) []string {
	var ids []string
	seenStory, seen := map[string]bool{}, map[string]bool{}
	for _, e := range entries {
		if seenStory[e.Story] {
			continue
		}
		seenStory[e.Story] = true
		var thread string
		if s := stored[e.Story]; s != nil {
			thread = s.Thread
		} else if thread = e.Thread; thread == "" {
			thread = e.Story
		}
		if !seen[thread] {
			seen[thread] = true
			ids = append(ids, thread)
		}
	}
	return ids
}

// Reader reads a backend's stored rows for FoldStored.
type Reader struct {
	// Stories and Threads read the rows of ids at once, calling put for
	// each row found.
	Stories func(ids []string, put func(*Story)) error
	Threads func(ids []string, put func(*Thread)) error
	// Story and Thread read one row (nil: not stored), for an id the
	// reads at once did not take.
	Story  func(id string) (*Story, error)
	Thread func(id string) (*Thread, error)
	// Batched, when set, says which ids Stories and Threads may be given;
	// the others are read one by one.
	Batched func(id string) bool
}

// FoldStored is Fold with the stored rows read in two reads — the stories
// entries name, then the threads of those stories and entries — instead of
// one per row.
func FoldStored(entries []litopys.StoryEntry, docs []*litopys.Document, r Reader) (Changes, error) {
	stories, err := prefetch(StoryIDs(entries), r.Batched, r.Stories, func(s *Story) string { return s.ID })
	if err != nil {
		return Changes{}, fmt.Errorf("story read model: %w", err)
	}
	threads, err := prefetch(ThreadIDs(entries, stories), r.Batched, r.Threads, func(t *Thread) string { return t.ID })
	if err != nil {
		return Changes{}, fmt.Errorf("story read model: %w", err)
	}
	return Fold(entries, docs,
		func(id string) (*Story, error) {
			if s, ok := stories[id]; ok {
				return s, nil
			}
			return r.Story(id)
		},
		func(id string) (*Thread, error) {
			if t, ok := threads[id]; ok {
				return t, nil
			}
			return r.Thread(id)
		})
}

// prefetch reads the rows of ids (those batched allows) at once, by id; an
// id read and not found maps to nil (not stored).
func prefetch[T any](ids []string, batched func(string) bool, read func([]string, func(*T)) error, idOf func(*T) string) (map[string]*T, error) {
	if batched != nil {
		ids = slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return !batched(id) })
	}
	out := make(map[string]*T, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	if err := read(ids, func(v *T) { out[idOf(v)] = v }); err != nil {
		return nil, err
	}
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			out[id] = nil
		}
	}
	return out, nil
}

// Slot holds a store's story assigner (its SetStories), for concurrent
// use; the zero Slot holds none.
type Slot struct {
	p atomic.Pointer[litopys.StoryAssigner]
}

// Set makes a the assigner; nil removes it.
func (s *Slot) Set(a litopys.StoryAssigner) {
	if a == nil {
		s.p.Store(nil)
		return
	}
	s.p.Store(&a)
}

// Get returns the assigner, or nil.
func (s *Slot) Get() litopys.StoryAssigner {
	if p := s.p.Load(); p != nil {
		return *p
	}
	return nil
}
