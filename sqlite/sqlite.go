package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sync"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/internal/storyrm"
	"github.com/litopys/litopys/search"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

var _ litopys.Store = (*DB)(nil)

// DB is a litopys.Store in one SQLite file. It is safe for concurrent use.
type DB struct {
	// Reader answers the reads shared with the other backend (package
	// sqlstore) from read.
	*sqlstore.Reader
	path  string
	write *sql.DB // one connection: SQLite has a single writer
	read  *sql.DB
	// analyzer is loaded on first use: opening a store to count documents
	// should not pay for the morphology.
	analyzer func() (*search.Analyzer, error)
	codec    *body.Codec
	// stmts are the statements every search runs, prepared on first use;
	// writeStmts those of the write path.
	stmts      func() (*searchStmts, error)
	writeStmts func() (*writeStmts, error)
	// merges tells when a term's blocks are due a merge; stage counts the
	// staged blocks (stage.go).
	merges *search.MergeClock
	stage  *stage
	// stories assigns the stories of added documents (SetStories).
	stories storyrm.Slot
	// regStmts are the entity registry's statements prepared on the write
	// connection, by text.
	regStmts, regWanted sync.Map
	// readOnly is set by OpenReadOnly.
	readOnly bool
}

// searchStmts are prepared once: parsing them costs as much as running them.
type searchStmts struct {
	postings, postingsWithin, hit *sql.Stmt
}

func (db *DB) prepareSearch() (*searchStmts, error) {
	var s searchStmts
	var err error
	// A term's blocks are in postings and, newer, in postings_new (see
	// stage.go); one statement reads both from one snapshot. Written as a
	// compound SELECT its ORDER BY merges the two index scans; as a
	// subquery it was sorted, blocks and all, in a temporary b-tree.
	if s.postings, err = db.read.Prepare(`SELECT blk, data FROM postings WHERE term = ?1
		UNION ALL SELECT blk, data FROM postings_new WHERE term = ?1 ORDER BY blk`); err != nil {
		return nil, fmt.Errorf("sqlite prepare: %w", err)
	}
	if s.postingsWithin, err = db.read.Prepare(`SELECT blk, data FROM postings WHERE term = ?1 AND blk <= ?2
		UNION ALL SELECT blk, data FROM postings_new WHERE term = ?1 AND blk <= ?2 ORDER BY blk`); err != nil {
		return nil, fmt.Errorf("sqlite prepare: %w", err)
	}
	// The text is read only when a snippet is wanted (?2): SQLite reads a
	// column, and its overflow pages, only when it is evaluated.
	if s.hit, err = db.read.Prepare(`SELECT id, title, lang, outlet, published, CASE WHEN ?2 THEN textz END FROM documents WHERE seq = ?1`); err != nil {
		return nil, fmt.Errorf("sqlite prepare: %w", err)
	}
	return &s, nil
}

// Open opens the SQLite file at path, creating it with the current schema
// when it does not exist or is empty. A file whose schema is older than
// this code is refused with an ECONFLICT error until Migrate is run (use
// OpenForMigrate for that). Documents it adds are assigned to stories once
// SetStories gives it an assigner (the command wires package story's Log).
func Open(ctx context.Context, path string) (*DB, error) {
	db, err := open(path)
	if err != nil {
		return nil, err
	}
	if err := db.checkSchema(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// OpenForMigrate opens the file without checking its schema, for Migrate.
func OpenForMigrate(ctx context.Context, path string) (*DB, error) {
	return open(path)
}

func open(path string) (*DB, error) {
	return openMode(path, false)
}

// openMode opens the file for reading and writing, or only for reading
// (see OpenReadOnly).
func openMode(path string, readOnly bool) (*DB, error) {
	if path == "" {
		return nil, litopys.Errorf(litopys.EINVALID, "sqlite: no database path")
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(15000)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	if !readOnly {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?"
	// The writer's page cache holds a whole batch's changes, so that its
	// pages are written once, at commit, instead of spilling to the WAL
	// page by page; statement journals stay in memory; the WAL, which
	// grows to the largest transaction (a move of staged postings can
	// write a gigabyte), is cut back to 64 MB after each checkpoint.
	// Readers map the file rather than read it page by page.
	wq := url.Values{"_txlock": {"immediate"}, "_pragma": append([]string{"cache_size(-262144)", "temp_store(MEMORY)", "journal_size_limit(67108864)"}, q["_pragma"]...)}
	q.Add("_pragma", "cache_size(-32768)")
	q.Add("_pragma", "mmap_size(2147418112)")
	if readOnly {
		// Both handles only read: "write" serves the reads that go
		// through it (the schema check).
		q.Set("mode", "ro")
		if immutableNeeded(path) {
			q.Set("immutable", "1")
		}
		wq = q
	}
	w, err := sql.Open("sqlite", dsn+wq.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn+q.Encode())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite open %s: %w", path, err)
	}
	r.SetMaxOpenConns(8)
	if err := w.Ping(); err != nil {
		w.Close()
		r.Close()
		if isReadOnly(err) {
			return nil, litopys.Errorf(litopys.ECONFLICT, "cannot write to store %s: the file or its folder is read-only (%v)", path, err)
		}
		return nil, fmt.Errorf("sqlite open %s: %w", path, err)
	}
	c, err := body.New()
	if err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("sqlite open %s: %w", path, err)
	}
	analyzer := sync.OnceValues(search.NewAnalyzer)
	db := &DB{Reader: sqlstore.New(regQuerier{r}, dialect, c, analyzer), path: path, write: w, read: r, codec: c, analyzer: analyzer, readOnly: readOnly}
	db.stmts = sync.OnceValues(db.prepareSearch)
	db.writeStmts = sync.OnceValues(db.prepareWrite)
	db.merges = search.NewMergeClock()
	db.stage = newStage()
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	return errors.Join(db.read.Close(), db.write.Close())
}

// Count returns the number of stored documents.
func (db *DB) Count(ctx context.Context) (int, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT docs FROM stats WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite count: %w", err)
	}
	return n, nil
}

// Checkpoint copies the write-ahead log into the database file and
// truncates it, and returns the file's size in pages.
func (db *DB) Checkpoint(ctx context.Context) (pages int64, err error) {
	var busy, logged, moved int64
	if err := db.write.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &moved); err != nil {
		return 0, fmt.Errorf("sqlite checkpoint: %w", err)
	}
	if err := db.write.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
		return 0, fmt.Errorf("sqlite checkpoint: %w", err)
	}
	return pages, nil
}
