package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// createVersionTable is the table of applied migrations: a row per version,
// with the script's name (a database numbered before the stores shared one
// list of migrations has no name column; see renumber).
const createVersionTable = `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), name TEXT)`

// hasNameColumn is an SQL expression: whether schema_version has the name
// column of the shared numbering.
const hasNameColumn = `EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'schema_version' AND column_name = 'name')`

// firstShifted is the first version the shared numbering moved: PostgreSQL
// had no version 4 (SQLite's staged postings), so its 4 and 5 (stories, the
// entity registry) became 5 and 6.
const firstShifted = 4

// renumber brings a database numbered before PostgreSQL and SQLite shared
// one list of migrations to that list, once, under the migration lock: the
// versions from firstShifted on move up by one, the version PostgreSQL
// lacked is recorded as applied (its script changes nothing here), and every
// row gets its script's name, whose column marks the new numbering.
func (db *DB) renumber(ctx context.Context, ms []migration) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
			return err
		}
		var exists, named bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass('schema_version') IS NOT NULL, `+hasNameColumn).Scan(&exists, &named); err != nil {
			return err
		}
		if !exists || named {
			return nil
		}
		// Two steps through negative numbers: a unique key is checked row
		// by row, so version+1 in one step could meet the next row.
		for _, q := range []string{
			`ALTER TABLE schema_version ADD COLUMN name TEXT`,
			`UPDATE schema_version SET version = -version WHERE version >= ` + fmt.Sprint(firstShifted),
			`UPDATE schema_version SET version = 1 - version WHERE version < 0`,
			`INSERT INTO schema_version (version) SELECT ` + fmt.Sprint(firstShifted) + ` WHERE EXISTS (SELECT 1 FROM schema_version WHERE version > ` + fmt.Sprint(firstShifted) + `)`,
		} {
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
		}
		for _, m := range ms {
			if _, err := tx.Exec(ctx, `UPDATE schema_version SET name = $1 WHERE version = $2`, m.Name, m.Version); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres migrate: renumber schema_version: %w", err)
	}
	return nil
}
