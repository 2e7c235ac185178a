package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys/search"
)

// rebuildChunk is the number of documents the index rebuild reads at a
// time; each chunk becomes one block per term.
const rebuildChunk = 256

// rebuildIndex is the Go step of migration 0002: it reads every stored
// document in order, writes its postings as blocks (one per term and
// chunk of documents), stores its text apart from its body, and drops the
// text column the documents no longer need.
func (db *DB) rebuildIndex(ctx context.Context, tx pgx.Tx) error {
	type stored struct {
		seq  int64
		day  int32
		body []byte
	}
	for after := int64(0); ; {
		rows, err := tx.Query(ctx, `SELECT seq, day, body FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`, after, rebuildChunk)
		if err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		chunk, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (stored, error) {
			var s stored
			err := r.Scan(&s.seq, &s.day, &s.body)
			return s, err
		})
		if err != nil {
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
			if _, err := tx.Exec(ctx, `UPDATE documents SET body = $1, textz = $2, blk = $3 WHERE seq = $4`, meta, text, blk, s.seq); err != nil {
				return fmt.Errorf("rebuild index: document %d: %w", s.seq, err)
			}
			tf, words := search.Terms(doc)
			b.Add(s.seq, tf, words, s.day)
		}
		if _, err := copyBlocks(ctx, tx, blk, &b); err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		after = chunk[len(chunk)-1].seq
	}
	if _, err := tx.Exec(ctx, `ALTER TABLE documents DROP COLUMN text`); err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	return nil
}
