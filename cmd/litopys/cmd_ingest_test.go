package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
)

// cmdResult is what a command wrote and returned.
type cmdResult struct {
	stdout, stderr string
	err            error
}

// runCommand runs a subcommand's run function with captured streams.
func runCommand(tb testing.TB, run func(context.Context, *env, []string) error, args ...string) cmdResult {
	tb.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	err := run(context.Background(), e, args)
	return cmdResult{out.String(), errb.String(), err}
}

// sharedSeeds returns the paths of the two seed articles as plain text; it
// skips without ../shared, except in CI.
func sharedSeeds(tb testing.TB) []string {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	if len(paths) != 2 {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shared seeds missing in CI: found %q", paths)
		}
		tb.Skip("../shared/seeds not here")
	}
	return paths
}

// lastJSON decodes the last line of out into v.
func lastJSON(tb testing.TB, out string, v any) {
	tb.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), v); err != nil {
		tb.Fatalf("last line of %q: %v", out, err)
	}
}

func TestIngestSeedsTwice(t *testing.T) {
	seeds := sharedSeeds(t)
	db := filepath.Join(t.TempDir(), "l.db")
	first := runCommand(t, runIngestCmd, append([]string{"--db", db}, seeds...)...)
	if first.err != nil {
		t.Fatalf("first ingest: %v\n%s", first.err, first.stderr)
	}
	if want := "2 added, 0 unchanged, 0 skipped, 0 failed\n"; first.stdout != want {
		t.Errorf("first ingest printed %q, want %q", first.stdout, want)
	}
	second := runCommand(t, runIngestCmd, append([]string{"--db", db, "--format", "json"}, seeds...)...)
	if second.err != nil {
		t.Fatalf("second ingest: %v", second.err)
	}
	var tot ingest.Totals
	lastJSON(t, second.stdout, &tot)
	if tot != (ingest.Totals{Unchanged: 2}) {
		t.Errorf("second ingest totals %+v, want 2 unchanged", tot)
	}
	s, err := openStore(context.Background(), db, storeRead)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Count(context.Background()); n != 2 || err != nil {
		t.Errorf("count = %d (%v), want 2", n, err)
	}

	tests := []struct {
		args      []string
		wantLangs []string
	}{
		{[]string{"Блинкена"}, []string{"ru", "uk"}},
		{[]string{"Ким Чен Ын"}, []string{"ru", "uk"}},
		{[]string{"Ким", "Чен", "Ын"}, []string{"ru", "uk"}},
		{[]string{"--lang", "uk", "Блинкена"}, []string{"uk"}},
		{[]string{"--lang", "uk", "Ким Чен Ын"}, []string{"uk"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runCommand(t, runSearchCmd, append([]string{"--db", db, "--format", "json"}, tt.args...)...)
			if r.err != nil {
				t.Fatal(r.err)
			}
			var res litopys.SearchResult
			lastJSON(t, r.stdout, &res)
			var langs []string
			for _, h := range res.Results {
				langs = append(langs, h.Lang)
				if !strings.Contains(h.Snippet, "**") {
					t.Errorf("snippet %q marks nothing", h.Snippet)
				}
			}
			if strings.Join(langs, ",") != strings.Join(tt.wantLangs, ",") && strings.Join(reverse(langs), ",") != strings.Join(tt.wantLangs, ",") {
				t.Errorf("langs of results = %q, want %q", langs, tt.wantLangs)
			}
			if res.Total != len(tt.wantLangs) {
				t.Errorf("total = %d, want %d", res.Total, len(tt.wantLangs))
			}
		})
	}
	text := runCommand(t, runSearchCmd, "--db", db, "Блинкена")
	if text.err != nil || !strings.HasPrefix(text.stdout, "2 document(s) found\n") || !strings.Contains(text.stdout, "**Блинкен") {
		t.Errorf("text search output:\n%s\nerr %v", text.stdout, text.err)
	}
}

func reverse(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[len(ss)-1-i] = s
	}
	return out
}

func TestIngestBadInputsAmongGood(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good1.txt":       "В Киеве прошло заседание правительства. Министры обсудили бюджет на следующий год и новые налоги.",
		"good2.html":      "<html><head><title>Новина</title></head><body><article><h1>Новина дня</h1><p>У Львові відкрили нову бібліотеку для дітей. Мер міста привітав читачів і подякував волонтерам.</p></article></body></html>",
		"mixed.jsonl":     `{"id":"j1","text":"Премьер-министр посетил завод в Харькове и встретился с рабочими.","lang":"ru"}` + "\n" + `{"id":"j2", broken` + "\n" + `{"id":"j3","title":"нет текста"}` + "\n",
		"empty.txt":       "",
		"blank.txt":       " \n\t\n",
		"binary.txt":      "\x00\x01\x02\x03\x89PNG\x00\x00\x00\x00IHDR\x00\x00",
		"image.png":       "\x89PNG\r\n\x1a\n\x00\x00",
		"broken-utf8.txt": "Текст \xff\xfe с битыми байтами, но вполне читаемый: президент подписал указ о выборах.",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "l.db")
	r := runCommand(t, runIngestCmd, "--db", db, "--format", "json", dir)
	if !errorsIsPartial(r.err) {
		t.Fatalf("ingest err = %v, want errPartial (exit code 3)", r.err)
	}
	var tot ingest.Totals
	lastJSON(t, r.stdout, &tot)
	// Good: good1, good2, j1, broken-utf8 (two bad bytes become U+FFFD).
	// Bad: j2 (broken JSON), empty, blank, binary. Skipped: j3 (no text),
	// image.png (not read from directories).
	if want := (ingest.Totals{Added: 4, Skipped: 2, Failed: 4}); tot != want {
		t.Errorf("totals %+v, want %+v\n%s", tot, want, r.stdout)
	}
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n")[:tot.Added+tot.Skipped+tot.Failed] {
		var it ingestItem
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if (it.Status == "failed" || it.Status == "skipped") && (it.Error == "" || it.Code == "") {
			t.Errorf("failure without a reason: %q", line)
		}
	}
	text := runCommand(t, runIngestCmd, "--db", db, dir)
	if !errorsIsPartial(text.err) || !strings.HasPrefix(text.stdout, "0 added, 4 unchanged, 2 skipped, 4 failed\nfailed:\n") {
		t.Errorf("second ingest: %v\n%s", text.err, text.stdout)
	}
}
