package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
)

func testReanalyze(t *testing.T, f *fixture, s litopys.Store) {
	r, ok := s.(litopys.Reanalyzer)
	if !ok {
		t.Skip("the store is not a litopys.Reanalyzer")
	}
	ctx := context.Background()
	put(t, s, f.seeds...)
	reB := f.article(t, "re-b", "ru", "", "", "Министр обсудил бюджет с коллегами.")
	put(t, s, f.article(t, "re-a", "ru", "", "2023-01-10", "Синоптики обещают дождь и ветер в Москве на выходных."), reB)
	all := sorted([]string{f.seeds[0].ID, f.seeds[1].ID, "re-a", "re-b"})
	var pages []string
	for after := ""; ; {
		ids, err := r.Stale(ctx, "v-next", after, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) == 0 {
			break
		}
		pages = append(pages, ids...)
		after = ids[len(ids)-1]
	}
	if !slices.Equal(pages, all) {
		t.Errorf("Stale pages = %q, want %q", pages, all)
	}
	if ids, err := r.Stale(ctx, pipeline.Version, "", 10); err != nil || len(ids) != 0 {
		t.Errorf("Stale(current analyser) = %q, %v; want none", ids, err)
	}

	// re-a is reanalysed into other words: the index forgets the old ones.
	newA := f.article(t, "re-a", "ru", "example.org", "2024-05-01", "Министр обсудил санкции и бюджет на следующий год.")
	if err := r.ReplaceDocuments(ctx, []*litopys.Document{newA}, "v-next"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, "re-a")
	if err != nil {
		t.Fatal(err)
	}
	if roundTrip(t, got) != roundTrip(t, newA) {
		t.Errorf("replaced document differs from the new one")
	}
	for _, tt := range []struct {
		q    litopys.Query
		want []string
	}{
		{litopys.Query{Text: "дождь"}, []string{}},
		{litopys.Query{Text: "бюджет"}, []string{"re-a", "re-b"}},
		{litopys.Query{Text: "санкции", Outlet: "example.org"}, []string{"re-a"}},
		{litopys.Query{Text: "бюджет", From: litopys.DayDate(2024, 5, 1)}, []string{"re-a"}},
	} {
		if res := search(t, s, tt.q); !slices.Equal(sorted(ids(res)), tt.want) {
			t.Errorf("after replace, search %+v = %q, want %q", tt.q, ids(res), tt.want)
		}
	}
	if ids, err := r.Stale(ctx, "v-next", "", 10); err != nil || !slices.Equal(ids, sorted([]string{f.seeds[0].ID, f.seeds[1].ID, "re-b"})) {
		t.Errorf("Stale after replace = %q, %v", ids, err)
	}
	if n := count(t, s); n != 4 {
		t.Errorf("count after replace = %d, want 4", n)
	}
	// A seed reanalysed with fewer mentions: the entities' counts and
	// documents follow.
	fewer := *f.seeds[1]
	fewer.Mentions = fewer.Mentions[:len(fewer.Mentions)/2]
	if err := r.ReplaceDocuments(ctx, []*litopys.Document{&fewer}, "v-next"); err != nil {
		t.Fatal(err)
	}
	CheckEntityCounts(t, s, []*litopys.Document{f.seeds[0], &fewer, newA, reB})
	// Replacing a document that is not stored changes nothing.
	err = r.ReplaceDocuments(ctx, []*litopys.Document{f.seeds[0], f.article(t, "re-missing", "ru", "", "", "Нет такого.")}, "v-other")
	if litopys.ErrorCode(err) != litopys.ENOTFOUND {
		t.Errorf("replace of a missing document: %v, want code %s", err, litopys.ENOTFOUND)
	}
	if ids, _ := r.Stale(ctx, "v-other", "", 10); len(ids) != 4 {
		t.Errorf("a failed replace changed analysers: stale = %q", ids)
	}
	if ids, _ := r.Stale(ctx, "v-next", "", 10); !slices.Contains(ids, f.seeds[0].ID) {
		t.Errorf("a failed replace replaced %s", f.seeds[0].ID)
	}
}
