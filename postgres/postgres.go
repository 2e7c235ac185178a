package postgres

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/internal/storyrm"
	"github.com/litopys/litopys/search"
)

var _ litopys.Store = (*DB)(nil)

// DB is a litopys.Store in a PostgreSQL database. It is safe for
// concurrent use.
type DB struct {
	// Reader answers the reads shared with the other backend (package
	// sqlstore) from pool.
	*sqlstore.Reader
	pool     *pgxpool.Pool
	codec    *body.Codec
	analyzer func() (*search.Analyzer, error)
	// stories assigns the stories of added documents (SetStories).
	stories storyrm.Slot
	// merges tells when a term's blocks are due a merge.
	merges *search.MergeClock
}

// IsDSN reports whether s names a PostgreSQL database rather than a file.
func IsDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database dsn names, creating the schema in an
// empty database. A database whose schema is older than this code is
// refused with an ECONFLICT error until Migrate is run (see
// OpenForMigrate). Documents it adds are assigned to stories once
// SetStories gives it an assigner (the command wires package story's Log).
func Open(ctx context.Context, dsn string) (*DB, error) {
	db, err := OpenForMigrate(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if err := db.checkSchema(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// OpenForMigrate connects without checking the schema, for Migrate.
func OpenForMigrate(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, litopys.Errorf(litopys.EINVALID, "postgres: bad connection string: %v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres open: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres open %s@%s/%s: %w", cfg.ConnConfig.User, cfg.ConnConfig.Host, cfg.ConnConfig.Database, err)
	}
	c, err := body.New()
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres open: %w", err)
	}
	analyzer := sync.OnceValues(search.NewAnalyzer)
	return &DB{Reader: sqlstore.New(regQuerier{pool}, dialect, c, analyzer), pool: pool, codec: c, analyzer: analyzer, merges: search.NewMergeClock()}, nil
}

// Close closes the connections.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Count returns the number of stored documents.
func (db *DB) Count(ctx context.Context) (int, error) {
	var n int64
	if err := db.pool.QueryRow(ctx, `SELECT docs FROM stats WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres count: %w", err)
	}
	return int(n), nil
}
