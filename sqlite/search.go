package sqlite

import (
	"context"
	"database/sql"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/search"
)

// Search finds documents by words and entities (see package search).
func (db *DB) Search(ctx context.Context, q litopys.Query) (litopys.SearchResult, error) {
	st, err := db.stmts()
	if err != nil {
		return litopys.SearchResult{Results: []litopys.Hit{}}, err
	}
	return db.SearchWith(ctx, q, sqlstore.Searcher{
		Index: index{db, st},
		Hit: func(ctx context.Context, seq int64, text bool) interface{ Scan(...any) error } {
			return st.hit.QueryRowContext(ctx, seq, text)
		},
	})
}

// index is the search.Index over the postings table.
type index struct {
	db    *DB
	stmts *searchStmts
}

func (x index) Stats(ctx context.Context) (docs, words int64, err error) {
	err = x.db.read.QueryRowContext(ctx, `SELECT docs, words FROM stats WHERE id = 1`).Scan(&docs, &words)
	return docs, words, err
}

func (x index) DF(ctx context.Context, terms []string) (map[string]int64, error) {
	out := map[string]int64{}
	if len(terms) == 0 {
		return out, nil
	}
	args := make([]any, len(terms))
	for i, t := range terms {
		args[i] = t
	}
	in := numbered(len(terms))
	rows, err := x.db.read.QueryContext(ctx, `SELECT term, sum(n) FROM (SELECT term, n FROM postings WHERE term IN (`+in+`)
		UNION ALL SELECT term, n FROM postings_new WHERE term IN (`+in+`)) GROUP BY term`, args...)
	if err != nil {
		return nil, err
	}
	return sqlstore.ReadDF(sqlRows{rows})
}

// Postings reads the blocks of a term; with candidates, only the blocks
// that can hold them (a block's key is at most its first document).
func (x index) Postings(ctx context.Context, term string, within []int64, dst []search.Posting) ([]search.Posting, error) {
	var rows *sql.Rows
	var err error
	if len(within) > 0 {
		rows, err = x.stmts.postingsWithin.QueryContext(ctx, term, within[len(within)-1])
	} else {
		rows, err = x.stmts.postings.QueryContext(ctx, term)
	}
	if err != nil {
		return nil, err
	}
	// blk is ordered by, so selected; it is not needed here.
	return sqlstore.ReadPostings(sqlRows{rows}, 1, term, dst)
}
