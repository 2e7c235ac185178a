package benchrun

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/postgres"
	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/story"
)

// target is the store under measurement and how to weigh it on disk.
type target struct {
	litopys.Store
	backend string // "sqlite" or "postgres"
	name    string // the file, or the DSN without its password
	size    func(ctx context.Context) (int64, error)
	close   func() error
}

// openTarget opens the store db names: a postgres:// URL, a SQLite file,
// or (empty) a new SQLite file in a temporary directory that close removes
// unless keep is set.
func openTarget(ctx context.Context, db string, keep bool) (*target, error) {
	if postgres.IsDSN(db) {
		return openPostgres(ctx, db)
	}
	dir := ""
	if db == "" {
		var err error
		if dir, err = os.MkdirTemp("", "litopys-bench-store-"); err != nil {
			return nil, fmt.Errorf("bench store: %w", err)
		}
		db = filepath.Join(dir, "bench.db")
	}
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		if dir != "" {
			os.RemoveAll(dir)
		}
		return nil, err
	}
	s.SetStories(story.NewLog(story.Options{}))
	t := &target{Store: s, backend: "sqlite", name: db, size: func(context.Context) (int64, error) { return sqliteSize(db) }}
	t.close = func() error {
		err := s.Close()
		if dir != "" && !keep {
			err = errors.Join(err, os.RemoveAll(dir))
		}
		return err
	}
	return t, nil
}

// sqliteSize is the size of the database file and its write-ahead log.
func sqliteSize(path string) (int64, error) {
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		st, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) && p != path {
			continue
		}
		if err != nil {
			return 0, fmt.Errorf("bench store: size: %w", err)
		}
		n += st.Size()
	}
	return n, nil
}

// openPostgres opens the store and a connection of its own that asks the
// server for the database's size (pg_database_size), which the Store
// interface does not tell.
func openPostgres(ctx context.Context, dsn string) (*target, error) {
	s, err := postgres.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	s.SetStories(story.NewLog(story.Options{}))
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("bench store: connect for sizes: %w", err)
	}
	name := dsn
	if u, err := url.Parse(dsn); err == nil {
		u.User = url.User(u.User.Username())
		name = u.String()
	}
	size := func(ctx context.Context) (int64, error) {
		var n int64
		if err := conn.QueryRow(ctx, `SELECT pg_database_size(current_database())`).Scan(&n); err != nil {
			return 0, fmt.Errorf("bench store: database size: %w", err)
		}
		return n, nil
	}
	return &target{Store: s, backend: "postgres", name: name, size: size, close: func() error {
		return errors.Join(conn.Close(context.Background()), s.Close())
	}}, nil
}
