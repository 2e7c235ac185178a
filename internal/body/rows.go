package body

import (
	"maps"
	"slices"

	"github.com/litopys/litopys"
)

// What the SQL backends index of a document besides its body, computed the
// same way for each.

// MentionCount is the number of mentions of an entity in a document.
type MentionCount struct {
	Entity string
	N      int
}

// MentionCounts returns the entities doc mentions, sorted, with the number
// of their mentions; norm (nil: none) maps each entity ID first, as a
// backend stores it.
func MentionCounts(doc *litopys.Document, norm func(string) string) []MentionCount {
	counts := map[string]int{}
	for _, m := range doc.Mentions {
		if m.Entity == "" {
			continue
		}
		id := m.Entity
		if norm != nil {
			id = norm(id)
		}
		counts[id]++
	}
	out := make([]MentionCount, 0, len(counts))
	for _, e := range slices.Sorted(maps.Keys(counts)) {
		out = append(out, MentionCount{e, counts[e]})
	}
	return out
}

// EntityNames returns the (lang, name) pairs of e as met in a document in
// docLang, each once, lang "" for aliases.
func EntityNames(e litopys.Entity, docLang string) [][2]string {
	var out [][2]string
	seen := map[[2]string]bool{}
	add := func(lang, name string) {
		p := [2]string{lang, name}
		if name != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	if e.Names[docLang] == "" {
		add(docLang, e.Name)
	}
	for _, l := range slices.Sorted(maps.Keys(e.Names)) {
		add(l, e.Names[l])
	}
	for _, a := range e.Aliases {
		add("", a)
	}
	return out
}
