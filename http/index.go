package http

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/litopys/litopys"
)

// Story is what the API and the pages show of a story without its
// chronology (the store's read model).
type Story = litopys.StorySummary

// Thread is a thread of stories.
type Thread = litopys.ThreadSummary

// EntityCount is an entity with the number of documents it is named in
// (within a story, or beside another entity).
type EntityCount = litopys.EntityCount

// Index answers what pages need of stories and entities from the store:
// stories, threads and story membership from its read model (kept by the
// writers, so any number of servers show the same at once, with nothing to
// load or replay), entities and document summaries from its tables. A
// store that keeps no stories shows none. It is safe for concurrent use.
type Index struct {
	st  litopys.Store
	rd  litopys.StoryReader
	dir litopys.Directory
}

// NewIndex returns the index of st.
func NewIndex(st litopys.Store) *Index {
	x := &Index{st: st}
	x.rd, _ = st.(litopys.StoryReader)
	x.dir, _ = st.(litopys.Directory)
	return x
}

// facetStories is how many of the latest stories a listing's facets count.
const facetStories = 2000

// FindStories returns a page of the stories f keeps, latest first, how
// many it keeps, and the facets of the latest facetStories of them.
func (x *Index) FindStories(ctx context.Context, f StoryFilter, limit, offset int) ([]Story, int, Facets, error) {
	if x.rd == nil {
		return []Story{}, 0, Facets{Entities: map[string][]FacetCount{}}, nil
	}
	sf := f.store()
	sf.Limit, sf.Offset = limit, offset
	list, total, err := x.rd.Stories(ctx, sf)
	if err != nil {
		return nil, 0, Facets{}, err
	}
	fc, err := x.rd.StoryFacets(ctx, sf, facetStories)
	if err != nil {
		return nil, 0, Facets{}, err
	}
	facets := storyFacets(fc)
	facets.Partial = total > fc.Of
	return list, total, facets, nil
}

// Stories returns the stories (of a thread, when thread is not empty),
// latest first, and how many there are.
func (x *Index) Stories(ctx context.Context, thread string, limit, offset int) ([]Story, int, error) {
	if x.rd == nil {
		return []Story{}, 0, nil
	}
	return x.rd.Stories(ctx, litopys.StoryFilter{Thread: thread, Limit: limit, Offset: offset})
}

// Threads returns the threads, latest first, and how many there are.
func (x *Index) Threads(ctx context.Context, limit, offset int) ([]Thread, int, error) {
	if x.rd == nil {
		return []Thread{}, 0, nil
	}
	return x.rd.Threads(ctx, limit, offset)
}

// Thread returns a thread.
func (x *Index) Thread(ctx context.Context, id string) (Thread, error) {
	if x.rd == nil {
		return Thread{}, litopys.Errorf(litopys.ENOTFOUND, "thread %q not found", id)
	}
	return x.rd.Thread(ctx, id)
}

// Story returns a story's summary, a page of its documents (newest first)
// and the entities its documents name, most widely named first.
func (x *Index) Story(ctx context.Context, id string, limit, offset int) (Story, []litopys.DocumentSummary, []EntityCount, error) {
	if x.rd == nil {
		return Story{}, nil, nil, litopys.Errorf(litopys.ENOTFOUND, "story %q not found", id)
	}
	st, err := x.rd.Story(ctx, id)
	if err != nil {
		return st, nil, nil, err
	}
	docs, err := x.rd.StoryDocuments(ctx, id, limit, offset)
	if err != nil {
		return st, nil, nil, err
	}
	ents, err := x.rd.StoryEntities(ctx, id, maxStoryEntities)
	if err != nil {
		return st, nil, nil, err
	}
	if ents == nil {
		ents = []EntityCount{}
	}
	return st, docs, ents, nil
}

// maxStoryEntities bounds the entities a story shows.
const maxStoryEntities = 60

// Continuations returns the stories that continue a story.
func (x *Index) Continuations(ctx context.Context, id string) ([]Story, error) {
	if x.rd == nil {
		return []Story{}, nil
	}
	out, _, err := x.rd.Stories(ctx, litopys.StoryFilter{Continues: id, Limit: litopys.MaxLimit})
	return out, err
}

// StoryOf returns the ID of the story a document belongs to.
func (x *Index) StoryOf(ctx context.Context, docID string) (string, bool, error) {
	m, err := x.StoriesOf(ctx, []string{docID})
	id, ok := m[docID]
	return id, ok, err
}

// StoriesOf maps documents to their stories.
func (x *Index) StoriesOf(ctx context.Context, docIDs []string) (map[string]string, error) {
	if x.rd == nil || len(docIDs) == 0 {
		return map[string]string{}, nil
	}
	return x.rd.StoriesOf(ctx, docIDs)
}

// Summaries maps documents to their summaries.
func (x *Index) Summaries(ctx context.Context, docIDs []string) (map[string]litopys.DocumentSummary, error) {
	if x.dir == nil || len(docIDs) == 0 {
		return map[string]litopys.DocumentSummary{}, nil
	}
	return x.dir.DocumentSummaries(ctx, docIDs)
}

// EntitiesOf maps documents to the entities they mention.
func (x *Index) EntitiesOf(ctx context.Context, docIDs []string) (map[string][]litopys.Entity, error) {
	if x.dir == nil || len(docIDs) == 0 {
		return map[string][]litopys.Entity{}, nil
	}
	return x.dir.DocumentEntities(ctx, docIDs)
}

// EntityDocuments returns how many documents mention an entity.
func (x *Index) EntityDocuments(ctx context.Context, id string) (int, error) {
	if x.dir == nil {
		return 0, nil
	}
	return x.dir.EntityDocuments(ctx, id)
}

// CountDocuments counts the documents that pass f's document conditions
// (but its entity type).
func (x *Index) CountDocuments(ctx context.Context, f StoryFilter) (int, error) {
	if x.dir == nil {
		return x.st.Count(ctx)
	}
	return x.dir.CountDocuments(ctx, litopys.DocumentFilter{Lang: f.Lang, Outlet: f.Outlet, From: f.From, To: f.To, Entity: f.Entity})
}

// SearchEntities finds entities whose name in any language, or alias,
// contains q, shortest name first.
func (x *Index) SearchEntities(ctx context.Context, q string, limit int) ([]litopys.Entity, error) {
	if x.dir == nil {
		return []litopys.Entity{}, nil
	}
	out, err := x.dir.FindEntities(ctx, strings.TrimSpace(q), limit)
	if out == nil {
		out = []litopys.Entity{}
	}
	return out, err
}

// cooccurring counts, over docs, the entities named beside the entity
// documents know by any of ids, most frequent first.
func cooccurring(ids []string, docs []*litopys.Document, limit int) []EntityCount {
	n := map[string]*EntityCount{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, e := range d.Entities {
			if slices.Contains(ids, e.ID) || seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			c := n[e.ID]
			if c == nil {
				c = &EntityCount{ID: e.ID, Type: e.Type, Name: e.Name, Names: map[string]string{}}
				n[e.ID] = c
			}
			c.Documents++
			if d.Lang != "" && c.Names[d.Lang] == "" {
				c.Names[d.Lang] = e.Name
			}
		}
	}
	out := make([]EntityCount, 0, len(n))
	for _, c := range n {
		out = append(out, *c)
	}
	sortCounts(out)
	return out[:min(len(out), limit)]
}

// sortCounts orders entity counts most documents first.
func sortCounts(ents []EntityCount) {
	slices.SortFunc(ents, func(a, b EntityCount) int {
		return cmp.Or(b.Documents-a.Documents, strings.Compare(a.Type, b.Type), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
}
