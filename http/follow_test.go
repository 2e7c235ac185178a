package http

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/story"
)

// TestFollow: a server shows documents another process stores after it
// started, at once, in the story that process's writer decided (the
// store's read model answers; there is nothing to replay).
func TestFollow(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	mine, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer mine.Close()
	other, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	mine.SetStories(story.NewLog(story.Options{}))
	other.SetStories(story.NewLog(story.Options{}))
	if _, err := mine.PutDocument(ctx, fixtureDoc("a", "en", 1), "test"); err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Store: mine})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Load(ctx); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := srv.Index().StoryOf(ctx, "a"); !ok || err != nil {
		t.Fatal("the document stored before start is in no story")
	}
	if _, err := other.PutDocument(ctx, fixtureDoc("b", "en", 2), "test"); err != nil {
		t.Fatal(err)
	}
	log, err := other.StoryEntries(ctx, 0, 10)
	if err != nil || len(log) != 2 {
		t.Fatalf("story log: %v, %v", log, err)
	}
	got, ok, err := srv.Index().StoryOf(ctx, "b")
	if err != nil || !ok || got != log[1].Story {
		t.Errorf("b is in story %q (%v, %v), the log says %s", got, ok, err, log[1].Story)
	}
}
