package schema

import (
	"io/fs"

	"github.com/litopys/litopys"
)

// Migration is one numbered schema change: a script and, for some, a step
// in Go (of the backend's type) run after it in the same transaction.
type Migration[Step any] struct {
	Script
	Step Step
}

// Migrations reads the scripts of dir in fsys (see Scripts), each with its
// step in steps, by version (the zero Step when it has none).
func Migrations[Step any](fsys fs.FS, dir string, steps map[int]Step) ([]Migration[Step], error) {
	scripts, err := Scripts(fsys, dir)
	if err != nil {
		return nil, err
	}
	out := make([]Migration[Step], len(scripts))
	for i, sc := range scripts {
		out[i] = Migration[Step]{Script: sc, Step: steps[sc.Version]}
	}
	return out, nil
}

// Apply runs apply over ms in order, each in its own transaction, and
// returns how many it applied (apply says false for one applied before).
func Apply[M any](ms []M, apply func(M) (bool, error)) (applied int, err error) {
	for _, m := range ms {
		ok, err := apply(m)
		if err != nil {
			return applied, err
		}
		if ok {
			applied++
		}
	}
	return applied, nil
}

// Check is what opening a store does with its schema version have and the
// version the code wants: nothing when they match, migrate when the store
// has no tables at all, else an ECONFLICT error naming the store (e.g.
// "the database") and, for a store behind, the `litopys migrate --db`
// argument that brings it up to date. tables counts the store's tables
// and, of them, schema_version.
func Check(have, want int, store, dbArg string, tables func() (versioned, all int, err error), migrate func() error) error {
	if have == want {
		return nil
	}
	if have > want {
		return litopys.Errorf(litopys.ECONFLICT, "%s has schema version %d, newer than this litopys knows (%d): upgrade litopys", store, have, want)
	}
	versioned, all, err := tables()
	if err != nil {
		return err
	}
	if all == 0 {
		return migrate()
	}
	if versioned == 0 {
		return litopys.Errorf(litopys.ECONFLICT, "%s is not a litopys database (it has tables but no schema_version)", store)
	}
	return litopys.Errorf(litopys.ECONFLICT, "%s has schema version %d, this litopys needs %d: run `litopys migrate --db %s`", store, have, want, dbArg)
}
