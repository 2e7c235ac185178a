package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
)

// TestTypoCreatesNoStore runs the commands that read or update a store on
// a path where there is none: each refuses with a hint and creates nothing
// (serve used to create and serve an empty store).
func TestTypoCreatesNoStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	tests := []struct {
		name string
		run  func(tb testing.TB) cmdResult
	}{
		{"serve", func(tb testing.TB) cmdResult {
			return runCommand(tb, runServeCmd, "--db", db, "--addr", "127.0.0.1:0")
		}},
		{"serve with a token", func(tb testing.TB) cmdResult {
			return runCommand(tb, runServeCmd, "--db", db, "--addr", "127.0.0.1:0", "--token", "t")
		}},
		{"search", func(tb testing.TB) cmdResult { return runCommand(tb, runSearchCmd, "--db", db, "word") }},
		{"reanalyze", func(tb testing.TB) cmdResult { return runCommand(tb, runReanalyzeCmd, "--db", db) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.run(t)
			if litopys.ErrorCode(r.err) != litopys.ENOTFOUND || !strings.Contains(r.err.Error(), "no store at "+db) ||
				!strings.Contains(r.err.Error(), "litopys ingest --db") {
				t.Errorf("err = %v, want not found with a hint", r.err)
			}
			if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("%s created %s", tt.name, db)
			}
		})
	}
}

// TestIngestSkippedIsNotFailed ingests a folder of files litopys does not
// read and spreadsheet rows without text: they are counted as skipped,
// nothing failed, and the exit code is 0 (it was 3, as if they failed).
func TestIngestSkippedIsNotFailed(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "README.md"), []byte("# notes"))
	writeFile(t, filepath.Join(dir, "photo.png"), []byte("\x89PNG\r\n\x1a\n"))
	writeFile(t, filepath.Join(dir, "doc.out"), []byte("Блинкен\tБлинкен\tPER\tPER-Blinken\n"))
	writeFile(t, filepath.Join(dir, "titles.csv"), []byte("title,text\nТолько заголовок,\nЕщё один,\n"))
	db := filepath.Join(t.TempDir(), "l.db")
	r := runCommand(t, runIngestCmd, "--db", db, "--format", "json", dir)
	if r.err != nil {
		t.Fatalf("ingest: %v (want no error: nothing failed)\n%s", r.err, r.stdout)
	}
	var tot ingest.Totals
	lastJSON(t, r.stdout, &tot)
	if want := (ingest.Totals{Skipped: 5}); tot != want {
		t.Errorf("totals %+v, want %+v\n%s", tot, want, r.stdout)
	}
	if !strings.Contains(r.stdout, `"status":"skipped"`) {
		t.Errorf("no skipped line:\n%s", r.stdout)
	}
	text := runCommand(t, runIngestCmd, "--db", db, dir)
	if text.err != nil || text.stdout != "0 added, 0 unchanged, 5 skipped, 0 failed\n" {
		t.Errorf("text summary %q, err %v", text.stdout, text.err)
	}
}

// TestErrorNamesSourceOnce checks that a failed input's reason does not
// repeat the source the report prints beside it (it read
// "x.csv#line 2: x.csv#line 2: no article text found").
func TestErrorNamesSourceOnce(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "pages.csv")
	writeFile(t, csvPath, []byte("title,html\nEmpty page,<html><body><nav>Menu</nav></body></html>\n"))
	r := runCommand(t, runIngestCmd, "--db", filepath.Join(dir, "l.db"), csvPath)
	want := "  " + csvPath + "#line 2: "
	i := strings.Index(r.stdout, want)
	if !errorsIsPartial(r.err) || i < 0 {
		t.Fatalf("ingest: %v\n%s", r.err, r.stdout)
	}
	line := r.stdout[i : i+strings.Index(r.stdout[i:], "\n")]
	if strings.Count(line, "pages.csv") != 1 {
		t.Errorf("the source is repeated: %q", line)
	}
}
