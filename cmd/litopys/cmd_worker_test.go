package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/litopys/litopys/sqlite"
)

// TestQueueIngestAndWorker sends files through a real NATS JetStream queue:
// "ingest --queue" publishes them (twice: the second time is a no-op) and a
// worker stores each once, then stops cleanly when its context ends.
func TestQueueIngestAndWorker(t *testing.T) {
	url := os.Getenv("LITOPYS_TEST_NATS")
	if url == "" {
		if os.Getenv("CI") != "" && os.Getenv("LITOPYS_REQUIRE_NATS") == "1" {
			t.Fatal("LITOPYS_TEST_NATS is not set in CI")
		}
		t.Skip("no NATS server (set LITOPYS_TEST_NATS; .ci/nats.sh starts one)")
	}
	dir := t.TempDir()
	texts := []string{
		"Государственный секретарь США Энтони Блинкен 9 ноября провел переговоры в Сеуле.",
		"16 вересня Кім Чен Ин прибув на аеродром Кневичі у Владивостоці.",
		"Міністр оборони Японії заявив про нові навчання біля Окінави 3 жовтня.",
	}
	for i, s := range texts {
		// A run stamp keeps the items new to a server that saw this test before.
		stamp := fmt.Sprintf(" Прогон %d.", time.Now().UnixNano())
		writeFile(t, filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(s+stamp+"\n"))
	}
	db := filepath.Join(t.TempDir(), "q.db")
	if code, _, errs := runCmd(t, "", "migrate", "--db", db); code != exitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	for round := 0; round < 2; round++ {
		code, out, errs := runCmd(t, "", "ingest", "--queue", url, "--format", "json", dir)
		if code != exitOK {
			t.Fatalf("ingest --queue round %d: exit %d: %s", round, code, errs)
		}
		_ = out
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		var e env
		e.stdin, e.stdout, e.stderr = nil, &discard{}, &discard{}
		e.log = newLogger(&discard{}, "error")
		done <- run(ctx, &e, []string{"worker", "--queue", url, "--db", db, "--concurrency", "2"})
	}()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if n := storedCount(t, db); n == len(texts) {
			break
		} else if time.Now().After(deadline) {
			cancel()
			t.Fatalf("worker stored %d of %d documents in time", n, len(texts))
		}
		time.Sleep(200 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("worker exit %d after cancel, want 0", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("worker did not stop after cancel")
	}
	code, out, _ := runCmd(t, "", "search", "--db", db, "--format", "json", "Блинкена")
	var res struct{ Total int }
	if code != exitOK || json.Unmarshal([]byte(out), &res) != nil || res.Total != 1 {
		t.Errorf("search after the worker: exit %d, %s", code, out)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func storedCount(tb testing.TB, path string) int {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return -1
	}
	defer db.Close()
	n, err := db.Count(context.Background())
	if err != nil {
		return -1
	}
	return n
}
