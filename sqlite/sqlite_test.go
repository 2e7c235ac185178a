package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/storetest"
)

func openTemp(t *testing.T) litopys.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "litopys.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, openTemp)
}

func TestStories(t *testing.T) {
	storetest.RunStories(t, func(t *testing.T, n int) []storetest.StoryStore {
		path := filepath.Join(t.TempDir(), "litopys.db")
		var out []storetest.StoryStore
		for range n {
			db, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			out = append(out, db)
		}
		return out
	})
}
