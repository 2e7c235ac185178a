package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/schema"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema change: a script and, for some, a step
// in Go run after it in the same transaction.
type migration struct {
	version int
	name    string
	sql     string
	step    func(db *DB, ctx context.Context, tx *sql.Tx) error
}

// steps are the Go steps of migrations, by version.
var steps = map[int]func(db *DB, ctx context.Context, tx *sql.Tx) error{
	2: (*DB).rebuildIndex,
	6: (*DB).registerStored,
}

// migrations returns the embedded migrations in order, each with its Go
// step.
func migrations() ([]migration, error) {
	scripts, err := schema.Scripts(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	out := make([]migration, len(scripts))
	for i, sc := range scripts {
		out[i] = migration{version: sc.Version, name: sc.Name, sql: sc.SQL, step: steps[sc.Version]}
	}
	return out, nil
}

// SchemaVersion returns the version of the file's schema (0 when it has
// none) and the version this code needs.
func (db *DB) SchemaVersion(ctx context.Context) (have, want int, err error) {
	ms, err := migrations()
	if err != nil {
		return 0, 0, err
	}
	want = len(ms)
	var exists int
	if err := db.write.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).Scan(&exists); err != nil {
		return 0, want, fmt.Errorf("sqlite schema version: %w", err)
	}
	if exists == 0 {
		return 0, want, nil
	}
	if err := db.write.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&have); err != nil {
		return 0, want, fmt.Errorf("sqlite schema version: %w", err)
	}
	return have, want, nil
}

// Migrate applies the migrations the file lacks, each in its own
// transaction, and returns how many it applied.
func (db *DB) Migrate(ctx context.Context) (applied int, err error) {
	ms, err := migrations()
	if err != nil {
		return 0, err
	}
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return 0, fmt.Errorf("sqlite migrate: %w", err)
	}
	for _, m := range ms {
		ok, err := db.apply(ctx, m)
		if err != nil {
			return applied, err
		}
		if ok {
			applied++
		}
	}
	return applied, nil
}

// apply runs one migration unless it was applied already; the check and the
// change share one transaction, so two concurrent migrations cannot both
// apply it.
func (db *DB) apply(ctx context.Context, m migration) (bool, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.name, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_version WHERE version = ?`, m.version).Scan(&n); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.name, err)
	}
	if n > 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.name, err)
	}
	if m.step != nil {
		if err := m.step(db, ctx, tx); err != nil {
			return false, fmt.Errorf("sqlite migrate %s: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`, m.version, time.Now().UTC().Format(time.RFC3339Nano)); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.name, err)
	}
	return true, nil
}

// checkSchema creates the schema of an empty file and refuses a file whose
// schema is older or newer than the code.
func (db *DB) checkSchema(ctx context.Context) error {
	have, want, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if have == want {
		return nil
	}
	if have > want {
		return litopys.Errorf(litopys.ECONFLICT, "database %s has schema version %d, newer than this litopys knows (%d): upgrade litopys", db.path, have, want)
	}
	var versioned, tables int
	err = db.write.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE name = 'schema_version'), count(*) FROM sqlite_master WHERE type = 'table'`).Scan(&versioned, &tables)
	if err != nil {
		return fmt.Errorf("sqlite open: %w", err)
	}
	if tables == 0 {
		_, err := db.Migrate(ctx)
		return err
	}
	if versioned == 0 {
		return litopys.Errorf(litopys.ECONFLICT, "%s is not a litopys database (it has tables but no schema_version)", db.path)
	}
	return litopys.Errorf(litopys.ECONFLICT, "database %s has schema version %d, this litopys needs %d: run `litopys migrate --db %s`", db.path, have, want, db.path)
}
