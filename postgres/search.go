package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
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
	q.Text = clean(q.Text)
	plan := a.Plan(q)
	if len(plan.Groups) == 0 {
		return res, litopys.Errorf(litopys.EINVALID, "search: empty query")
	}
	ranked, err := search.Rank(ctx, index{db}, plan)
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
		err := db.pool.QueryRow(ctx, `SELECT id, title, lang, outlet, published, text FROM documents WHERE seq = $1`, s.Doc).
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
type index struct{ db *DB }

func (x index) Stats(ctx context.Context) (docs, words int64, err error) {
	err = x.db.pool.QueryRow(ctx, `SELECT docs, words FROM stats WHERE id = 1`).Scan(&docs, &words)
	return docs, words, err
}

func (x index) Terms(ctx context.Context, terms []string) (map[string]search.TermInfo, error) {
	out := map[string]search.TermInfo{}
	if len(terms) == 0 {
		return out, nil
	}
	rows, err := x.db.pool.Query(ctx, `SELECT term, id, df FROM terms WHERE term = ANY($1)`, terms)
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

func (x index) Postings(ctx context.Context, term int64, within []int64) ([]search.Posting, error) {
	var rows pgx.Rows
	var err error
	if within == nil {
		rows, err = x.db.pool.Query(ctx, `SELECT doc, tf, len, day FROM postings WHERE term = $1`, term)
	} else {
		rows, err = x.db.pool.Query(ctx, `SELECT doc, tf, len, day FROM postings WHERE term = $1 AND doc = ANY($2)`, term, within)
	}
	if err != nil {
		return nil, err
	}
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
