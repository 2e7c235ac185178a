package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/search"
)

// rebuildIndex is the Go step of migration 0002 (sqlstore.RebuildIndex),
// its blocks copied in.
func (db *DB) rebuildIndex(ctx context.Context, tx pgx.Tx) error {
	return sqlstore.RebuildIndex(ctx, regQuerier{tx}, db.codec, func(meta, text []byte, blk, seq int64) error {
		_, err := tx.Exec(ctx, `UPDATE documents SET body = $1, textz = $2, blk = $3 WHERE seq = $4`, meta, text, blk, seq)
		return err
	}, func(blk int64, b *search.Batch) error {
		_, err := copyBlocks(ctx, tx, blk, b)
		return err
	})
}
