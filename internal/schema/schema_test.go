package schema

import (
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
