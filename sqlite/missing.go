package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/litopys/litopys"
)

// missingBatch is the number of documents AssignMissing assigns per
// transaction.
const missingBatch = 256

// AssignMissing assigns a story to every stored document the story log
// lacks — those stored before the log existed, or before its schema-5
// form — in publication order (undated ones last), a batch per
// transaction, and returns how many it assigned.
func (db *DB) AssignMissing(ctx context.Context) (n int, err error) {
	a := db.stories.Get()
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
	// The documents are walked once, by (day, seq): dated ones first, then
	// the undated (day 0); each batch starts after the last one read.
	cur := missingCursor{day: 1}
	for {
		k, err := db.assignMissing(ctx, st, a, &cur)
		n += k
		if err != nil || cur.done {
			return n, err
		}
	}
}

// missingCursor is where the walk of AssignMissing is.
type missingCursor struct {
	day       int
	seq       int64
	undated   bool // walking the documents of day 0
	done      bool
	afterSeq0 int64
}

func (db *DB) assignMissing(ctx context.Context, st *writeStmts, a litopys.StoryAssigner, cur *missingCursor) (n int, err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	defer tx.Rollback()
	var rows *sql.Rows
	if !cur.undated {
		rows, err = tx.QueryContext(ctx, `SELECT id, day, seq, body, textz, EXISTS (SELECT 1 FROM story_log l WHERE l.doc = d.id)
			FROM documents d WHERE day > 0 AND (day > ? OR day = ? AND seq > ?) ORDER BY day, seq LIMIT ?`, cur.day, cur.day, cur.seq, missingBatch)
	} else {
		rows, err = tx.QueryContext(ctx, `SELECT id, day, seq, body, textz, EXISTS (SELECT 1 FROM story_log l WHERE l.doc = d.id)
			FROM documents d WHERE day = 0 AND seq > ? ORDER BY seq LIMIT ?`, cur.afterSeq0, missingBatch)
	}
	if err != nil {
		return 0, fmt.Errorf("assign missing stories: %w", err)
	}
	var docs []*litopys.Document
	read := 0
	for rows.Next() {
		var id string
		var day int
		var seq int64
		var body, text []byte
		var logged bool
		if err := rows.Scan(&id, &day, &seq, &body, &text, &logged); err != nil {
			rows.Close()
			return 0, fmt.Errorf("assign missing stories: %w", err)
		}
		read++
		if cur.undated {
			cur.afterSeq0 = seq
		} else {
			cur.day, cur.seq = day, seq
		}
		if logged {
			continue
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
	if read < missingBatch {
		if cur.undated {
			cur.done = true
		} else {
			cur.undated = true
		}
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
