package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/litopys/litopys/search"
)

// rebuildChunk is the number of documents the index rebuild reads at a
// time; each chunk becomes one block per term.
const rebuildChunk = 256

// rebuildIndex is the Go step of migration 0002: it reads every stored
// document in order, writes its postings as blocks (one per term and
// chunk of documents), stores its text apart from its body, and drops the
// text column the documents no longer need.
func (db *DB) rebuildIndex(ctx context.Context, tx *sql.Tx) error {
	postings, err := newInserter(ctx, tx, `INSERT INTO postings (term, blk, n, data) VALUES `, 4, ``)
	if err != nil {
		return err
	}
	update, err := tx.PrepareContext(ctx, `UPDATE documents SET body = ?, textz = ?, blk = ? WHERE seq = ?`)
	if err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	type stored struct {
		seq  int64
		day  int32
		body []byte
	}
	for after := int64(0); ; {
		rows, err := tx.QueryContext(ctx, `SELECT seq, day, body FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`, after, rebuildChunk)
		if err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		var chunk []stored
		for rows.Next() {
			var s stored
			if err := rows.Scan(&s.seq, &s.day, &s.body); err != nil {
				rows.Close()
				return fmt.Errorf("rebuild index: %w", err)
			}
			chunk = append(chunk, s)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		if len(chunk) == 0 {
			break
		}
		blk := chunk[0].seq
		var b search.Batch
		for _, s := range chunk {
			doc, err := db.codec.Decode(s.body)
			if err != nil {
				return fmt.Errorf("rebuild index: document %d: %w", s.seq, err)
			}
			meta, text, err := db.codec.EncodeSplit(doc)
			if err != nil {
				return fmt.Errorf("rebuild index: document %d: %w", s.seq, err)
			}
			if _, err := update.ExecContext(ctx, meta, text, blk, s.seq); err != nil {
				return fmt.Errorf("rebuild index: document %d: %w", s.seq, err)
			}
			tf, words := search.Terms(doc)
			b.Add(s.seq, tf, words, s.day)
		}
		if _, err := writeBlocks(ctx, tx, postings, blk, &b); err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		after = chunk[len(chunk)-1].seq
	}
	if _, err := tx.ExecContext(ctx, `ALTER TABLE documents DROP COLUMN text`); err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	return nil
}
