package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/sqlstore"
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
	db.stories.Set(a)
}

// assign brings a up to date — the log's window when it starts, else the
// entries after its cursor — runs it over the added docs, logs the entries
// it returns, numbered after the last one, and folds them into the read
// model; it returns them as stored, for a.Committed.
func (db *DB) assign(ctx context.Context, tx *sql.Tx, st *writeStmts, a litopys.StoryAssigner, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	entries, err := sqlstore.Assign(ctx, regQuerier{tx}, a, docs)
	if err != nil {
		return nil, err
	}
	flat := make([]any, 0, 12*len(entries))
	for i := range entries {
		e := &entries[i]
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

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// writeReadModel folds entries into the stories, threads and story
// entities tables, with a few multi-row statements (Fold returns each row
// once).
func writeReadModel(ctx context.Context, q txQuerier, st *writeStmts, entries []litopys.StoryEntry, docs []*litopys.Document) error {
	ch, err := storyrm.FoldStored(entries, docs, storyrm.Reader{
		Stories: func(ids []string, put func(*storyrm.Story)) error {
			return readRows(ctx, q, `SELECT `+sqlstore.StoryColumns+` FROM stories WHERE id IN (%s)`, ids, func(sc *sql.Rows) error {
				s, err := sqlstore.ScanStory(sc)
				if err == nil {
					put(s)
				}
				return err
			})
		},
		Threads: func(ids []string, put func(*storyrm.Thread)) error {
			return readRows(ctx, q, `SELECT `+sqlstore.ThreadColumns+` FROM threads WHERE id IN (%s)`, ids, func(sc *sql.Rows) error {
				t, err := sqlstore.ScanThread(sc)
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

func storyRow(ctx context.Context, q querier, id string) (*storyrm.Story, error) {
	s, err := sqlstore.ScanStory(q.QueryRowContext(ctx, `SELECT `+sqlstore.StoryColumns+` FROM stories WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return s, err
}

func threadRow(ctx context.Context, q querier, id string) (*storyrm.Thread, error) {
	t, err := sqlstore.ScanThread(q.QueryRowContext(ctx, `SELECT `+sqlstore.ThreadColumns+` FROM threads WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return t, err
}
