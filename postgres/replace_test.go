package postgres_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/search"
)

// TestReplaceInterleavedBlocks replaces a document whose posting is not in
// the term's block with the greatest key below it, as happens when
// concurrent batches take interleaved row numbers: the posting must be
// found and removed where it is.
func TestReplaceInterleavedBlocks(t *testing.T) {
	db, dsn := openSchema(t)
	ctx := context.Background()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	analyse := func(id, text string) *litopys.Document {
		d, err := p.Analyze(ctx, input.Record{Source: id, Format: input.FormatText, ID: id, Lang: "ru", Body: text})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for i := range 4 {
		if _, err := db.PutDocument(ctx, analyse(fmt.Sprintf("d%d", i), fmt.Sprintf("Бюджет номер %d утвердили.", i)), "v1"); err != nil {
			t.Fatal(err)
		}
	}
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	// Interleave the term's postings: documents 0 and 2 in one block,
	// 1 and 3 in the next.
	term := search.WordTerm("бюджет")
	rows, _ := c.Query(ctx, `SELECT data FROM postings WHERE term = $1`, term)
	var all []search.Posting
	var data []byte
	if _, err := pgx.ForEachRow(rows, []any{&data}, func() error {
		all, err = search.DecodeBlock(all, data)
		return err
	}); err != nil || len(all) != 4 {
		t.Fatalf("%d postings (%v), want 4", len(all), err)
	}
	search.SortPostings(all)
	if _, err := c.Exec(ctx, `DELETE FROM postings WHERE term = $1`, term); err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]int{{0, 2}, {1, 3}} {
		ps := []search.Posting{all[pair[0]], all[pair[1]]}
		if _, err := c.Exec(ctx, `INSERT INTO postings (term, blk, n, data) VALUES ($1, $2, 2, $3)`, term, ps[0].Doc, search.EncodeBlock(nil, ps)); err != nil {
			t.Fatal(err)
		}
	}
	// Document 2's block by key would be document 1's.
	if err := db.ReplaceDocuments(ctx, []*litopys.Document{analyse("d2", "Налог номер 2 отменили.")}, "v2"); err != nil {
		t.Fatal(err)
	}
	res, err := db.Search(ctx, litopys.Query{Text: "бюджета"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Results {
		got = append(got, h.ID)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"d0", "d1", "d3"}) {
		t.Errorf("after replacing d2, бюджета finds %v, want d0 d1 d3", got)
	}
	var n int
	if err := c.QueryRow(ctx, `SELECT sum(n) FROM postings WHERE term = $1`, term).Scan(&n); err != nil || n != 3 {
		t.Errorf("the term has %d postings (%v), want 3", n, err)
	}
}
