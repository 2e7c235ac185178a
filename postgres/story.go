package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/internal/storyrm"
)

var (
	_ litopys.StoryLog    = (*DB)(nil)
	_ litopys.StoryWriter = (*DB)(nil)
)

// storyLock is the advisory lock key that serialises story assignment
// among all writers of a database.
const storyLock = 0x6c69746f7073746f // "litopsto"

// SetStories makes PutDocuments assign the story of every document it
// adds with a, inside its transaction and under an advisory lock, log it,
// and tell a once the transaction committed (or reset it when it did not).
// nil stops it.
func (db *DB) SetStories(a litopys.StoryAssigner) {
	db.stories.Set(a)
}

// assign takes the story lock (held until the transaction ends), brings a
// up to date — the log's window when it starts, else the entries after its
// cursor — runs it over the added docs, logs the entries it returns,
// numbered after the last one, folds them into the read model, and returns
// them as stored. The caller resets a when the transaction does not
// commit.
func (db *DB) assign(ctx context.Context, tx pgx.Tx, a litopys.StoryAssigner, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(storyLock)); err != nil {
		return nil, fmt.Errorf("story lock: %w", err)
	}
	entries, err := sqlstore.Assign(ctx, regQuerier{tx}, a, docs)
	if err != nil {
		return nil, err
	}
	rows := make([][]any, len(entries))
	for i := range entries {
		e := &entries[i]
		rows[i] = []any{e.Seq, clean(e.Doc), clean(e.Story), clean(e.DupOf), clean(e.Lang), clean(e.Outlet), e.Published.String(), e.Features,
			clean(e.Thread), clean(e.Continues), e.Day, storyrm.EncodeEvents(docs[i])}
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"story_log"}, []string{"seq", "doc", "story", "dup_of", "lang", "outlet", "published", "features", "thread", "continues", "day", "events"}, pgx.CopyFromRows(rows))
	if err != nil {
		return nil, fmt.Errorf("story log: %w", err)
	}
	if err := writeReadModel(ctx, tx, entries, docs); err != nil {
		return nil, err
	}
	return entries, nil
}

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// missingBatch is the number of documents AssignMissing assigns per
// transaction.
const missingBatch = 256

// AssignMissing assigns a story to every stored document the story log
// lacks — those stored before the log existed, or before its schema-4
// form — in publication order (undated ones last), a batch per
// transaction under the story lock, and returns how many it assigned. The
// documents are walked once, by (day, seq), each batch after the last.
func (db *DB) AssignMissing(ctx context.Context) (int, error) {
	a := db.stories.Get()
	if a == nil {
		return 0, nil
	}
	var docs, logged int
	if err := db.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM story_log)`).Scan(&docs, &logged); err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	if docs == logged {
		return 0, nil
	}
	n := 0
	// The walk: dated documents by (day, seq), then the undated (day 0)
	// by seq.
	day, seq, undated := 1, int64(0), false
	for {
		var entries []litopys.StoryEntry
		read := 0
		nextDay, nextSeq := day, seq
		assigned, err := db.retryAssigning(ctx, a, func(tx pgx.Tx, assigned *bool) error {
			// The lock first, so that two processes never pick the
			// same documents.
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(storyLock)); err != nil {
				return fmt.Errorf("story lock: %w", err)
			}
			var rows pgx.Rows
			var err error
			if !undated {
				rows, err = tx.Query(ctx, `SELECT id, day, seq, body, textz, EXISTS (SELECT 1 FROM story_log s WHERE s.doc = d.id)
					FROM documents d WHERE day > 0 AND (day, seq) > ($1, $2) ORDER BY day, seq LIMIT $3`, day, seq, missingBatch)
			} else {
				rows, err = tx.Query(ctx, `SELECT id, day, seq, body, textz, EXISTS (SELECT 1 FROM story_log s WHERE s.doc = d.id)
					FROM documents d WHERE day = 0 AND seq > $1 ORDER BY seq LIMIT $2`, seq, missingBatch)
			}
			if err != nil {
				return err
			}
			var docs []*litopys.Document
			var id string
			var d int
			var sq int64
			var body, text []byte
			var logged bool
			read = 0
			if _, err := pgx.ForEachRow(rows, []any{&id, &d, &sq, &body, &text, &logged}, func() error {
				read++
				nextDay, nextSeq = d, sq
				if logged {
					return nil
				}
				doc, err := db.codec.DecodeSplit(body, text)
				if err != nil {
					return fmt.Errorf("document %s: %w", id, err)
				}
				docs = append(docs, doc)
				return nil
			}); err != nil {
				return err
			}
			if len(docs) == 0 {
				return nil
			}
			*assigned = true
			entries, err = db.assign(ctx, tx, a, docs)
			return err
		})
		if err != nil {
			return n, fmt.Errorf("assign missing stories: %w", err)
		}
		if assigned {
			a.Committed(entries)
			n += len(entries)
		}
		day, seq = nextDay, nextSeq
		if read < missingBatch {
			if undated {
				return n, nil
			}
			undated, seq = true, 0
		}
	}
}
