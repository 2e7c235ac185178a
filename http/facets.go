package http

import (
	"cmp"
	"slices"
	"strings"
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

// facetCounter counts facet values over results.
type facetCounter struct {
	langs, outlets map[string]int
	ents           map[string]int
	n              int
}

func newFacetCounter() *facetCounter {
	return &facetCounter{langs: map[string]int{}, outlets: map[string]int{}, ents: map[string]int{}}
}

// add counts one result with its languages, outlets and entities (each
// counted once per result).
func (c *facetCounter) add(langs, outlets, ents []string) {
	c.n++
	for _, l := range uniq(langs) {
		c.langs[l]++
	}
	for _, o := range uniq(outlets) {
		c.outlets[o]++
	}
	for _, e := range uniq(ents) {
		c.ents[e]++
	}
}

// facets returns the counts, naming entities with x.
func (c *facetCounter) facets(x *Index) Facets {
	f := Facets{Langs: top(c.langs, 0), Outlets: top(c.outlets, maxOutletFacets), Entities: map[string][]FacetCount{}, Of: c.n}
	byType := map[string]map[string]int{}
	x.mu.RLock()
	names := map[string]string{}
	for id, n := range c.ents {
		e := x.entities[id]
		if e == nil {
			continue
		}
		if byType[e.Type] == nil {
			byType[e.Type] = map[string]int{}
		}
		byType[e.Type][id] = n
		names[id] = e.Name
	}
	x.mu.RUnlock()
	for t, m := range byType {
		fc := top(m, maxEntityFacets)
		for i := range fc {
			fc[i].Name = names[fc[i].Value]
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
