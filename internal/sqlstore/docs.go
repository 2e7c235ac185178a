package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
)

// Documents lists the documents matching f, newest first.
func (r *Reader) Documents(ctx context.Context, f litopys.DocumentFilter) ([]litopys.DocumentSummary, error) {
	ents, err := registry.DocumentIDs(ctx, r.q, f.Entity)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	where, args := r.d.DocConditions("documents", f.Lang, f.Outlet, f.From, f.To, ents, "")
	q := `SELECT ` + SummaryColumns + ` FROM documents`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY day DESC, seq DESC LIMIT ? OFFSET ?"
	args = append(args, litopys.PageLimit(f.Limit), max(0, f.Offset))
	rows, err := r.q.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return ScanSummaries(rows)
}

// CountDocuments counts the documents f keeps.
func (r *Reader) CountDocuments(ctx context.Context, f litopys.DocumentFilter) (int, error) {
	ents, err := registry.DocumentIDs(ctx, r.q, f.Entity)
	if err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	where, args := r.d.DocConditions("documents", f.Lang, f.Outlet, f.From, f.To, ents, "")
	q := `SELECT docs FROM stats WHERE id = 1`
	if len(where) > 0 {
		q = `SELECT count(*) FROM documents WHERE ` + strings.Join(where, " AND ")
	}
	var n int64
	if _, err := Row(ctx, r.q, q, args, &n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return int(n), nil
}

// DocumentSummaries maps stored documents to their summaries.
func (r *Reader) DocumentSummaries(ctx context.Context, ids []string) (map[string]litopys.DocumentSummary, error) {
	out := map[string]litopys.DocumentSummary{}
	if err := r.d.batches(ids, func(ids []string) error {
		cond, args := r.d.In("id", ids)
		rows, err := r.q.Query(ctx, `SELECT `+SummaryColumns+` FROM documents WHERE `+cond, args...)
		if err != nil {
			return err
		}
		list, err := ScanSummaries(rows)
		for _, s := range list {
			out[s.ID] = s
		}
		return err
	}); err != nil {
		return nil, fmt.Errorf("document summaries: %w", err)
	}
	return out, nil
}

// Stale lists up to limit IDs, in order, of documents whose analyser is
// not analyser, after the ID after.
func (r *Reader) Stale(ctx context.Context, analyser, after string, limit int) ([]string, error) {
	out := []string{}
	var id string
	if err := Each(ctx, r.q, `SELECT id FROM documents WHERE id > ? AND analyser <> ? ORDER BY id LIMIT ?`, []any{after, analyser, max(0, limit)},
		[]any{&id}, func() error {
			out = append(out, id)
			return nil
		}); err != nil {
		return nil, fmt.Errorf("stale documents: %w", err)
	}
	return out, nil
}

// PutOne stores doc with put (a backend's PutDocuments) and reports
// whether it was added.
func PutOne(ctx context.Context, put func(context.Context, []*litopys.Document, string) ([]bool, error), doc *litopys.Document, analyser string) (bool, error) {
	a, err := put(ctx, []*litopys.Document{doc}, analyser)
	if err != nil {
		return false, err
	}
	return a[0], nil
}
