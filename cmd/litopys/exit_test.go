package main

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	_ "modernc.org/sqlite"
)

// TestExitCodeTable maps every domain code, and the errors around them,
// to its exit code.
func TestExitCodeTable(t *testing.T) {
	want := map[string]int{
		litopys.EINTERNAL:     1,
		litopys.EINVALID:      65,
		litopys.EUNSUPPORTED:  65,
		litopys.ETOOLARGE:     65,
		litopys.ENOTFOUND:     66,
		litopys.EUNAVAILABLE:  69,
		litopys.EUNAUTHORIZED: 77,
		litopys.ECONFLICT:     78,
	}
	for _, code := range litopys.ErrorCodes() {
		w, ok := want[code]
		if !ok {
			t.Errorf("code %q has no exit code in this test: add it to the table, README and exit.go", code)
			continue
		}
		err := fmt.Errorf("op: %w", litopys.Errorf(code, "something"))
		if got := exitCode(err); got != w {
			t.Errorf("%s: exit %d, want %d", code, got, w)
		}
	}
	for _, tt := range []struct {
		name string
		err  error
		want int
	}{
		{"plain error", errors.New("boom"), exitFailure},
		{"unknown code", litopys.Errorf("no_such_code", "x"), exitFailure},
		{"usage", usagef("--x: bad"), exitUsage},
		{"partial", fmt.Errorf("2 input(s) failed: %w", errPartial), exitPartial},
		{"partial wins over a code", fmt.Errorf("%w: %w", errPartial, litopys.Errorf(litopys.EINVALID, "x")), exitPartial},
		{"missing file", fmt.Errorf("read gold: %w", &fs.PathError{Op: "open", Path: "x", Err: fs.ErrNotExist}), exitNotFound},
		{"network", fmt.Errorf("connect: %w", &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}), exitUnavailable},
		{"a code wins over its cause", litopys.Errorf(litopys.EINVALID, "x: %v", fs.ErrNotExist), exitData},
	} {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("%s: exit %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestExitCodesEndToEnd runs commands that fail for each reason through
// run, as main does.
func TestExitCodesEndToEnd(t *testing.T) {
	dir := t.TempDir()
	badJSON := filepath.Join(dir, "bad.json")
	writeFile(t, badJSON, []byte("{"))
	// A SQLite file with tables but none of litopys's: not a store.
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, tt := range []struct {
		name string
		args []string
		want int
	}{
		{"no store", []string{"search", "--db", filepath.Join(dir, "typo.db"), "word"}, exitNotFound},
		{"missing gold folder", []string{"eval", "ner", "--gold", filepath.Join(dir, "nonexistent")}, exitNotFound},
		{"bad gold file", []string{"eval", "timeline", "--gold", badJSON}, exitData},
		{"not a litopys store", []string{"reanalyze", "--db", other}, exitConflict},
		{"database refuses connections", []string{"serve", "--db", "postgres://litopys@127.0.0.1:1/litopys?connect_timeout=5", "--addr", "127.0.0.1:0"}, exitUnavailable},
		{"bad flag", []string{"search", "--no-such-flag"}, exitUsage},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd(t, "", tt.args...)
			if code != tt.want {
				t.Errorf("%v: exit %d, want %d: %s", tt.args, code, tt.want, errs)
			}
		})
	}
}

// TestExitCodesDocumented checks that README's usage names every exit
// code a command can end with.
func TestExitCodesDocumented(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.Join(strings.Fields(string(b)), " ")
	i := strings.Index(readme, "Exit codes:")
	if i < 0 {
		t.Fatal("README has no \"Exit codes:\"")
	}
	end := strings.Index(readme[i:], "Long runs")
	if end < 0 {
		end = len(readme) - i
	}
	doc := map[int]bool{}
	for _, m := range regexp.MustCompile(`\b\d+\b`).FindAllString(readme[i:i+end], -1) {
		n, _ := strconv.Atoi(m)
		doc[n] = true
	}
	codes := []int{exitOK, exitFailure, exitUsage, exitPartial, exitInterrupted, 143}
	for _, n := range codeExits {
		codes = append(codes, n)
	}
	for _, n := range codes {
		if !doc[n] {
			t.Errorf("README's exit codes do not name %d", n)
		}
	}
}
