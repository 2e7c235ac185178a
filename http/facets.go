package http

import (
	"cmp"
	"slices"
	"strings"

	"github.com/litopys/litopys"
)

// Facets count what a listing's results hold, by language, outlet and
// entity (grouped by type), so that a page can offer each as a filter
// with the number of results it would keep.
type Facets struct {
	Langs   []FacetCount `json:"langs"`
	Outlets []FacetCount `json:"outlets"`
	// Entities are the most named entities of each type.
	Entities map[string][]FacetCount `json:"entities"`
	// Of is how many results were counted, and Partial is set when that is
	// fewer than all (search counts its best results only).
	Of      int  `json:"of"`
	Partial bool `json:"partial,omitempty"`
}

// FacetCount is one value of a facet and how many results have it.
type FacetCount struct {
	Value string `json:"value"`
	Name  string `json:"name,omitempty"`
	Count int    `json:"count"`
}

// Facet sizes: outlets and entities of each type listed at most.
const (
	maxOutletFacets = 15
	maxEntityFacets = 8
)

// storyFacets turns the store's story facets into a listing's.
func storyFacets(fc litopys.StoryFacets) Facets {
	f := Facets{Langs: top(fc.Langs, 0), Outlets: top(fc.Outlets, maxOutletFacets), Entities: map[string][]FacetCount{}, Of: fc.Of}
	for _, e := range fc.Entities { // most named first
		if len(f.Entities[e.Type]) < maxEntityFacets {
			f.Entities[e.Type] = append(f.Entities[e.Type], FacetCount{Value: e.ID, Name: e.Name, Count: e.Documents})
		}
	}
	return f
}

// facetCounter counts facet values over results.
type facetCounter struct {
	langs, outlets map[string]int
	ents           map[string]int
	known          map[string]litopys.Entity
	n              int
}

func newFacetCounter() *facetCounter {
	return &facetCounter{langs: map[string]int{}, outlets: map[string]int{}, ents: map[string]int{}, known: map[string]litopys.Entity{}}
}

// add counts one result with its languages, outlets and entities (each
// counted once per result).
func (c *facetCounter) add(langs, outlets []string, ents []litopys.Entity) {
	c.n++
	for _, l := range uniq(langs) {
		c.langs[l]++
	}
	for _, o := range uniq(outlets) {
		c.outlets[o]++
	}
	seen := map[string]bool{}
	for _, e := range ents {
		if !seen[e.ID] {
			seen[e.ID] = true
			c.ents[e.ID]++
			c.known[e.ID] = e
		}
	}
}

// facets returns the counts.
func (c *facetCounter) facets() Facets {
	f := Facets{Langs: top(c.langs, 0), Outlets: top(c.outlets, maxOutletFacets), Entities: map[string][]FacetCount{}, Of: c.n}
	byType := map[string]map[string]int{}
	for id, n := range c.ents {
		t := c.known[id].Type
		if byType[t] == nil {
			byType[t] = map[string]int{}
		}
		byType[t][id] = n
	}
	for t, m := range byType {
		fc := top(m, maxEntityFacets)
		for i := range fc {
			fc[i].Name = c.known[fc[i].Value].Name
		}
		f.Entities[t] = fc
	}
	return f
}

// top returns the values of m, most frequent first (then by value), at
// most n of them (all when n is 0).
func top(m map[string]int, n int) []FacetCount {
	out := make([]FacetCount, 0, len(m))
	for v, c := range m {
		if v != "" {
			out = append(out, FacetCount{Value: v, Count: c})
		}
	}
	slices.SortFunc(out, func(a, b FacetCount) int { return cmp.Or(b.Count-a.Count, strings.Compare(a.Value, b.Value)) })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

func uniq(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	out := slices.Clone(ss)
	slices.Sort(out)
	return slices.Compact(out)
}
