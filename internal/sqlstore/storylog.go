package sqlstore

import (
	"context"
	"fmt"

	"github.com/litopys/litopys"
)

const entryColumns = `seq, doc, story, dup_of, lang, outlet, published, features, thread, continues, day`

// StoryEntries returns up to limit story log entries after seq after, in
// order.
func (r *Reader) StoryEntries(ctx context.Context, after int64, limit int) ([]litopys.StoryEntry, error) {
	out, err := storyEntries(ctx, r.q, after, limit)
	if err != nil {
		return nil, fmt.Errorf("story log: %w", err)
	}
	return out, nil
}

// storyEntries reads the entries after seq after, at most limit (all when
// limit < 0).
func storyEntries(ctx context.Context, q Querier, after int64, limit int) ([]litopys.StoryEntry, error) {
	query, args := `SELECT `+entryColumns+` FROM story_log WHERE seq > ? ORDER BY seq`, []any{after}
	if limit >= 0 {
		query, args = query+` LIMIT ?`, append(args, limit)
	}
	return scanEntries(ctx, q, query, args...)
}

// storyWindow reads the log's window for an assigner keeping keep days:
// the entries of the stories whose last day is within keep days of the
// latest.
func storyWindow(ctx context.Context, q Querier, keep int) (litopys.StoryWindow, error) {
	var w litopys.StoryWindow
	if _, err := Row(ctx, q, `SELECT coalesce((SELECT max(seq) FROM story_log), 0), coalesce((SELECT max(last_day) FROM stories), 0)`, nil, &w.Seq, &w.Day); err != nil {
		return w, err
	}
	if w.Seq == 0 {
		return w, nil
	}
	var err error
	w.Entries, err = scanEntries(ctx, q, `SELECT `+entryColumns+` FROM story_log
		WHERE story IN (SELECT id FROM stories WHERE last_day >= ?) ORDER BY seq`, w.Day-keep)
	return w, err
}

func scanEntries(ctx context.Context, q Querier, query string, args ...any) ([]litopys.StoryEntry, error) {
	out := []litopys.StoryEntry{}
	var e litopys.StoryEntry
	var pub string
	err := Each(ctx, q, query, args, []any{&e.Seq, &e.Doc, &e.Story, &e.DupOf, &e.Lang, &e.Outlet, &pub, &e.Features, &e.Thread, &e.Continues, &e.Day}, func() error {
		e.Published, _ = litopys.ParseDate(pub)
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Assign brings a up to date — the log's window when it starts, else the
// entries after its cursor — runs it over the added docs and returns the
// entries it gives them, numbered after the log's last, for the backend
// to log and fold into the read model in the same transaction q runs in
// (and to give a.Committed once that commits).
func Assign(ctx context.Context, q Querier, a litopys.StoryAssigner, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	var unseen []litopys.StoryEntry
	if a.Cursor() == 0 {
		w, err := storyWindow(ctx, q, a.Window())
		if err != nil {
			return nil, fmt.Errorf("story log: %w", err)
		}
		if err := a.Load(w); err != nil {
			return nil, fmt.Errorf("story log: %w", err)
		}
	} else {
		var err error
		if unseen, err = storyEntries(ctx, q, a.Cursor(), -1); err != nil {
			return nil, fmt.Errorf("story log: %w", err)
		}
	}
	entries, err := a.Assign(unseen, docs)
	if err != nil {
		return nil, fmt.Errorf("assign stories: %w", err)
	}
	if len(entries) != len(docs) {
		return nil, fmt.Errorf("assign stories: %d entries for %d documents", len(entries), len(docs))
	}
	var last int64
	if _, err := Row(ctx, q, `SELECT coalesce(max(seq), 0) FROM story_log`, nil, &last); err != nil {
		return nil, fmt.Errorf("story log: %w", err)
	}
	for i := range entries {
		entries[i].Seq = last + int64(i) + 1
	}
	return entries, nil
}
