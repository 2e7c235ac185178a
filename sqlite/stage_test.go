package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/storetest"
)

// articles analyses n short Russian articles that share the word "статья".
func articles(t *testing.T, n int) []*litopys.Document {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*litopys.Document, n)
	for i := range out {
		id := fmt.Sprintf("stage-%02d", i)
		rec := input.Record{Source: id, Format: input.FormatText, ID: id, Lang: "ru",
			Body: fmt.Sprintf("Статья номер %d о бюджете. В статье %d слов.", i, 5+i)}
		if out[i], err = p.Analyze(context.Background(), rec); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// openStaging opens a new store whose staged blocks move every batches
// batches, read chunk blocks at a time.
func openStaging(t *testing.T, batches, chunk int) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "litopys.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.stage.maxBatches, db.stage.chunk = batches, chunk
	return db
}

// TestConformanceStaging runs the conformance suite with the staged
// blocks moved after every batch, and every third, read a few at a time,
// so that a move's chunks end inside a term's blocks.
func TestConformanceStaging(t *testing.T) {
	for _, c := range []struct{ batches, chunk int }{{1, 3}, {3, 2}} {
		t.Run(fmt.Sprintf("every %d, chunks of %d", c.batches, c.chunk), func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) litopys.Store { return openStaging(t, c.batches, c.chunk) })
		})
	}
}

// TestStageMoves checks the counts that trigger a move and that a move
// empties the staging table into postings, combining a term's blocks.
func TestStageMoves(t *testing.T) {
	ctx := context.Background()
	db := openStaging(t, 4, 5)
	docs := articles(t, 11)
	docs, extra := docs[:10], docs[10]
	counts := func() (staged, main int) {
		t.Helper()
		if err := db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM postings_new), (SELECT count(*) FROM postings)`).Scan(&staged, &main); err != nil {
			t.Fatal(err)
		}
		return staged, main
	}
	for i, d := range docs {
		if _, err := db.PutDocument(ctx, d, "v1"); err != nil {
			t.Fatal(err)
		}
		staged, main := counts()
		if moved := (i+1)%4 == 0; moved != (staged == 0) || (i >= 3) != (main > 0) {
			t.Errorf("after document %d: %d staged, %d moved blocks", i+1, staged, main)
		}
		if db.stage.batches != (i+1)%4 {
			t.Errorf("after document %d: %d staged batches counted, want %d", i+1, db.stage.batches, (i+1)%4)
		}
	}
	// A word of every document: one block per move, then the staged ones.
	blocks, err := db.WordBlocks(ctx, "статья")
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 + 2; blocks != want {
		t.Errorf("a word of all 10 documents has %d blocks after 2 moves, want %d", blocks, want)
	}
	if res, err := db.Search(ctx, litopys.Query{Text: "статьи"}); err != nil || res.Total != len(docs) {
		t.Errorf("search: %d found (%v), want %d", res.Total, err, len(docs))
	}
	// A process that did not write them counts the staged blocks from the file.
	db.stage.forget()
	if _, err := db.PutDocument(ctx, extra, "v1"); err != nil {
		t.Fatal(err)
	}
	if db.stage.batches != 3 {
		t.Errorf("after reopening, %d staged batches counted, want 3", db.stage.batches)
	}
}
