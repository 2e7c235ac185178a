package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/litopys/litopys"
)

var _ litopys.StoryLog = (*DB)(nil)

// SetStories makes PutDocuments assign the story of every document it
// adds with a, inside its write transaction (which is exclusive: BEGIN
// IMMEDIATE), log it, and tell a once the transaction committed (or reset
// it when it did not). nil stops it.
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

// assign runs a over the log entries it has not seen and the added docs,
// and logs the entries it returns, numbered after the last one; it
// returns them as stored, for a.Committed.
func (db *DB) assign(ctx context.Context, tx *sql.Tx, st *writeStmts, a litopys.StoryAssigner, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	unseen, err := storyEntries(ctx, tx, a.Cursor(), -1)
	if err != nil {
		return nil, fmt.Errorf("story log: %w", err)
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
	flat := make([]any, 0, 8*len(entries))
	for i := range entries {
		e := &entries[i]
		e.Seq = last + int64(i) + 1
		flat = append(flat, e.Seq, e.Doc, e.Story, e.DupOf, e.Lang, e.Outlet, e.Published.String(), e.Features)
	}
	if err := st.stories.exec(ctx, tx, flat); err != nil {
		return nil, fmt.Errorf("story log: %w", err)
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
}

// storyEntries reads the entries after seq after, at most limit (all when
// limit < 0).
func storyEntries(ctx context.Context, q querier, after int64, limit int) ([]litopys.StoryEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT seq, doc, story, dup_of, lang, outlet, published, features
		FROM story_log WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []litopys.StoryEntry{}
	for rows.Next() {
		var e litopys.StoryEntry
		var pub string
		if err := rows.Scan(&e.Seq, &e.Doc, &e.Story, &e.DupOf, &e.Lang, &e.Outlet, &pub, &e.Features); err != nil {
			return nil, err
		}
		e.Published, _ = litopys.ParseDate(pub)
		out = append(out, e)
	}
	return out, rows.Err()
}

// missingBatch is the number of documents AssignMissing assigns per
// transaction.
const missingBatch = 256

// AssignMissing assigns a story to every stored document the story log
// lacks — those stored before the log existed (schema 1) — in publication
// order, a batch per transaction, and returns how many it assigned.
func (db *DB) AssignMissing(ctx context.Context) (n int, err error) {
	a := db.assigner()
	if a == nil {
		return 0, nil
	}
	// Documents are written with their log entries, so when the counts
	// agree none is missing, and the search for them (a scan of every
	// document) is skipped: litopys migrate calls this on stores of any
	// size.
	var docs, logged int
	if err := db.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM story_log)`).Scan(&docs, &logged); err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	if docs == logged {
		return 0, nil
	}
	st, err := db.writeStmts()
	if err != nil {
		return 0, err
	}
	for {
		k, err := db.assignMissing(ctx, st, a)
		n += k
		if err != nil || k == 0 {
			return n, err
		}
	}
}

func (db *DB) assignMissing(ctx context.Context, st *writeStmts, a litopys.StoryAssigner) (n int, err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	defer tx.Rollback()
	// NOT IN: the log is read once into a lookup table for the statement
	// (a correlated NOT EXISTS scanned it once per document).
	rows, err := tx.QueryContext(ctx, `SELECT id, body, textz FROM documents d
		WHERE id NOT IN (SELECT doc FROM story_log)
		ORDER BY day = 0, day, seq LIMIT ?`, missingBatch)
	if err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	var docs []*litopys.Document
	for rows.Next() {
		var id string
		var body, text []byte
		if err := rows.Scan(&id, &body, &text); err != nil {
			rows.Close()
			return 0, fmt.Errorf("assign missing stories: %w", err)
		}
		doc, err := db.codec.DecodeSplit(body, text)
		if err != nil {
			rows.Close()
			return 0, fmt.Errorf("assign missing stories: document %s: %w", id, err)
		}
		docs = append(docs, doc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	if len(docs) == 0 {
		return 0, nil
	}
	defer func() {
		if err != nil {
			a.Reset()
		}
	}()
	entries, err := db.assign(ctx, tx, st, a, docs)
	if err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	a.Committed(entries)
	return len(docs), nil
}
