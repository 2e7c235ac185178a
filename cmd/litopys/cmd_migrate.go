package main

import (
	"context"
	"fmt"

	"github.com/litopys/litopys/postgres"
	"github.com/litopys/litopys/sqlite"
)

// migrator is what both backends offer for "litopys migrate".
type migrator interface {
	Migrate(ctx context.Context) (int, error)
	SchemaVersion(ctx context.Context) (have, want int, err error)
	Close() error
}

func runMigrateCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "migrate", "[--db PATH|postgres://…]")
	db := dbFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usagef("migrate takes no arguments")
	}
	var (
		m   migrator
		err error
	)
	if postgres.IsDSN(*db) {
		m, err = postgres.OpenForMigrate(ctx, *db)
	} else {
		m, err = sqlite.OpenForMigrate(ctx, *db)
	}
	if err != nil {
		return err
	}
	defer m.Close()
	from, _, err := m.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	n, err := m.Migrate(ctx)
	if err != nil {
		return err
	}
	to, _, err := m.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintf(e.stdout, "schema is up to date (version %d)\n", to)
	} else {
		fmt.Fprintf(e.stdout, "migrated schema from version %d to %d (%d migration(s))\n", from, to, n)
	}
	return assignMissing(ctx, e, *db)
}

// assignMissing gives the documents stored before the story log existed
// (schema 1) their stories, so that pages show them.
func assignMissing(ctx context.Context, e *env, db string) error {
	s, err := openStore(ctx, db, storeWrite)
	if err != nil {
		return err
	}
	defer s.Close()
	am, ok := s.(interface {
		AssignMissing(context.Context) (int, error)
	})
	if !ok {
		return nil
	}
	k, err := am.AssignMissing(ctx)
	if err != nil {
		return err
	}
	if k > 0 {
		fmt.Fprintf(e.stdout, "assigned %d earlier document(s) to stories\n", k)
	}
	return nil
}
