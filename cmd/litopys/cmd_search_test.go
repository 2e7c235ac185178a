package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
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
	for i, want := range []string{"migrated schema from version 0 to 1", "schema is up to date (version 1)"} {
		r := runCommand(t, runMigrateCmd, "--db", db)
		if r.err != nil || !strings.HasPrefix(r.stdout, want) {
			t.Errorf("migrate #%d: %q, %v; want %q", i+1, r.stdout, r.err, want)
		}
	}
}
