package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
)

var _ litopys.EntityDirectory = (*DB)(nil)

// registryLock is the advisory lock key that serialises the writers of the
// entity registry (taken before storyLock when a batch takes both).
const registryLock = 0x6c69746f70656e74 // "litopent"

// regQuerier runs the registry's statements (written with ? placeholders)
// on a transaction or the pool.
type regQuerier struct {
	q interface {
		Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
		Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	}
}

func (q regQuerier) Exec(ctx context.Context, query string, args ...any) error {
	_, err := q.q.Exec(ctx, rebind(query), args...)
	return err
}

func (q regQuerier) Query(ctx context.Context, query string, args ...any) (registry.Rows, error) {
	rows, err := q.q.Query(ctx, rebind(query), cleanArgs(args)...)
	if err != nil {
		return nil, err
	}
	return pgRows{rows}, nil
}

// cleanArgs drops the NUL bytes of the string arguments (see clean).
func cleanArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case string:
			out[i] = clean(a)
		case []string:
			out[i] = cleanAll(a)
		default:
			out[i] = a
		}
	}
	return out
}

type pgRows struct{ pgx.Rows }

func (r pgRows) Close() { r.Rows.Close() }

// rebind numbers the ? placeholders of query ($1, $2, …); the registry's
// statements have no ? inside literals.
func rebind(query string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func today() string { return time.Now().UTC().Format("2006-01-02") }

// lockRegistry takes the registry's advisory lock for tx.
func lockRegistry(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(registryLock)); err != nil {
		return fmt.Errorf("entity registry lock: %w", err)
	}
	return nil
}

// observe registers the entities of newly stored documents in tx.
func observe(ctx context.Context, tx pgx.Tx, docs []*litopys.Document) error {
	if err := lockRegistry(ctx, tx); err != nil {
		return err
	}
	return registry.Observe(ctx, regQuerier{tx}, registry.Default(), docs, today())
}

// reobserve takes back what replaced documents said of their entities and
// registers what their new analysis says.
func reobserve(ctx context.Context, tx pgx.Tx, olds, news []*litopys.Document) error {
	if err := lockRegistry(ctx, tx); err != nil {
		return err
	}
	q := regQuerier{tx}
	ids, err := registry.Forget(ctx, q, olds)
	if err != nil {
		return err
	}
	return registry.ObserveAlso(ctx, q, registry.Default(), news, today(), ids)
}

// MergeEntities records that a and b are one entity.
func (db *DB) MergeEntities(ctx context.Context, a, b string) (id string, err error) {
	err = db.retry(ctx, func(tx pgx.Tx) error {
		if err := lockRegistry(ctx, tx); err != nil {
			return err
		}
		id, err = registry.Merge(ctx, regQuerier{tx}, registry.Default(), a, b)
		return err
	}, func() {})
	return id, err
}

// SplitEntity records that members of the entity id are another entity.
func (db *DB) SplitEntity(ctx context.Context, id string, members []string) (out string, err error) {
	err = db.retry(ctx, func(tx pgx.Tx) error {
		if err := lockRegistry(ctx, tx); err != nil {
			return err
		}
		out, err = registry.Split(ctx, regQuerier{tx}, registry.Default(), id, members)
		return err
	}, func() {})
	return out, err
}

// registerStored is the Go step of migration 0005: it registers the
// entities of every document already stored, oldest first, a chunk at a
// time.
func (db *DB) registerStored(ctx context.Context, tx pgx.Tx) error {
	return registry.RegisterStored(ctx, regQuerier{tx}, db.codec, today())
}
