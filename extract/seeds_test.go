package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sharedDir is the project's shared data, beside the repository.
const sharedDir = "../../shared"

var seedNames = []string{"000_d0670793ce43c562", "001_46e6aa277c86e90e"}

// readShared reads a file under shared/, skipping the test when it is absent.
func readShared(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir, path))
	if os.IsNotExist(err) {
		tb.Skipf("shared data absent: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestSeedsGolden(t *testing.T) {
	for _, name := range seedNames {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(Text(string(readShared(t, "seeds/"+name+".txt"))), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Text(%s) differs from %s (run go test -update and review the diff):\n%s", name, golden, got)
			}
		})
	}
}

// TestSeedsBoilerplate checks the seeds against the gold: the boilerplate
// lines of timeline.json are removed and every other line is kept.
func TestSeedsBoilerplate(t *testing.T) {
	var gold struct {
		Boilerplate map[string][]string `json:"boilerplate"`
	}
	if err := json.Unmarshal(readShared(t, "seeds/gold/timeline.json"), &gold); err != nil {
		t.Fatal(err)
	}
	for _, name := range seedNames {
		t.Run(name, func(t *testing.T) {
			in := string(readShared(t, "seeds/"+name+".txt"))
			r := Text(in)
			kept := make(map[string]bool)
			for _, p := range strings.Split(r.Text, "\n\n") {
				kept[p] = true
			}
			removed := make(map[string]bool)
			for _, x := range r.Removed {
				removed[x.Text] = true
			}
			boiler := gold.Boilerplate[name]
			for _, raw := range strings.Split(in, "\n") {
				// Clean text has plain spaces where the page had no-break ones.
				l := strings.Join(strings.Fields(raw), " ")
				if l == "" {
					continue
				}
				isBoiler := false
				for _, b := range boiler {
					if strings.HasPrefix(l, b) {
						isBoiler = true
					}
				}
				switch {
				case isBoiler && !removed[l]:
					t.Errorf("boilerplate line kept: %q", l)
				case !isBoiler && !kept[l]:
					t.Errorf("article line lost: %q", l)
				}
			}
			if len(r.Removed) != len(boiler) {
				t.Errorf("removed %d lines, gold has %d boilerplate lines", len(r.Removed), len(boiler))
			}
		})
	}
}
