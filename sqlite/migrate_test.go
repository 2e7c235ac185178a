package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/sqlite"
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
	for i, want := range []int{1, 0} {
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
