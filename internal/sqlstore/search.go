package sqlstore

import (
	"context"
	"fmt"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
	"github.com/litopys/litopys/search"
)

// Searcher is what a backend's search runs on: its postings and its
// statement for a hit.
type Searcher struct {
	Index search.Index
	// Hit reads the row of document seq: id, title, lang, outlet,
	// published and, when text is set, its compressed text (else NULL).
	Hit func(ctx context.Context, seq int64, text bool) interface{ Scan(...any) error }
}

// SearchWith finds documents by words and entities (see package search).
func (r *Reader) SearchWith(ctx context.Context, q litopys.Query, s Searcher) (litopys.SearchResult, error) {
	res := litopys.SearchResult{Results: []litopys.Hit{}}
	a, err := r.analyzer()
	if err != nil {
		return res, err
	}
	plan := a.Plan(q)
	if q.Entity != "" {
		ids, err := registry.DocumentIDs(ctx, r.q, q.Entity)
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		plan.Entity(q.Entity, ids)
	}
	if len(plan.Groups) == 0 {
		return res, litopys.Errorf(litopys.EINVALID, "search: empty query")
	}
	off := max(0, q.Offset)
	page, total, err := search.Rank(ctx, s.Index, plan, off+litopys.PageLimit(q.Limit))
	if err != nil {
		return res, fmt.Errorf("search: %w", err)
	}
	res.Total = total
	if off >= len(page) {
		return res, nil
	}
	page = page[off:]
	snippets := a.Snippets(plan)
	for _, p := range page {
		var h litopys.Hit
		var pub string
		var textz []byte
		if err := s.Hit(ctx, p.Doc, !q.NoSnippets).Scan(&h.ID, &h.Title, &h.Lang, &h.Outlet, &pub, &textz); err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		h.Published, _ = litopys.ParseDate(pub)
		h.Score = p.Score
		if !q.NoSnippets {
			text, err := r.codec.Text(textz)
			if err != nil {
				return res, fmt.Errorf("search: document %s: %w", h.ID, err)
			}
			h.Snippet = snippets.Snippet(text, h.Lang)
		}
		res.Results = append(res.Results, h)
	}
	return res, nil
}

// ReadDF reads rows of (term, document frequency) and closes them.
func ReadDF(rows Rows) (map[string]int64, error) {
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var t string
		var df int64
		if err := rows.Scan(&t, &df); err != nil {
			return nil, err
		}
		out[t] = df
	}
	return out, rows.Err()
}

// ReadPostings decodes into dst the postings blocks of term that rows
// hold in their last column, after lead others, and closes them.
func ReadPostings(rows Rows, lead int, term string, dst []search.Posting) ([]search.Posting, error) {
	defer rows.Close()
	var blocks [][]byte
	var data []byte
	dest := make([]any, lead+1)
	for i := range lead {
		dest[i] = new(any)
	}
	dest[lead] = &data
	for rows.Next() {
		data = nil
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		blocks = append(blocks, data)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out, err := search.DecodeBlocks(dst, blocks)
	if err != nil {
		return nil, fmt.Errorf("term %q: %w", term, err)
	}
	return out, nil
}
