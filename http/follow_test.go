package http

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/litopys/litopys/sqlite"
)

// TestFollow: a server shows documents another process stores after it
// started, in the story that process's writer decided.
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
	if _, ok := srv.Index().StoryOf("a"); !ok {
		t.Fatal("the document stored before start is in no story")
	}
	if _, err := other.PutDocument(ctx, fixtureDoc("b", "en", 2), "test"); err != nil {
		t.Fatal(err)
	}
	log, err := other.StoryEntries(ctx, 0, 10)
	if err != nil || len(log) != 2 {
		t.Fatalf("story log: %v, %v", log, err)
	}
	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go srv.Follow(fctx, 10*time.Millisecond, func(err error) { t.Error(err) })
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, ok := srv.Index().StoryOf("b")
		if ok {
			if got != log[1].Story {
				t.Errorf("b is in story %s, the log says %s", got, log[1].Story)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the server never showed the document another process stored")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
