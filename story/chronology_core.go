package story

import (
	"cmp"
	"slices"

	"github.com/litopys/litopys"
)

// coreShare is the share of a story's articles an entity must be named in
// to be one of its core entities; coreAtLeast entities are core however
// few articles name them.
const (
	coreShare   = 0.2
	coreAtLeast = 8
)

// CoreEntities returns the entities a story is about: those named (as an
// entity or an event participant) in at least a fifth of its articles,
// and at least the eight named in most articles. A one-article story's core
// is everything it names.
func CoreEntities(docs []*litopys.Document) []string {
	df := map[string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, e := range d.Entities {
			seen[e.ID] = true
		}
		for _, ev := range d.Events {
			for _, p := range ev.Participants {
				if p.Entity != "" {
					seen[p.Entity] = true
				}
			}
		}
		for id := range seen {
			df[id]++
		}
	}
	type count struct {
		id string
		n  int
	}
	var all []count
	for id, n := range df {
		all = append(all, count{id, n})
	}
	slices.SortFunc(all, func(a, b count) int { return cmp.Or(b.n-a.n, cmp.Compare(a.id, b.id)) })
	need := int(coreShare*float64(len(docs)) + 0.999)
	var out []string
	for i, c := range all {
		if i < coreAtLeast || c.n >= need {
			out = append(out, c.id)
		}
	}
	return out
}

// ForEntity returns the rows an entity takes part in: its chronology
// within the story. A row counts only when one of its own reports names
// the entity, and it is summarised by that report's sentence, so every row
// shows a sentence about the entity.
func ForEntity(rows []Row, entity string) []Row {
	var out []Row
	for _, r := range rows {
		i := slices.IndexFunc(r.Sources, func(s Source) bool { return slices.Contains(s.Participants, entity) })
		if i < 0 {
			continue
		}
		r.Summary = clip(r.Sources[i].Text)
		out = append(out, r)
	}
	return out
}
