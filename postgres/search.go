package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/search"
)

// Search finds documents by words and entities (see package search).
func (db *DB) Search(ctx context.Context, q litopys.Query) (litopys.SearchResult, error) {
	q.Text = clean(q.Text)
	return db.SearchWith(ctx, q, sqlstore.Searcher{
		Index: index{db},
		Hit: func(ctx context.Context, seq int64, text bool) interface{ Scan(...any) error } {
			// The text is read (and detoasted) only when a snippet is wanted.
			return db.pool.QueryRow(ctx, `SELECT id, title, lang, outlet, published, CASE WHEN $2 THEN textz END FROM documents WHERE seq = $1`, seq, text)
		},
	})
}

// index is the search.Index over the postings table.
type index struct{ db *DB }

func (x index) Stats(ctx context.Context) (docs, words int64, err error) {
	err = x.db.pool.QueryRow(ctx, `SELECT docs, words FROM stats WHERE id = 1`).Scan(&docs, &words)
	return docs, words, err
}

func (x index) DF(ctx context.Context, terms []string) (map[string]int64, error) {
	out := map[string]int64{}
	if len(terms) == 0 {
		return out, nil
	}
	rows, err := x.db.pool.Query(ctx, `SELECT term, sum(n)::bigint FROM postings WHERE term = ANY($1) GROUP BY term`, terms)
	if err != nil {
		return nil, err
	}
	return sqlstore.ReadDF(pgRows{rows})
}

// Postings reads the blocks of a term; with candidates, only the blocks
// that can hold them (a block's key is at most its first document).
func (x index) Postings(ctx context.Context, term string, within []int64, dst []search.Posting) ([]search.Posting, error) {
	var rows pgx.Rows
	var err error
	if len(within) > 0 {
		rows, err = x.db.pool.Query(ctx, `SELECT data FROM postings WHERE term = $1 AND blk <= $2 ORDER BY blk`, term, within[len(within)-1])
	} else {
		rows, err = x.db.pool.Query(ctx, `SELECT data FROM postings WHERE term = $1 ORDER BY blk`, term)
	}
	if err != nil {
		return nil, err
	}
	return sqlstore.ReadPostings(pgRows{rows}, 0, term, dst)
}
