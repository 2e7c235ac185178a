package main

import (
	"context"
	"flag"
	"os"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/postgres"
	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/story"
)

// defaultDB is the store used when neither --db nor LITOPYS_DB names one.
const defaultDB = "litopys.db"

// dbFlag adds --db to fs: a SQLite file path or a postgres:// URL.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("LITOPYS_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "the store: a SQLite file or a postgres://… URL (env LITOPYS_DB)")
}

// storeAccess is what a command does with a store: only ingest and
// migrate create one, so that a mistyped --db is an error and not a new,
// empty store.
type storeAccess int

const (
	storeRead   storeAccess = iota // must exist; opened read-only (search, serve without writes)
	storeWrite                     // must exist and be writable (worker, reanalyze, serve with a token)
	storeCreate                    // created when missing; must be writable (ingest)
)

// openStore opens the store db names, refusing one whose schema is older
// than this program, a missing one unless access is storeCreate, and one
// that cannot be written unless access is storeRead — before the command
// does any work.
func openStore(ctx context.Context, db string, access storeAccess) (litopys.Store, error) {
	var (
		s   litopys.Store
		err error
	)
	switch {
	case postgres.IsDSN(db):
		s, err = postgres.Open(ctx, db)
	case access == storeRead:
		s, err = sqlite.OpenReadOnly(ctx, db)
	case access == storeWrite:
		s, err = sqlite.OpenExisting(ctx, db)
	default:
		s, err = sqlite.Open(ctx, db)
	}
	if err != nil {
		return nil, err
	}
	if w, ok := s.(interface{ CheckWritable(context.Context) error }); ok && access != storeRead {
		if err := w.CheckWritable(ctx); err != nil {
			s.Close()
			return nil, err
		}
	}
	wireStories(s)
	return s, nil
}

// wireStories gives a store's writers package story's Log, which assigns
// the stories of the documents they add (the adapters do not import the
// stages).
func wireStories(s litopys.Store) {
	if w, ok := s.(litopys.StoryWriter); ok {
		w.SetStories(story.NewLog(story.Options{}))
	}
}
