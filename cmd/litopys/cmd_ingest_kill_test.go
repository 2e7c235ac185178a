package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys/ingest"
	_ "modernc.org/sqlite"
)

// TestIngestChild is not a test: it is the child process that
// TestIngestResumesAfterKill starts and kills. It runs "litopys ingest"
// with the arguments in LITOPYS_INGEST_CHILD.
func TestIngestChild(t *testing.T) {
	raw := os.Getenv("LITOPYS_INGEST_CHILD")
	if raw == "" {
		t.Skip("only run as a child process")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, log: newLogger(os.Stderr, "error")}
	if err := runIngestCmd(context.Background(), e, args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// corpus writes n distinct short articles as JSONL.
func corpus(tb testing.TB, path string, n int) {
	tb.Helper()
	cities := []string{"Киеве", "Харькове", "Львове", "Одессе", "Днепре", "Виннице", "Полтаве"}
	topics := []string{"бюджет", "выборы", "ремонт дорог", "новую школу", "отопление", "транспорт"}
	var b strings.Builder
	for i := range n {
		text := fmt.Sprintf("Сегодня в %s депутаты обсудили %s. Заседание номер %d длилось %d часов, сообщает пресс-служба горсовета. Решение примут через %d дней.",
			cities[i%len(cities)], topics[i%len(topics)], i, 1+i%9, 2+i%17)
		line, _ := json.Marshal(map[string]string{"text": text, "lang": "ru", "url": fmt.Sprintf("https://example.org/news/%d", i)})
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestIngestResumesAfterKill kills an ingest with SIGKILL in the middle,
// runs it again, and checks that every article is stored exactly once and
// that no half-written document was left behind.
func TestIngestResumesAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	const n = 1600 // more than three batches (ingest.BatchSize), so a kill lands mid-corpus
	dir := t.TempDir()
	src, db := filepath.Join(dir, "news.jsonl"), filepath.Join(dir, "l.db")
	corpus(t, src, n)
	args, _ := json.Marshal([]string{"--db", db, "--workers", "2", src})
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "LITOPYS_INGEST_CHILD="+string(args))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()

	stored := func() int {
		conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)")
		if err != nil {
			return 0
		}
		defer conn.Close()
		var k int
		if conn.QueryRow(`SELECT count(*) FROM documents`).Scan(&k) != nil {
			return 0
		}
		return k
	}
	deadline := time.Now().Add(2 * time.Minute)
	for stored() < 10 {
		select {
		case err := <-done:
			t.Fatalf("child ended before it was killed (%v): make the corpus larger\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("child stored nothing in 2 minutes\n%s", stderr.String())
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-done
	before := stored()
	if before >= n {
		t.Fatalf("all %d stored before the kill: make the corpus larger", n)
	}
	t.Logf("killed with %d of %d stored", before, n)

	r := runCommand(t, runIngestCmd, "--db", db, "--format", "json", src)
	if r.err != nil {
		t.Fatalf("resumed ingest: %v\n%s", r.err, r.stderr)
	}
	var tot ingest.Totals
	lastJSON(t, r.stdout, &tot)
	if tot.Added+tot.Unchanged != n || tot.Unchanged < before || tot.Failed != 0 {
		t.Errorf("resumed ingest: %+v, want %d in all, at least %d unchanged", tot, n, before)
	}
	checkConsistent(t, db, n)
}

// checkConsistent checks that the file holds n documents, each once, and no
// row of a document that is not there.
func checkConsistent(t *testing.T, db string, n int) {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The index's blocks, moved and staged.
	const all = `WITH p AS (SELECT term, blk, n FROM postings UNION ALL SELECT term, blk, n FROM postings_new) `
	for _, c := range []struct {
		what, query string
		want        int
	}{
		{"documents", `SELECT count(*) FROM documents`, n},
		{"distinct texts", `SELECT count(DISTINCT content_hash) FROM documents`, n},
		{"stats.docs", `SELECT docs FROM stats`, n},
		{"stats.words", `SELECT (SELECT words FROM stats) - (SELECT sum(words) FROM documents)`, 0},
		// A block is keyed by its first document (its batch's first, or
		// the first of the blocks it was merged from).
		{"orphan postings", all + `SELECT count(*) FROM p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.seq = p.blk)`, 0},
		{"orphan mentions", `SELECT count(*) FROM doc_entities WHERE doc NOT IN (SELECT seq FROM documents)`, 0},
		{"postings of the language terms", all + `SELECT (SELECT coalesce(sum(n), 0) FROM p WHERE term LIKE 'l:%') - (SELECT count(*) FROM documents WHERE lang <> '')`, 0},
		{"documents not in exactly one story", `SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM story_log s WHERE s.doc = d.id) != 1`, 0},
		{"story log gaps", `SELECT (SELECT max(seq) FROM story_log) - (SELECT count(*) FROM story_log)`, 0},
	} {
		var got int
		if err := conn.QueryRow(c.query).Scan(&got); err != nil {
			t.Fatalf("%s: %v", c.what, err)
		}
		if got != c.want {
			t.Errorf("%s = %d, want %d", c.what, got, c.want)
		}
	}
}
