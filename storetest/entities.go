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
// it (docs are all the documents s holds that mention those entities).
func CheckEntityCounts(t testing.TB, s litopys.Store, docs []*litopys.Document) {
	t.Helper()
	ctx := context.Background()
	mentions := map[string]int{}
	mentioners := map[string][]string{}
	for _, d := range docs {
		for _, m := range d.Mentions {
			if m.Entity == "" {
				continue
			}
			mentions[m.Entity]++
			if ids := mentioners[m.Entity]; !slices.Contains(ids, d.ID) {
				mentioners[m.Entity] = append(ids, d.ID)
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
