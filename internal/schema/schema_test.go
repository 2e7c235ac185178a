package schema

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestScripts(t *testing.T) {
	for _, tt := range []struct {
		name    string
		files   []string
		want    []string
		wantErr string
	}{
		{"in order of number", []string{"m/0002_b.sql", "m/0001_a.sql", "m/0003_c.sql", "m/README"}, []string{"0001_a.sql", "0002_b.sql", "0003_c.sql"}, ""},
		{"none", nil, []string{}, ""},
		{"a gap", []string{"m/0001_a.sql", "m/0003_c.sql"}, nil, "want number 2"},
		{"a duplicate", []string{"m/0001_a.sql", "m/0001_b.sql"}, nil, "want number 2"},
		{"no number", []string{"m/0001_a.sql", "m/init.sql"}, nil, "must start with its number"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, f := range tt.files {
				fsys[f] = &fstest.MapFile{Data: []byte("-- " + f)}
			}
			got, err := Scripts(fsys, "m")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Scripts: %v, want an error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			names := []string{}
			for i, s := range got {
				names = append(names, s.Name)
				if s.Version != i+1 || s.SQL != "-- m/"+s.Name {
					t.Errorf("script %d: %+v", i, s)
				}
			}
			if strings.Join(names, " ") != strings.Join(tt.want, " ") {
				t.Errorf("scripts %v, want %v", names, tt.want)
			}
		})
	}
}

// TestStoresShareTheList checks that the two stores have one list of
// migrations: the same script names in the same order, so that a schema
// version means the same change on both.
func TestStoresShareTheList(t *testing.T) {
	names := func(dir string) []string {
		scripts, err := Scripts(os.DirFS(dir), ".")
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(scripts))
		for i, s := range scripts {
			out[i] = s.Name
		}
		return out
	}
	sqlite, postgres := names("../../sqlite/migrations"), names("../../postgres/migrations")
	if len(sqlite) == 0 || !slices.Equal(sqlite, postgres) {
		t.Errorf("migrations differ:\nsqlite   %q\npostgres %q", sqlite, postgres)
	}
}
