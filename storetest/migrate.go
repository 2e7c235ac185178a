package storetest

import (
	"context"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/story"
)

// MigratedStore is a store that assigns the stories of documents stored
// before its story log.
type MigratedStore interface {
	StoryStore
	litopys.Reanalyzer
	AssignMissing(ctx context.Context) (int, error)
}

// CheckMigrated checks a store migrated from schema 0001, which held
// seeds (two documents, analyser "old"): they read as before, are counted,
// found and stale, get their stories once a log is set, and a document
// added after the migration joins the rebuilt index.
func CheckMigrated(t *testing.T, db MigratedStore, seeds []*litopys.Document) {
	t.Helper()
	ctx := context.Background()
	for _, d := range seeds {
		got, err := db.Document(ctx, d.ID)
		if err != nil || got.Text != d.Text || len(got.Tokens) != len(d.Tokens) {
			t.Errorf("%s changed by the migration (%v)", d.ID, err)
		}
	}
	CheckEntityCounts(t, db, seeds)
	for _, q := range []string{"Блинкена", "Ким Чен Ын"} {
		res, err := db.Search(ctx, litopys.Query{Text: q})
		if err != nil || res.Total != 2 {
			t.Errorf("search %q after migration: %d results (%v), want both seeds", q, res.Total, err)
		}
	}
	if ids, err := db.Stale(ctx, "new", "", 10); err != nil || len(ids) != 2 {
		t.Errorf("stale after migration = %q, %v", ids, err)
	}
	// Documents stored before the story log existed get their stories.
	db.SetStories(story.NewLog(story.Options{}))
	if log, err := db.StoryEntries(ctx, 0, 10); err != nil || len(log) != 0 {
		t.Errorf("story log right after migration: %d entries, %v", len(log), err)
	}
	if n, err := db.AssignMissing(ctx); err != nil || n != len(seeds) {
		t.Errorf("assign missing: %d, %v; want %d", n, err, len(seeds))
	}
	if n, err := db.AssignMissing(ctx); err != nil || n != 0 {
		t.Errorf("assign missing again: %d, %v; want 0", n, err)
	}
	if log, err := db.StoryEntries(ctx, 0, 10); err != nil || len(log) != len(seeds) {
		t.Errorf("story log after assign missing: %d entries, %v", len(log), err)
	}
	if list, n, err := db.Stories(ctx, litopys.StoryFilter{}); err != nil || n != 1 || list[0].Documents != len(seeds) {
		t.Errorf("stories after assign missing: %+v, %d, %v; want the seeds' one story", list, n, err)
	}
	// Documents added after the migration join the rebuilt index.
	extra := *seeds[0]
	extra.ID = "after-migration"
	if _, err := db.PutDocument(ctx, &extra, "new"); err != nil {
		t.Fatal(err)
	}
	if res, err := db.Search(ctx, litopys.Query{Text: "Блинкена"}); err != nil || res.Total != 3 {
		t.Errorf("search after a put: %d results (%v), want 3", res.Total, err)
	}
}
