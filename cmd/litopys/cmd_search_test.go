package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/sqlite"
)

func errorsIsPartial(err error) bool { return errors.Is(err, errPartial) }

func TestSearchUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "l.db")
	if r := runCommand(t, runSearchCmd, "--db", db, "слово"); litopys.ErrorCode(r.err) != litopys.ENOTFOUND {
		t.Errorf("search of a missing store: %v, want code %s", r.err, litopys.ENOTFOUND)
	}
	if r := runCommand(t, runMigrateCmd, "--db", db); r.err != nil {
		t.Fatal(r.err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"no query", []string{"--db", db}},
		{"bad format", []string{"--db", db, "--format", "xml", "слово"}},
		{"bad date", []string{"--db", db, "--from", "вчера", "слово"}},
		{"bad limit", []string{"--db", db, "--limit", "0", "слово"}},
		{"only punctuation", []string{"--db", db, "?!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := runCommand(t, runSearchCmd, tt.args...); !isUsage(r.err) {
				t.Errorf("err = %v, want a usage error", r.err)
			}
		})
	}
	if r := runCommand(t, runSearchCmd, "--db", db, "слово"); r.err != nil || r.stdout != "no documents found\n" {
		t.Errorf("search of an empty store: %q, %v", r.stdout, r.err)
	}
}

func TestMigrateCmd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "l.db")
	m, err := sqlite.OpenForMigrate(context.Background(), filepath.Join(t.TempDir(), "probe.db"))
	if err != nil {
		t.Fatal(err)
	}
	_, latest, err := m.SchemaVersion(context.Background())
	m.Close()
	if err != nil || latest < 2 {
		t.Fatalf("schema version %d, %v", latest, err)
	}
	for i, want := range []string{fmt.Sprintf("migrated schema from version 0 to %d", latest), fmt.Sprintf("schema is up to date (version %d)", latest)} {
		r := runCommand(t, runMigrateCmd, "--db", db)
		if r.err != nil || !strings.HasPrefix(r.stdout, want) {
			t.Errorf("migrate #%d: %q, %v; want %q", i+1, r.stdout, r.err, want)
		}
	}
}
