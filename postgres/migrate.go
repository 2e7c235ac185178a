package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys/internal/schema"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema change and its Go step, if any.
type migration = schema.Migration[func(db *DB, ctx context.Context, tx pgx.Tx) error]

// steps are the Go steps of migrations, by version.
var steps = map[int]func(db *DB, ctx context.Context, tx pgx.Tx) error{
	2: (*DB).rebuildIndex,
	6: (*DB).registerStored,
}

// migrationLock is the advisory lock key that serialises migrations.
const migrationLock = 0x6c69746f70 // "litop"

// SchemaVersion returns the version of the database's schema (0 when it
// has none) and the version this code needs.
func (db *DB) SchemaVersion(ctx context.Context) (have, want int, err error) {
	ms, err := schema.Migrations(migrationFS, "migrations", steps)
	if err != nil {
		return 0, 0, err
	}
	want = len(ms)
	var exists bool
	if err := db.pool.QueryRow(ctx, `SELECT to_regclass('schema_version') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, want, fmt.Errorf("postgres schema version: %w", err)
	}
	if !exists {
		return 0, want, nil
	}
	var named bool
	if err := db.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0), `+hasNameColumn+` FROM schema_version`).Scan(&have, &named); err != nil {
		return 0, want, fmt.Errorf("postgres schema version: %w", err)
	}
	if !named && have >= firstShifted {
		have++ // numbered the old way: renumber will add the missing version
	}
	return have, want, nil
}

// Migrate applies the migrations the database lacks, each in its own
// transaction, and returns how many it applied.
func (db *DB) Migrate(ctx context.Context) (applied int, err error) {
	ms, err := schema.Migrations(migrationFS, "migrations", steps)
	if err != nil {
		return 0, err
	}
	if err := db.renumber(ctx, ms); err != nil {
		return 0, err
	}
	return schema.Apply(ms, func(m migration) (bool, error) { return db.apply(ctx, m) })
}

// apply runs one migration unless it was applied already, under an
// advisory lock so that concurrent migrations apply it once.
func (db *DB) apply(ctx context.Context, m migration) (bool, error) {
	var done bool
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, createVersionTable); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_version WHERE version = $1`, m.Version).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return err
		}
		if m.Step != nil {
			if err := m.Step(db, ctx, tx); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
			return err
		}
		done = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("postgres migrate %s: %w", m.Name, err)
	}
	return done, nil
}

// checkSchema creates the schema of an empty database and refuses one whose
// schema is older or newer than the code.
func (db *DB) checkSchema(ctx context.Context) error {
	have, want, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	return schema.Check(have, want, "the database", "…", func() (versioned, tables int, err error) {
		err = db.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE table_name = 'schema_version'), count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&versioned, &tables)
		if err != nil {
			err = fmt.Errorf("postgres open: %w", err)
		}
		return versioned, tables, err
	}, func() error {
		_, err := db.Migrate(ctx)
		return err
	})
}
