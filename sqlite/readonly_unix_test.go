//go:build unix

package sqlite_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/sqlite"
)

// roEnv names, in a child process of TestReadOnlyFolder, the read-only
// folder holding the store.
const roEnv = "LITOPYS_TEST_READONLY_DIR"

// TestReadOnlyFolder stores a document, makes the folder and the file
// read-only, closes the store cleanly (no -wal or -shm left) and then, as
// a user who may not write there, reads it: OpenReadOnly counts and finds
// the document, and CheckWritable on a normal Open says the store cannot
// be written before any work is done. Root may write anywhere, so under
// root the reading half runs in a child process as user nobody.
func TestReadOnlyFolder(t *testing.T) {
	if dir := os.Getenv(roEnv); dir != "" {
		readOnlyChecks(t, filepath.Join(dir, "litopys.db"))
		return
	}
	dir, err := os.MkdirTemp("", "litopys-ro-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Chmod(dir, 0o755)
		os.RemoveAll(dir)
	})
	path := filepath.Join(dir, "litopys.db")
	db, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutDocument(t.Context(), roDoc(), "test"); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a cleanly closed store left its -wal: %v", err)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		readOnlyChecks(t, path)
		return
	}
	exe := copyExecutable(t)
	cmd := exec.Command(exe, "-test.run=^TestReadOnlyFolder$", "-test.v")
	cmd.Env = append(os.Environ(), roEnv+"="+dir, "GOCACHE=/nonexistent")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Skipf("cannot run the test as user nobody here: %v", err) // no CAP_SETUID
	}
	if err != nil || !strings.Contains(string(out), "--- PASS: TestReadOnlyFolder") {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
}

// copyExecutable copies the test binary where user nobody may run it (the
// build cache's folders are private).
func copyExecutable(t *testing.T) string {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "litopys-exe-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	p := filepath.Join(dir, "sqlite.test")
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// readOnlyChecks runs as a user who cannot write the store at path.
func readOnlyChecks(t *testing.T, path string) {
	ctx := context.Background()
	ro, err := sqlite.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	defer ro.Close()
	if n, err := ro.Count(ctx); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}
	res, err := ro.Search(ctx, litopys.Query{Text: "bridge"})
	if err != nil || res.Total != 1 {
		t.Errorf("Search = %+v, %v; want the document", res, err)
	}
	if _, err := ro.PutDocument(ctx, roDoc2(), "test"); err == nil {
		t.Errorf("PutDocument on a read-only store succeeded")
	}
	rw, err := sqlite.Open(ctx, path)
	if err != nil {
		return // refused at once: as good as CheckWritable
	}
	defer rw.Close()
	if err := rw.CheckWritable(ctx); litopys.ErrorCode(err) != litopys.ECONFLICT {
		t.Errorf("CheckWritable = %v, want a conflict error", err)
	}
}
