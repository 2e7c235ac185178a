package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
)

var _ litopys.EntityDirectory = (*DB)(nil)

// regQuerier runs the registry's statements on a transaction or a pool.
type regQuerier struct {
	q interface {
		ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
		QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	}
}

func (q regQuerier) Exec(ctx context.Context, query string, args ...any) error {
	_, err := q.q.ExecContext(ctx, query, args...)
	return err
}

func (q regQuerier) Query(ctx context.Context, query string, args ...any) (registry.Rows, error) {
	rows, err := q.q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

// txQuerier runs the registry's statements in a write transaction. A
// statement is prepared once on the write connection (parsing a statement
// costs as much as running it) — between transactions, since the one
// connection is the transaction's while it runs: a statement first met in
// a transaction runs unprepared there and is prepared after it
// (prepareRegistry).
type txQuerier struct {
	db *DB
	tx *sql.Tx
}

// stmt returns the prepared statement of query for the transaction, or nil.
func (q txQuerier) stmt(ctx context.Context, query string) *sql.Stmt {
	if s, ok := q.db.regStmts.Load(query); ok {
		return q.tx.StmtContext(ctx, s.(*sql.Stmt))
	}
	q.db.regWanted.Store(query, true)
	return nil
}

// prepareRegistry prepares the registry statements transactions wanted.
func (db *DB) prepareRegistry(ctx context.Context) {
	db.regWanted.Range(func(k, _ any) bool {
		db.regWanted.Delete(k)
		if _, ok := db.regStmts.Load(k); ok {
			return true
		}
		if s, err := db.write.PrepareContext(ctx, k.(string)); err == nil {
			db.regStmts.Store(k, s)
		}
		return true
	})
}

func (q txQuerier) Exec(ctx context.Context, query string, args ...any) error {
	if s := q.stmt(ctx, query); s != nil {
		_, err := s.ExecContext(ctx, args...)
		return err
	}
	_, err := q.tx.ExecContext(ctx, query, args...)
	return err
}

// QueryContext and QueryRowContext make a txQuerier a querier.
func (q txQuerier) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if s := q.stmt(ctx, query); s != nil {
		return s.QueryContext(ctx, args...)
	}
	return q.tx.QueryContext(ctx, query, args...)
}

func (q txQuerier) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if s := q.stmt(ctx, query); s != nil {
		return s.QueryRowContext(ctx, args...)
	}
	return q.tx.QueryRowContext(ctx, query, args...)
}

func (q txQuerier) Query(ctx context.Context, query string, args ...any) (registry.Rows, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }

// observe registers the entities of newly stored documents in tx.
func (db *DB) observe(ctx context.Context, tx *sql.Tx, docs []*litopys.Document) error {
	return registry.Observe(ctx, txQuerier{db, tx}, registry.Default(), docs, time.Now().UTC().Format("2006-01-02"))
}

// reobserve takes back what replaced documents said of their entities and
// registers what their new analysis says.
func (db *DB) reobserve(ctx context.Context, tx *sql.Tx, olds, news []*litopys.Document) error {
	q := txQuerier{db, tx}
	ids, err := registry.Forget(ctx, q, olds)
	if err != nil {
		return err
	}
	return registry.ObserveAlso(ctx, q, registry.Default(), news, time.Now().UTC().Format("2006-01-02"), ids)
}

// MergeEntities records that a and b are one entity.
func (db *DB) MergeEntities(ctx context.Context, a, b string) (string, error) {
	return db.registryWrite(ctx, func(q registry.Querier) (string, error) {
		return registry.Merge(ctx, q, registry.Default(), a, b)
	})
}

// SplitEntity records that members of the entity id are another entity.
func (db *DB) SplitEntity(ctx context.Context, id string, members []string) (string, error) {
	return db.registryWrite(ctx, func(q registry.Querier) (string, error) {
		return registry.Split(ctx, q, registry.Default(), id, members)
	})
}

func (db *DB) registryWrite(ctx context.Context, fn func(q registry.Querier) (string, error)) (string, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("entity registry: %w", err)
	}
	defer tx.Rollback()
	id, err := fn(txQuerier{db, tx})
	if err != nil {
		return "", err
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("entity registry: %w", err)
	}
	return id, nil
}

// registerStored is the Go step of migration 0006: it registers the
// entities of every document already stored, oldest first, a chunk at a
// time.
func (db *DB) registerStored(ctx context.Context, tx *sql.Tx) error {
	return registry.RegisterStored(ctx, regQuerier{tx}, db.codec, time.Now().UTC().Format("2006-01-02"))
}
