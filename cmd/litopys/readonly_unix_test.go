//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// roEnv names, in a child process of TestReadOnlyStore, the read-only
// folder with the store and the inputs.
const roEnv = "LITOPYS_TEST_READONLY_DIR"

// TestReadOnlyStore makes a store, puts it in a folder the user may not
// write, and then, as that user: search and serve read it (they used to
// fail with "attempt to write a readonly database"), and ingest refuses it
// at once, before reading any input (it analysed every input and then
// failed each). Root may write anywhere, so under root the second half
// runs in a child process as user nobody.
func TestReadOnlyStore(t *testing.T) {
	if dir := os.Getenv(roEnv); dir != "" {
		readOnlyStoreChecks(t, dir)
		return
	}
	seeds := sharedSeeds(t)
	dir, err := os.MkdirTemp("", "litopys-ro-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Chmod(dir, 0o755)
		os.RemoveAll(dir)
	})
	db := filepath.Join(dir, "l.db")
	if r := runCommand(t, runIngestCmd, append([]string{"--db", db}, seeds...)...); r.err != nil {
		t.Fatalf("ingest: %v", r.err)
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "new-"+filepath.Base(s)), append([]byte("Новость дня. "), b...))
	}
	for _, p := range []string{db, dir} {
		mode := os.FileMode(0o444)
		if p == dir {
			mode = 0o555
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	if os.Geteuid() != 0 {
		readOnlyStoreChecks(t, dir)
		return
	}
	exe := copyTestBinary(t)
	cmd := exec.Command(exe, "-test.run=^TestReadOnlyStore$", "-test.v")
	cmd.Env = append(os.Environ(), roEnv+"="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Skipf("cannot run the test as user nobody here: %v", err) // no CAP_SETUID
	}
	if err != nil || !strings.Contains(string(out), "--- PASS: TestReadOnlyStore") {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
}

// readOnlyStoreChecks runs as a user who cannot write in dir.
func readOnlyStoreChecks(t *testing.T, dir string) {
	db := filepath.Join(dir, "l.db")
	r := runCommand(t, runSearchCmd, "--db", db, "Блинкена")
	if r.err != nil || !strings.Contains(r.stdout, "2 document(s) found") {
		t.Errorf("search a read-only store: %v\n%s", r.err, r.stdout)
	}
	r = runCommand(t, runIngestCmd, "--db", db, "--format", "json", dir)
	if r.err == nil || !strings.Contains(r.err.Error(), "cannot write to store") || r.stdout != "" {
		t.Errorf("ingest into a read-only store: %v, output %q; want a refusal before any input", r.err, r.stdout)
	}
	base, stop, _ := startCmd(t, "serve", "--db", db, "--addr", "127.0.0.1:0")
	var list struct {
		Total int `json:"total"`
	}
	if code := getJSON(t, base+"api/stories", &list); code != 200 || list.Total != 1 {
		t.Errorf("serve a read-only store: %d, %d stories", code, list.Total)
	}
	stop()
}

// copyTestBinary copies the test binary where user nobody may run it (the
// build cache's folders are private).
func copyTestBinary(t *testing.T) string {
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
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "litopys.test")
	if err := os.WriteFile(p, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}
