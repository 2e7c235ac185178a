package http

import (
	"cmp"
	"slices"
	"strings"

	"github.com/litopys/litopys"
)

// Story is what the API and the pages show of a story without its
// chronology.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Languages and Outlets count the story's documents by language and
	// by outlet.
	Languages map[string]int `json:"languages"`
	Outlets   map[string]int `json:"outlets"`
	Documents int            `json:"document_count"`
	// Duplicates counts documents that repeat another one of the story.
	Duplicates int          `json:"duplicates"`
	First      litopys.Date `json:"first"`
	Last       litopys.Date `json:"last"`
}

// view returns the summary of s.
func (s *storyEntry) view() Story {
	v := Story{
		ID: s.id, Languages: cloneMap(s.langs), Outlets: cloneMap(s.outlets),
		Documents: len(s.docs), Duplicates: s.dups,
	}
	for _, d := range s.docs {
		if d.Published.IsZero() {
			continue
		}
		if v.First.IsZero() || d.Published.Time().Before(v.First.Time()) {
			v.First = d.Published
			v.Title = d.Title
		}
		if v.Last.IsZero() || d.Published.Time().After(v.Last.Time()) {
			v.Last = d.Published
		}
	}
	if v.Title == "" && len(s.docs) > 0 {
		v.Title = s.docs[0].Title
	}
	if v.Title == "" {
		v.Title = "(untitled)"
	}
	return v
}

// Stories returns the stories, latest first, and how many there are.
func (x *Index) Stories(limit, offset int) ([]Story, int) {
	list, total, _ := x.FindStories(StoryFilter{}, limit, offset)
	return list, total
}

// FindStories returns a page of the stories f keeps, latest first, how
// many it keeps, and the facets of those: the stories by language, outlet
// and entity.
func (x *Index) FindStories(f StoryFilter, limit, offset int) ([]Story, int, Facets) {
	c := newFacetCounter()
	x.mu.RLock()
	etype := func(id string) string {
		if e := x.entities[id]; e != nil {
			return e.Type
		}
		return ""
	}
	all := make([]Story, 0, len(x.stories))
	for _, s := range x.stories {
		if !f.IsZero() && !slices.ContainsFunc(s.docs, func(d litopys.DocumentSummary) bool { return f.matchDoc(d, x.docEnts[d.ID], etype) }) {
			continue
		}
		all = append(all, s.view())
		c.add(keys(s.langs), keys(s.outlets), keys(s.entities))
	}
	x.mu.RUnlock()
	slices.SortFunc(all, func(a, b Story) int {
		return cmp.Or(b.Last.Time().Compare(a.Last.Time()), b.Documents-a.Documents, strings.Compare(a.ID, b.ID))
	})
	total := len(all)
	offset = min(max(offset, 0), total)
	return all[offset:min(total, offset+litopys.PageLimit(limit))], total, c.facets(x)
}

// CountDocuments counts the documents that pass f's document conditions.
func (x *Index) CountDocuments(f StoryFilter) int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if f.IsZero() {
		return len(x.docStory)
	}
	etype := func(id string) string {
		if e := x.entities[id]; e != nil {
			return e.Type
		}
		return ""
	}
	n := 0
	for _, s := range x.stories {
		for _, d := range s.docs {
			if f.matchDoc(d, x.docEnts[d.ID], etype) {
				n++
			}
		}
	}
	return n
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Story returns a story's summary, its documents (newest first) and the
// entities its documents name, most widely named first.
func (x *Index) Story(id string) (Story, []litopys.DocumentSummary, []EntityCount, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	s, ok := x.stories[id]
	if !ok {
		return Story{}, nil, nil, litopys.Errorf(litopys.ENOTFOUND, "story %q not found", id)
	}
	docs := slices.Clone(s.docs)
	slices.SortStableFunc(docs, func(a, b litopys.DocumentSummary) int {
		return b.Published.Time().Compare(a.Published.Time())
	})
	var ents []EntityCount
	for eid, n := range s.entities {
		e := x.entities[eid]
		ents = append(ents, EntityCount{ID: eid, Type: e.Type, Name: e.Name, Names: cloneMap(e.Names), Documents: n})
	}
	sortCounts(ents)
	return s.view(), docs, ents, nil
}

// EntityCount is an entity with the number of documents it is named in
// (within a story, or beside another entity).
type EntityCount struct {
	ID        string            `json:"id"`
	Type      string            `json:"type"`
	Name      string            `json:"name"`
	Names     map[string]string `json:"names,omitempty"`
	Documents int               `json:"documents"`
}

func sortCounts(ents []EntityCount) {
	slices.SortFunc(ents, func(a, b EntityCount) int {
		return cmp.Or(b.Documents-a.Documents, strings.Compare(a.Type, b.Type), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
}

// SearchEntities finds entities whose name in any language, or alias,
// contains q (case-insensitively), shortest name first.
func (x *Index) SearchEntities(q string, limit int) []litopys.Entity {
	q = strings.ToLower(strings.TrimSpace(q))
	x.mu.RLock()
	var out []litopys.Entity
	for _, e := range x.entities {
		if q == "" || matchesEntity(e, q) {
			c := *e
			c.Names = cloneMap(e.Names)
			c.Aliases = slices.Clone(e.Aliases)
			out = append(out, c)
		}
	}
	x.mu.RUnlock()
	slices.SortFunc(out, func(a, b litopys.Entity) int {
		return cmp.Or(len(a.Name)-len(b.Name), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), litopys.PageLimit(limit))]
}

func matchesEntity(e *litopys.Entity, q string) bool {
	if strings.Contains(strings.ToLower(e.Name), q) || strings.Contains(strings.ToLower(e.ID), q) {
		return true
	}
	for _, n := range e.Names {
		if strings.Contains(strings.ToLower(n), q) {
			return true
		}
	}
	for _, a := range e.Aliases {
		if strings.Contains(strings.ToLower(a), q) {
			return true
		}
	}
	return false
}

// Cooccurring counts, over the given documents, the entities named beside
// id, most frequent first.
func (x *Index) Cooccurring(ids []string, docIDs []string, limit int) []EntityCount {
	x.mu.RLock()
	defer x.mu.RUnlock()
	n := map[string]int{}
	for _, d := range docIDs {
		for _, e := range x.docEnts[d] {
			if !slices.Contains(ids, e) {
				n[e]++
			}
		}
	}
	var out []EntityCount
	for eid, c := range n {
		e := x.entities[eid]
		out = append(out, EntityCount{ID: eid, Type: e.Type, Name: e.Name, Names: cloneMap(e.Names), Documents: c})
	}
	sortCounts(out)
	return out[:min(len(out), limit)]
}
