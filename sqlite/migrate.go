package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"time"

	"github.com/litopys/litopys/internal/schema"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema change and its Go step, if any.
type migration = schema.Migration[func(db *DB, ctx context.Context, tx *sql.Tx) error]

// steps are the Go steps of migrations, by version.
var steps = map[int]func(db *DB, ctx context.Context, tx *sql.Tx) error{
	2: (*DB).rebuildIndex,
	6: (*DB).registerStored,
}

// SchemaVersion returns the version of the file's schema (0 when it has
// none) and the version this code needs.
func (db *DB) SchemaVersion(ctx context.Context) (have, want int, err error) {
	ms, err := schema.Migrations(migrationFS, "migrations", steps)
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
	ms, err := schema.Migrations(migrationFS, "migrations", steps)
	if err != nil {
		return 0, err
	}
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return 0, fmt.Errorf("sqlite migrate: %w", err)
	}
	return schema.Apply(ms, func(m migration) (bool, error) { return db.apply(ctx, m) })
}

// apply runs one migration unless it was applied already; the check and the
// change share one transaction, so two concurrent migrations cannot both
// apply it.
func (db *DB) apply(ctx context.Context, m migration) (bool, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.Name, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_version WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.Name, err)
	}
	if n > 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.Name, err)
	}
	if m.Step != nil {
		if err := m.Step(db, ctx, tx); err != nil {
			return false, fmt.Errorf("sqlite migrate %s: %w", m.Name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`, m.Version, time.Now().UTC().Format(time.RFC3339Nano)); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("sqlite migrate %s: %w", m.Name, err)
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
	return schema.Check(have, want, "database "+db.path, db.path, func() (versioned, tables int, err error) {
		err = db.write.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE name = 'schema_version'), count(*) FROM sqlite_master WHERE type = 'table'`).Scan(&versioned, &tables)
		if err != nil {
			err = fmt.Errorf("sqlite open: %w", err)
		}
		return versioned, tables, err
	}, func() error {
		_, err := db.Migrate(ctx)
		return err
	})
}
