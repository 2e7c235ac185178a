// Package schema reads the numbered migration scripts a store embeds, the
// same way for every backend: each script's name starts with its number
// (0001_init.sql), and the numbers run from 1 without a gap, so that a
// schema's version is the number of scripts applied.
package schema

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Script is one numbered schema change.
type Script struct {
	Version int
	Name    string // the file's name, e.g. 0001_init.sql
	SQL     string
}

// Scripts returns the *.sql scripts of dir in fsys in order of their
// numbers, or an error when a name does not start with a number or the
// numbers do not run 1, 2, 3 … .
func Scripts(fsys fs.FS, dir string) ([]Script, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.sql"))
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	out := make([]Script, 0, len(names))
	for _, n := range names {
		base := path.Base(n)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", base)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		out = append(out, Script{Version: v, Name: base, SQL: string(b)})
	}
	slices.SortFunc(out, func(a, b Script) int { return a.Version - b.Version })
	for i, s := range out {
		if s.Version != i+1 {
			return nil, fmt.Errorf("migration %s: want number %d", s.Name, i+1)
		}
	}
	return out, nil
}
