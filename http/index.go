package http

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/story"
)

// Clusterer assigns each added document to a story and reports whether it
// duplicates a document already seen. Package story's Clusterer fits; Add is
// called under the Index's lock, in publication order at start-up.
type Clusterer interface {
	Add(doc *litopys.Document) (storyID string, dup bool)
}

// Index keeps, in memory, what pages need quickly: which story each
// document belongs to, the stories' languages, outlets and entities, and a
// directory of entities by name. It is safe for concurrent use.
type Index struct {
	mu        sync.RWMutex
	syncMu    sync.Mutex // one Sync at a time
	cursor    int64      // the last story log entry filed
	clusterer Clusterer
	stories   map[string]*storyEntry
	docStory  map[string]string
	docPos    map[string]int      // document ID → its place in its story's docs
	docEnts   map[string][]string // document ID → entity IDs it mentions
	entDocs   map[string]int      // entity ID → documents that mention it
	entities  map[string]*litopys.Entity
}

// storyEntry is one story as the index knows it.
type storyEntry struct {
	id       string
	docs     []litopys.DocumentSummary // in the order they were added
	langs    map[string]int
	outlets  map[string]int
	entities map[string]int // entity ID → number of documents naming it
	dups     int
}

// NewIndex returns an empty index grouping documents with c; a nil c is
// package story's Clusterer with its default options.
func NewIndex(c Clusterer) *Index {
	if c == nil {
		c = story.New(story.Options{})
	}
	return &Index{
		clusterer: c,
		stories:   map[string]*storyEntry{},
		docStory:  map[string]string{},
		docPos:    map[string]int{},
		docEnts:   map[string][]string{},
		entDocs:   map[string]int{},
		entities:  map[string]*litopys.Entity{},
	}
}

// Load fills the index from the store. A store that keeps a story log
// (every store of package sqlite and postgres) is followed: the index shows
// the stories its writers decided, in log order, and Sync catches up with
// later writes. Other stores are clustered here, oldest document first.
func (x *Index) Load(ctx context.Context, st litopys.Store) error {
	if _, ok := st.(litopys.StoryLog); ok {
		_, err := x.Sync(ctx, st)
		return err
	}
	var all []litopys.DocumentSummary
	for off := 0; ; off += litopys.MaxLimit {
		page, err := st.Documents(ctx, litopys.DocumentFilter{Limit: litopys.MaxLimit, Offset: off})
		if err != nil {
			return fmt.Errorf("load stories: %w", err)
		}
		all = append(all, page...)
		if len(page) < litopys.MaxLimit {
			break
		}
	}
	slices.SortStableFunc(all, func(a, b litopys.DocumentSummary) int {
		return cmp.Or(a.Published.Time().Compare(b.Published.Time()), strings.Compare(a.ID, b.ID))
	})
	for _, s := range all {
		doc, err := st.Document(ctx, s.ID)
		if err != nil {
			return fmt.Errorf("load stories: %w", err)
		}
		x.Add(doc, s.Analyser)
	}
	return nil
}

// syncPage is the number of log entries read per query.
const syncPage = 1000

// Sync files the documents of the store's story log entries the index has
// not seen yet and returns how many. A store without a log has nothing to
// sync.
func (x *Index) Sync(ctx context.Context, st litopys.Store) (int, error) {
	lg, ok := st.(litopys.StoryLog)
	if !ok {
		return 0, nil
	}
	x.syncMu.Lock()
	defer x.syncMu.Unlock()
	n := 0
	for {
		x.mu.RLock()
		after := x.cursor
		x.mu.RUnlock()
		entries, err := lg.StoryEntries(ctx, after, syncPage)
		if err != nil {
			return n, fmt.Errorf("sync stories: %w", err)
		}
		for _, e := range entries {
			doc, err := st.Document(ctx, e.Doc)
			if err != nil {
				return n, fmt.Errorf("sync stories: entry %d: %w", e.Seq, err)
			}
			x.file(doc, "", e.Story, e.DupOf != "")
			x.mu.Lock()
			x.cursor = e.Seq
			x.mu.Unlock()
			n++
		}
		if len(entries) < syncPage {
			return n, nil
		}
	}
}

// Follow syncs with the store every interval until ctx is done, so that a
// server shows what other processes (workers, other servers) store.
func (x *Index) Follow(ctx context.Context, st litopys.Store, every time.Duration, onErr func(error)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := x.Sync(ctx, st); err != nil && ctx.Err() == nil && onErr != nil {
				onErr(err)
			}
		}
	}
}

// Stored files a document just stored and returns its story: read from the
// store's story log when it keeps one, else decided by the clusterer.
func (x *Index) Stored(ctx context.Context, st litopys.Store, doc *litopys.Document, analyser string) (string, error) {
	if _, ok := st.(litopys.StoryLog); !ok {
		return x.Add(doc, analyser), nil
	}
	if _, err := x.Sync(ctx, st); err != nil {
		return "", err
	}
	id, _ := x.StoryOf(doc.ID)
	return id, nil
}

// Add files doc under the story the index's clusterer decides and returns
// the story's ID. Adding a document the index already has changes nothing.
func (x *Index) Add(doc *litopys.Document, analyser string) string {
	x.mu.Lock()
	if id, ok := x.docStory[doc.ID]; ok {
		x.mu.Unlock()
		return id
	}
	id, dup := x.clusterer.Add(doc)
	x.mu.Unlock()
	x.file(doc, analyser, id, dup)
	return id
}

// file adds doc to the story with the id.
func (x *Index) file(doc *litopys.Document, analyser, id string, dup bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.docStory[doc.ID]; ok {
		return
	}
	s := x.stories[id]
	if s == nil {
		s = &storyEntry{id: id, langs: map[string]int{}, outlets: map[string]int{}, entities: map[string]int{}}
		x.stories[id] = s
	}
	s.docs = append(s.docs, litopys.DocumentSummary{
		ID: doc.ID, URL: doc.URL, Title: doc.Title, Lang: doc.Lang,
		Outlet: doc.Outlet, Published: doc.Published, Analyser: analyser,
	})
	if dup {
		s.dups++
	}
	s.langs[doc.Lang]++
	if doc.Outlet != "" {
		s.outlets[doc.Outlet]++
	}
	x.docStory[doc.ID] = id
	x.docPos[doc.ID] = len(s.docs) - 1
	var ids []string
	for _, e := range doc.Entities {
		ids = append(ids, e.ID)
		s.entities[e.ID]++
		x.entDocs[e.ID]++
		x.mergeEntity(e, doc.Lang)
	}
	x.docEnts[doc.ID] = ids
}

// mergeEntity adds what doc says of e to the directory.
func (x *Index) mergeEntity(e litopys.Entity, lang string) {
	have := x.entities[e.ID]
	if have == nil {
		c := e
		c.Names = map[string]string{}
		c.Aliases = slices.Clone(e.Aliases)
		have = &c
		x.entities[e.ID] = have
	}
	for l, n := range e.Names {
		if have.Names[l] == "" {
			have.Names[l] = n
		}
	}
	if lang != "" && have.Names[lang] == "" && e.Name != "" {
		have.Names[lang] = e.Name
	}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if a != "" && !slices.Contains(have.Aliases, a) {
			have.Aliases = append(have.Aliases, a)
		}
	}
}

// StoryOf returns the ID of the story doc belongs to.
func (x *Index) StoryOf(docID string) (string, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	id, ok := x.docStory[docID]
	return id, ok
}

// Summary returns what the index knows of a document: its title, URL,
// language, outlet and date.
func (x *Index) Summary(docID string) (litopys.DocumentSummary, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	s, ok := x.stories[x.docStory[docID]]
	if !ok {
		return litopys.DocumentSummary{}, false
	}
	return s.docs[x.docPos[docID]], true
}

// Filed returns how many documents the index holds.
func (x *Index) Filed() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.docStory)
}

// EntityDocuments returns how many documents mention an entity.
func (x *Index) EntityDocuments(id string) int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.entDocs[id]
}

// EntitiesOf returns the IDs of the entities a document mentions.
func (x *Index) EntitiesOf(docID string) []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return slices.Clone(x.docEnts[docID])
}

// Entity returns what the directory knows of an entity.
func (x *Index) Entity(id string) (litopys.Entity, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	e, ok := x.entities[id]
	if !ok {
		return litopys.Entity{}, false
	}
	c := *e
	c.Names = cloneMap(e.Names)
	c.Aliases = slices.Clone(e.Aliases)
	return c, true
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
