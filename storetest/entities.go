package storetest

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/litopys/litopys"
)

// CheckEntityCounts checks, for every entity the stored docs mention, that
// s counts its mentions across docs and lists each document that mentions
// it (docs are all the documents s holds that mention those entities). An
// id documents use may belong, through the entity registry, to an entity
// that other ids name too: the counts are those of the entity s answers
// with, over all the ids that lead to it.
func CheckEntityCounts(t testing.TB, s litopys.Store, docs []*litopys.Document) {
	t.Helper()
	ctx := context.Background()
	mentions := map[string]int{}
	mentioners := map[string][]string{}
	canonical := map[string]string{}
	for _, d := range docs {
		for _, m := range d.Mentions {
			if m.Entity == "" {
				continue
			}
			c, ok := canonical[m.Entity]
			if !ok {
				e, err := s.Entity(ctx, m.Entity)
				if err != nil {
					t.Errorf("entity %s: %v", m.Entity, err)
					canonical[m.Entity] = ""
					continue
				}
				c = e.ID
				canonical[m.Entity] = c
			}
			if c == "" {
				continue
			}
			mentions[c]++
			if ids := mentioners[c]; !slices.Contains(ids, d.ID) {
				mentioners[c] = append(ids, d.ID)
			}
		}
	}
	if len(mentions) == 0 {
		t.Fatalf("no document mentions an entity")
	}
	for _, id := range slices.Sorted(maps.Keys(mentions)) {
		e, err := s.Entity(ctx, id)
		if err != nil {
			t.Errorf("entity %s: %v", id, err)
			continue
		}
		if e.ID != id {
			t.Errorf("entity %s answers as %s", id, e.ID)
		}
		if e.Mentions != mentions[id] {
			t.Errorf("entity %s: %d mentions, want %d", id, e.Mentions, mentions[id])
		}
		var got []string
		for _, d := range e.Documents {
			got = append(got, d.ID)
		}
		slices.Sort(got)
		if want := slices.Sorted(slices.Values(mentioners[id])); !slices.Equal(got, want) {
			t.Errorf("entity %s: documents %q, want %q", id, got, want)
		}
	}
}
