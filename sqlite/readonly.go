package sqlite

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/litopys/litopys"
)

// OpenReadOnly opens an existing store only to read it, as commands that
// do not write (search, serve) do, so that a store in a folder or file the
// user may not write still serves. A missing file is an ENOTFOUND error
// (nothing is created), and so is a file without litopys's tables; an
// older schema is refused as Open refuses it. Writes through the store fail.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if err := mustExist(path); err != nil {
		return nil, err
	}
	db, err := openMode(path, true)
	if err != nil {
		return nil, err
	}
	have, want, err := db.SchemaVersion(ctx)
	switch {
	case err != nil:
		db.Close()
		return nil, err
	case have == 0:
		db.Close()
		return nil, litopys.Errorf(litopys.ENOTFOUND, "%s is not a litopys store (it has no schema)", path)
	case have != want:
		db.Close()
		return nil, db.checkSchema(ctx) // says which way and what to do
	}
	return db, nil
}

// OpenExisting is Open for a file that must exist already: commands that
// write to a store but should not create one on a mistyped path (worker,
// reanalyze) use it.
func OpenExisting(ctx context.Context, path string) (*DB, error) {
	if err := mustExist(path); err != nil {
		return nil, err
	}
	return Open(ctx, path)
}

// mustExist refuses a path that names no file.
func mustExist(path string) error {
	_, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return litopys.Errorf(litopys.ENOTFOUND, "no store at %s: check the path, or create one with `litopys ingest --db %s …`", path, path)
	case err != nil:
		return fmt.Errorf("sqlite open %s: %w", path, err)
	}
	return nil
}

// immutableNeeded tells whether a read-only connection to path must open
// it as immutable.
// A store in WAL mode is read through its -wal and -shm files, which a
// reader creates when they are missing (a cleanly closed store has none);
// where it may not create them (a read-only folder), the file is opened
// as immutable: no writer can be at work on it there either, since a
// writer needs those files.
func immutableNeeded(path string) bool {
	dir := filepath.Dir(path)
	if _, err := os.Stat(path + "-shm"); err == nil {
		return false
	}
	f, err := os.CreateTemp(dir, ".litopys-probe-*")
	if err != nil {
		return true
	}
	f.Close()
	os.Remove(f.Name())
	return false
}

// isReadOnly reports whether err is SQLite's SQLITE_READONLY (any of its
// extended codes: a read-only file, folder or -shm).
func isReadOnly(err error) bool {
	var c interface{ Code() int }
	return errors.As(err, &c) && c.Code()&0xff == 8
}

// CheckWritable fails when the store cannot be written (a read-only file
// or folder, a store opened with OpenReadOnly), so that a command that
// writes finds out before it does any work.
func (db *DB) CheckWritable(ctx context.Context) error {
	if db.readOnly {
		return litopys.Errorf(litopys.ECONFLICT, "store %s is opened read-only", db.path)
	}
	tx, err := db.write.BeginTx(ctx, nil) // BEGIN IMMEDIATE: takes the write lock
	if err == nil {
		err = tx.Rollback()
	}
	if err != nil {
		return litopys.Errorf(litopys.ECONFLICT, "cannot write to store %s: %v", db.path, err)
	}
	return nil
}
