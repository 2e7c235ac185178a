package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/search"
	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/storetest"
)

// rawFile creates a SQLite file at a temporary path with the statements run
// in it.
func rawFile(t *testing.T, stmts ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "raw.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestOpenChecksSchema(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		stmts   []string
		wantErr string // "" for success
	}{
		{"new file", nil, ""},
		{"older schema", []string{`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`}, "run `litopys migrate"},
		{"newer schema", []string{`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`, `INSERT INTO schema_version VALUES (99, 'x')`}, "newer than this litopys"},
		{"foreign file", []string{`CREATE TABLE notes (body TEXT)`}, "not a litopys database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := rawFile(t, tt.stmts...)
			db, err := sqlite.Open(ctx, path)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("open: %v", err)
				}
				db.Close()
				return
			}
			if err == nil {
				db.Close()
				t.Fatalf("open succeeded, want an error containing %q", tt.wantErr)
			}
			if litopys.ErrorCode(err) != litopys.ECONFLICT || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("open: %v (code %s), want code %s and %q", err, litopys.ErrorCode(err), litopys.ECONFLICT, tt.wantErr)
			}
		})
	}
}

func TestMigrate(t *testing.T) {
	ctx := context.Background()
	path := rawFile(t, `CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	db, err := sqlite.OpenForMigrate(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{6, 0} {
		n, err := db.Migrate(ctx)
		if err != nil {
			t.Fatalf("migrate #%d: %v", i+1, err)
		}
		if n != want {
			t.Errorf("migrate #%d applied %d, want %d", i+1, n, want)
		}
	}
	have, want, err := db.SchemaVersion(ctx)
	if err != nil || have != want {
		t.Errorf("schema version %d, want %d (err %v)", have, want, err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open after migrate: %v", err)
	}
	db.Close()
}

// TestMigrateCarriesOver opens a file written with schema 0001 (bodies
// holding the text, an index of one row per term and document, a row per
// mention) and checks that migration 0002 rebuilds the index and keeps
// every document, and that 0003 turns the mentions into counts per entity
// and document and keeps the events.
func TestMigrateCarriesOver(t *testing.T) {
	ctx := context.Background()
	init, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	codec, err := body.New()
	if err != nil {
		t.Fatal(err)
	}
	seeds := storetest.Seeds(t)
	stmts := []string{string(init),
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`,
		`INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z')`}
	var words int
	for i, d := range seeds {
		b, err := codec.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		_, n := search.Terms(d)
		words += n
		stmts = append(stmts, fmt.Sprintf(`INSERT INTO documents (seq, id, lang, title, published, day, analyser, content_hash, words, text, body, added_at)
			VALUES (%d, '%s', '%s', 'title', '%s', %d, 'old', 'h%d', %d, 'text', x'%x', '2026-01-01T00:00:00Z')`,
			i+1, d.ID, d.Lang, d.Published, search.Day(d.Published, false), i, n, b))
		for j, m := range d.Mentions {
			stmts = append(stmts, fmt.Sprintf(`INSERT INTO mentions VALUES (%d, %d, %s, %s, %d, %d, %s, %s)`,
				i+1, j, quote(m.Entity), quote(m.Type), m.Start, m.End, quote(m.Text), quote(m.Base)))
		}
		for _, e := range d.Entities {
			stmts = append(stmts, fmt.Sprintf(`INSERT OR IGNORE INTO entities VALUES (%s, %s, %s, '')`, quote(e.ID), quote(e.Type), quote(e.Name)))
		}
		for j, e := range d.Events {
			stmts = append(stmts, fmt.Sprintf(`INSERT INTO events VALUES (%d, %d, %s, %s, %s, %s, %s)`,
				i+1, j, quote(e.Type), quote(e.Trigger), quote(e.Date.String()), quote(e.Source), quote(e.Text)))
		}
	}
	stmts = append(stmts, fmt.Sprintf(`UPDATE stats SET docs = %d, words = %d`, len(seeds), words))
	path := rawFile(t, stmts...)
	if _, err := sqlite.Open(ctx, path); litopys.ErrorCode(err) != litopys.ECONFLICT {
		t.Fatalf("open of a 0001 file: %v, want a refusal", err)
	}
	m, err := sqlite.OpenForMigrate(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := m.Migrate(ctx); err != nil || n != 5 {
		t.Fatalf("migrate applied %d (%v), want 5", n, err)
	}
	m.Close()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var events, wantEvents int
	for _, d := range seeds {
		wantEvents += len(d.Events)
	}
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if err := raw.QueryRow(`SELECT count(*) FROM events`).Scan(&events); err != nil || events != wantEvents || events == 0 {
		t.Errorf("%d events after migration (%v), want %d", events, err, wantEvents)
	}
	storetest.CheckMigrated(t, db, seeds)
}

// quote makes s an SQL string literal.
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
