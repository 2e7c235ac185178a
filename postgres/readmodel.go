package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/internal/storyrm"
)

// writeReadModel folds entries into the stories, threads and story
// entities tables, its statements sent in one batch (one round trip).
func writeReadModel(ctx context.Context, tx pgx.Tx, entries []litopys.StoryEntry, docs []*litopys.Document) error {
	// An id that clean would change is read alone, as before.
	ch, err := storyrm.FoldStored(entries, docs, storyrm.Reader{
		Stories: func(ids []string, put func(*storyrm.Story)) error {
			return readRows(ctx, tx, `SELECT `+sqlstore.StoryColumns+` FROM stories WHERE id = ANY($1)`, ids, func(r pgx.Rows) error {
				s, err := sqlstore.ScanStory(r)
				if err == nil {
					put(s)
				}
				return err
			})
		},
		Threads: func(ids []string, put func(*storyrm.Thread)) error {
			return readRows(ctx, tx, `SELECT `+sqlstore.ThreadColumns+` FROM threads WHERE id = ANY($1)`, ids, func(r pgx.Rows) error {
				t, err := sqlstore.ScanThread(r)
				if err == nil {
					put(t)
				}
				return err
			})
		},
		Story:   func(id string) (*storyrm.Story, error) { return storyRow(ctx, tx, id) },
		Thread:  func(id string) (*storyrm.Thread, error) { return threadRow(ctx, tx, id) },
		Batched: func(id string) bool { return clean(id) == id },
	})
	if err != nil {
		return err
	}
	var b pgx.Batch
	for _, s := range ch.Stories {
		b.Queue(`INSERT INTO stories
			(id, thread, continues, title, first, last, first_day, last_day, docs, dups, langs, outlets)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
			ON CONFLICT (id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last,
				first_day = excluded.first_day, last_day = excluded.last_day, docs = excluded.docs, dups = excluded.dups,
				langs = excluded.langs, outlets = excluded.outlets`,
			clean(s.ID), clean(s.Thread), clean(s.Continues), clean(s.Title), s.First.String(), s.Last.String(), s.FirstDay, s.LastDay,
			s.Docs, s.Dups, clean(storyrm.Counts(s.Langs)), clean(storyrm.Counts(s.Outlets)))
	}
	for _, t := range ch.Threads {
		b.Queue(`INSERT INTO threads (id, title, stories, docs, first, last, first_day, last_day)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (id) DO UPDATE SET title = excluded.title, stories = excluded.stories, docs = excluded.docs,
				first = excluded.first, last = excluded.last, first_day = excluded.first_day, last_day = excluded.last_day`,
			clean(t.ID), clean(t.Title), t.Stories, t.Docs, t.First.String(), t.Last.String(), t.FirstDay, t.LastDay)
	}
	for _, e := range ch.Entities {
		b.Queue(`INSERT INTO story_entities (story, entity, docs) VALUES ($1, $2, $3)
			ON CONFLICT (story, entity) DO UPDATE SET docs = story_entities.docs + excluded.docs`, clean(e.Story), clean(e.Entity), e.Docs)
	}
	if b.Len() == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, &b)
	for range b.Len() {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("story read model: %w", err)
		}
	}
	if err := br.Close(); err != nil {
		return fmt.Errorf("story read model: %w", err)
	}
	return nil
}

// readRows runs query, whose $1 is a text array, with ids, and calls scan
// on each row.
func readRows(ctx context.Context, q querier, query string, ids []string, scan func(pgx.Rows) error) error {
	if len(ids) == 0 {
		return nil
	}
	rows, err := q.Query(ctx, query, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func storyRow(ctx context.Context, q querier, id string) (*storyrm.Story, error) {
	s, err := sqlstore.ScanStory(q.QueryRow(ctx, `SELECT `+sqlstore.StoryColumns+` FROM stories WHERE id = $1`, clean(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	return s, err
}

func threadRow(ctx context.Context, q querier, id string) (*storyrm.Thread, error) {
	t, err := sqlstore.ScanThread(q.QueryRow(ctx, `SELECT `+sqlstore.ThreadColumns+` FROM threads WHERE id = $1`, clean(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	return t, err
}
