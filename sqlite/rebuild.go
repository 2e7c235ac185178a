package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/search"
)

// rebuildIndex is the Go step of migration 0002 (sqlstore.RebuildIndex),
// with a prepared update and the blocks written by an inserter.
func (db *DB) rebuildIndex(ctx context.Context, tx *sql.Tx) error {
	postings, err := newInserter(ctx, tx, `INSERT INTO postings (term, blk, n, data) VALUES `, 4, ``)
	if err != nil {
		return err
	}
	update, err := tx.PrepareContext(ctx, `UPDATE documents SET body = ?, textz = ?, blk = ? WHERE seq = ?`)
	if err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	return sqlstore.RebuildIndex(ctx, regQuerier{tx}, db.codec, func(meta, text []byte, blk, seq int64) error {
		_, err := update.ExecContext(ctx, meta, text, blk, seq)
		return err
	}, func(blk int64, b *search.Batch) error {
		_, err := writeBlocks(ctx, tx, postings, blk, b)
		return err
	})
}
