package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/storyrm"
)

var (
	_ litopys.StoryLog    = (*DB)(nil)
	_ litopys.StoryWriter = (*DB)(nil)
)

// SetStories makes PutDocuments assign the story of every document it
// adds with a, inside its write transaction (which is exclusive: BEGIN
// IMMEDIATE), log it, keep the story read model, and tell a once the
// transaction committed (or reset it when it did not). nil (the default)
// assigns no stories.
func (db *DB) SetStories(a litopys.StoryAssigner) {
	if a == nil {
		db.stories.Store(nil)
		return
	}
	db.stories.Store(&a)
}

func (db *DB) assigner() litopys.StoryAssigner {
	if p := db.stories.Load(); p != nil {
		return *p
	}
	return nil
}

// assign brings a up to date — the log's window when it starts, else the
// entries after its cursor — runs it over the added docs, logs the entries
// it returns, numbered after the last one, and folds them into the read
// model; it returns them as stored, for a.Committed.
func (db *DB) assign(ctx context.Context, tx *sql.Tx, st *writeStmts, a litopys.StoryAssigner, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	var unseen []litopys.StoryEntry
	if a.Cursor() == 0 {
		w, err := storyWindow(ctx, tx, a.Window())
		if err != nil {
			return nil, fmt.Errorf("story log: %w", err)
		}
		if err := a.Load(w); err != nil {
			return nil, fmt.Errorf("story log: %w", err)
		}
	} else {
		var err error
		if unseen, err = storyEntries(ctx, tx, a.Cursor(), -1); err != nil {
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
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM story_log`).Scan(&last); err != nil {
		return nil, fmt.Errorf("story log: %w", err)
	}
	flat := make([]any, 0, 12*len(entries))
	for i := range entries {
		e := &entries[i]
		e.Seq = last + int64(i) + 1
		flat = append(flat, e.Seq, e.Doc, e.Story, e.DupOf, e.Lang, e.Outlet, e.Published.String(), e.Features, e.Thread, e.Continues, e.Day,
			storyrm.EncodeEvents(docs[i]))
	}
	if err := st.stories.exec(ctx, tx, flat); err != nil {
		return nil, fmt.Errorf("story log: %w", err)
	}
	if err := writeReadModel(ctx, txQuerier{db, tx}, st, entries, docs); err != nil {
		return nil, err
	}
	return entries, nil
}

// StoryEntries returns up to limit story log entries after seq after, in
// order.
func (db *DB) StoryEntries(ctx context.Context, after int64, limit int) ([]litopys.StoryEntry, error) {
	out, err := storyEntries(ctx, db.read, after, limit)
	if err != nil {
		return nil, fmt.Errorf("story log: %w", err)
	}
	return out, nil
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const entryColumns = `seq, doc, story, dup_of, lang, outlet, published, features, thread, continues, day`

// storyEntries reads the entries after seq after, at most limit (all when
// limit < 0).
func storyEntries(ctx context.Context, q querier, after int64, limit int) ([]litopys.StoryEntry, error) {
	return scanEntries(q.QueryContext(ctx, `SELECT `+entryColumns+` FROM story_log WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit))
}

// storyWindow reads the log's window for an assigner keeping keep days:
// the entries of the stories whose last day is within keep days of the
// latest.
func storyWindow(ctx context.Context, q querier, keep int) (litopys.StoryWindow, error) {
	var w litopys.StoryWindow
	if err := q.QueryRowContext(ctx, `SELECT coalesce((SELECT max(seq) FROM story_log), 0), coalesce((SELECT max(last_day) FROM stories), 0)`).Scan(&w.Seq, &w.Day); err != nil {
		return w, err
	}
	if w.Seq == 0 {
		return w, nil
	}
	var err error
	w.Entries, err = scanEntries(q.QueryContext(ctx, `SELECT `+entryColumns+` FROM story_log
		WHERE story IN (SELECT id FROM stories WHERE last_day >= ?) ORDER BY seq`, w.Day-keep))
	return w, err
}

func scanEntries(rows *sql.Rows, err error) ([]litopys.StoryEntry, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []litopys.StoryEntry{}
	for rows.Next() {
		var e litopys.StoryEntry
		var pub string
		if err := rows.Scan(&e.Seq, &e.Doc, &e.Story, &e.DupOf, &e.Lang, &e.Outlet, &pub, &e.Features, &e.Thread, &e.Continues, &e.Day); err != nil {
			return nil, err
		}
		e.Published, _ = litopys.ParseDate(pub)
		out = append(out, e)
	}
	return out, rows.Err()
}

// writeReadModel folds entries into the stories, threads and story
// entities tables, with a few multi-row statements (Fold returns each row
// once).
func writeReadModel(ctx context.Context, q txQuerier, st *writeStmts, entries []litopys.StoryEntry, docs []*litopys.Document) error {
	ch, err := storyrm.FoldStored(entries, docs, storyrm.Reader{
		Stories: func(ids []string, put func(*storyrm.Story)) error {
			return readRows(ctx, q, `SELECT `+storyColumns+` FROM stories WHERE id IN (%s)`, ids, func(sc *sql.Rows) error {
				s, err := scanStory(sc)
				if err == nil {
					put(s)
				}
				return err
			})
		},
		Threads: func(ids []string, put func(*storyrm.Thread)) error {
			return readRows(ctx, q, `SELECT `+threadColumns+` FROM threads WHERE id IN (%s)`, ids, func(sc *sql.Rows) error {
				t, err := scanThread(sc)
				if err == nil {
					put(t)
				}
				return err
			})
		},
		Story:  func(id string) (*storyrm.Story, error) { return storyRow(ctx, q, id) },
		Thread: func(id string) (*storyrm.Thread, error) { return threadRow(ctx, q, id) },
	})
	if err != nil {
		return err
	}
	rows := make([]any, 0, 12*len(ch.Stories))
	for _, s := range ch.Stories {
		rows = append(rows, s.ID, s.Thread, s.Continues, s.Title, s.First.String(), s.Last.String(), s.FirstDay, s.LastDay,
			s.Docs, s.Dups, storyrm.Counts(s.Langs), storyrm.Counts(s.Outlets))
	}
	if err := st.storyRows.exec(ctx, q.tx, rows); err != nil {
		return fmt.Errorf("story read model: %w", err)
	}
	rows = make([]any, 0, 8*len(ch.Threads))
	for _, t := range ch.Threads {
		rows = append(rows, t.ID, t.Title, t.Stories, t.Docs, t.First.String(), t.Last.String(), t.FirstDay, t.LastDay)
	}
	if err := st.threadRows.exec(ctx, q.tx, rows); err != nil {
		return fmt.Errorf("story read model: %w", err)
	}
	rows = make([]any, 0, 3*len(ch.Entities))
	for _, e := range ch.Entities {
		rows = append(rows, e.Story, e.Entity, e.Docs)
	}
	if err := st.storyEntities.exec(ctx, q.tx, rows); err != nil {
		return fmt.Errorf("story read model: %w", err)
	}
	return nil
}

// readRows runs query, whose %s stands for a list of placeholders, over
// ids, a few hundred at a time, and calls scan on each row.
func readRows(ctx context.Context, q querier, query string, ids []string, scan func(*sql.Rows) error) error {
	for len(ids) > 0 {
		part := ids[:min(len(ids), 500)]
		ids = ids[len(part):]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := q.QueryContext(ctx, fmt.Sprintf(query, placeholders(len(part))), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

const storyColumns = `id, thread, continues, title, first, last, first_day, last_day, docs, dups, langs, outlets`

// scanStory reads a row of storyColumns.
func scanStory(sc interface{ Scan(...any) error }) (*storyrm.Story, error) {
	var s storyrm.Story
	var first, last, langs, outlets string
	if err := sc.Scan(&s.ID, &s.Thread, &s.Continues, &s.Title, &first, &last, &s.FirstDay, &s.LastDay, &s.Docs, &s.Dups, &langs, &outlets); err != nil {
		return nil, err
	}
	s.First, _ = litopys.ParseDate(first)
	s.Last, _ = litopys.ParseDate(last)
	s.Langs, s.Outlets = storyrm.ParseCounts(langs), storyrm.ParseCounts(outlets)
	return &s, nil
}

func storyRow(ctx context.Context, q querier, id string) (*storyrm.Story, error) {
	s, err := scanStory(q.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return s, err
}

const threadColumns = `id, title, stories, docs, first, last, first_day, last_day`

func scanThread(sc interface{ Scan(...any) error }) (*storyrm.Thread, error) {
	var t storyrm.Thread
	var first, last string
	if err := sc.Scan(&t.ID, &t.Title, &t.Stories, &t.Docs, &first, &last, &t.FirstDay, &t.LastDay); err != nil {
		return nil, err
	}
	t.First, _ = litopys.ParseDate(first)
	t.Last, _ = litopys.ParseDate(last)
	return &t, nil
}

func threadRow(ctx context.Context, q querier, id string) (*storyrm.Thread, error) {
	t, err := scanThread(q.QueryRowContext(ctx, `SELECT `+threadColumns+` FROM threads WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return t, err
}
