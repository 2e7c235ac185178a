package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/search"
)

// Search finds documents by words and entities (see package search).
func (db *DB) Search(ctx context.Context, q litopys.Query) (litopys.SearchResult, error) {
	res := litopys.SearchResult{Results: []litopys.Hit{}}
	a, err := db.analyzer()
	if err != nil {
		return res, err
	}
	st, err := db.stmts()
	if err != nil {
		return res, err
	}
	plan := a.Plan(q)
	if len(plan.Groups) == 0 {
		return res, litopys.Errorf(litopys.EINVALID, "search: empty query")
	}
	ranked, err := search.Rank(ctx, index{db, st}, plan)
	if err != nil {
		return res, fmt.Errorf("search: %w", err)
	}
	res.Total = len(ranked)
	off := max(0, q.Offset)
	if off >= len(ranked) {
		return res, nil
	}
	page := ranked[off:min(len(ranked), off+litopys.PageLimit(q.Limit))]
	for _, s := range page {
		var h litopys.Hit
		var pub, text string
		err := st.hit.QueryRowContext(ctx, s.Doc).
			Scan(&h.ID, &h.Title, &h.Lang, &h.Outlet, &pub, &text)
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		h.Published, _ = litopys.ParseDate(pub)
		h.Score = s.Score
		h.Snippet = a.Snippet(text, h.Lang, plan)
		res.Results = append(res.Results, h)
	}
	return res, nil
}

// index is the search.Index over the terms and postings tables.
type index struct {
	db    *DB
	stmts *searchStmts
}

func (x index) Stats(ctx context.Context) (docs, words int64, err error) {
	err = x.db.read.QueryRowContext(ctx, `SELECT docs, words FROM stats WHERE id = 1`).Scan(&docs, &words)
	return docs, words, err
}

func (x index) Terms(ctx context.Context, terms []string) (map[string]search.TermInfo, error) {
	out := map[string]search.TermInfo{}
	if len(terms) == 0 {
		return out, nil
	}
	args := make([]any, len(terms))
	for i, t := range terms {
		args[i] = t
	}
	rows, err := x.db.read.QueryContext(ctx, `SELECT term, id, df FROM terms WHERE term IN (`+placeholders(len(terms))+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var ti search.TermInfo
		if err := rows.Scan(&t, &ti.ID, &ti.DF); err != nil {
			return nil, err
		}
		out[t] = ti
	}
	return out, rows.Err()
}

// chunk is the number of documents looked up per statement.
const chunk = 500

func (x index) Postings(ctx context.Context, term int64, within []int64) ([]search.Posting, error) {
	if within == nil {
		rows, err := x.stmts.postings.QueryContext(ctx, term)
		if err != nil {
			return nil, err
		}
		return scanPostings(rows)
	}
	var out []search.Posting
	for len(within) > 0 {
		n := min(chunk, len(within))
		args := []any{term}
		for _, d := range within[:n] {
			args = append(args, d)
		}
		ps, err := x.postings(ctx, `SELECT doc, tf, len, day FROM postings WHERE term = ? AND doc IN (`+placeholders(n)+`)`, args...)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
		within = within[n:]
	}
	return out, nil
}

func (x index) postings(ctx context.Context, q string, args ...any) ([]search.Posting, error) {
	rows, err := x.db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return scanPostings(rows)
}

func scanPostings(rows *sql.Rows) ([]search.Posting, error) {
	defer rows.Close()
	var out []search.Posting
	for rows.Next() {
		var p search.Posting
		if err := rows.Scan(&p.Doc, &p.TF, &p.Len, &p.Day); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
