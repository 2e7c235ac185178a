package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys/sqlite"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// TestQueueIngestAndWorker sends files through a real NATS JetStream queue:
// "ingest --queue" publishes them (twice: the second time is a no-op) and a
// worker stores each once, then stops cleanly when its context ends. The
// worker's /metrics counts what it stored, /healthz and /readyz answer, and
// it logs JSON lines: none per document at info level, a summary at the end.
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
	var logs lockedBuffer
	go func() {
		var e env
		e.stdin, e.stdout, e.stderr = nil, &discard{}, &logs
		e.log = newLogger(&discard{}, "error")
		done <- run(ctx, &e, []string{"worker", "--queue", url, "--db", db, "--concurrency", "2",
			"--metrics-addr", "127.0.0.1:0", "--log-format", "json", "--log-level", "info"})
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
	metrics := logged(t, &logs, "serving metrics")["url"]
	base := strings.TrimSuffix(fmt.Sprint(metrics), "metrics")
	for _, probe := range []string{"healthz", "readyz"} {
		if code := httpStatus(t, base+probe); code != http.StatusOK {
			t.Errorf("GET /%s = %d, want 200", probe, code)
		}
	}
	checkWorkerMetrics(t, base+"metrics", len(texts))
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("worker exit %d after cancel, want 0", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("worker did not stop after cancel")
	}
	if n := logged(t, &logs, "worker stopped")["added"]; n != float64(len(texts)) {
		t.Errorf("summary line: added = %v, want %d", n, len(texts))
	}
	if line := logged(t, &logs, "item done"); line != nil {
		t.Errorf("a document done is logged at info level: %v", line)
	}
	code, out, _ := runCmd(t, "", "search", "--db", db, "--format", "json", "Блинкена")
	var res struct{ Total int }
	if code != exitOK || json.Unmarshal([]byte(out), &res) != nil || res.Total != 1 {
		t.Errorf("search after the worker: exit %d, %s", code, out)
	}
}

// checkWorkerMetrics reads a worker's /metrics after it stored n new
// documents: each counted as added, timed from queue to store, and run
// through every stage; no failures; the queue lag gauge present.
func checkWorkerMetrics(tb testing.TB, url string, n int) {
	tb.Helper()
	resp, err := http.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	p := expfmt.NewTextParser(model.LegacyValidation)
	mfs, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		tb.Fatalf("/metrics does not parse: %v", err)
	}
	// value sums the samples of a family whose labels include want.
	value := func(name string, want ...string) float64 {
		var v float64
	metrics:
		for _, m := range mfs[name].GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			for i := 0; i+1 < len(want); i += 2 {
				if labels[want[i]] != want[i+1] {
					continue metrics
				}
			}
			switch {
			case m.GetCounter() != nil:
				v += m.GetCounter().GetValue()
			case m.GetGauge() != nil:
				v += m.GetGauge().GetValue()
			case m.GetHistogram() != nil:
				v += float64(m.GetHistogram().GetSampleCount())
			}
		}
		return v
	}
	type row struct {
		name string
		got  float64
	}
	want := []row{
		{"added", float64(n)}, {"unchanged", 0}, {"failures", 0},
		{"queue to store", float64(n)}, {"store", float64(n)}, {"ner stage", float64(n)},
	}
	got := []row{
		{"added", value("litopys_documents_processed_total", "result", "added")},
		{"unchanged", value("litopys_documents_processed_total", "result", "unchanged")},
		{"failures", value("litopys_failures_total")},
		{"queue to store", value("litopys_queue_to_store_seconds")},
		{"store", value("litopys_store_seconds")},
		{"ner stage", value("litopys_stage_seconds", "stage", "ner")},
	}
	if !slices.Equal(got, want) {
		tb.Errorf("metrics:\n got %v\nwant %v", got, want)
	}
	if _, ok := mfs["litopys_queue_lag_messages"]; !ok {
		tb.Error("no litopys_queue_lag_messages")
	}
}

// logged returns the first JSON log line with the message msg, nil when
// there is none; a line that is not JSON fails the test.
func logged(tb testing.TB, logs *lockedBuffer, msg string) map[string]any {
	tb.Helper()
	for line := range strings.Lines(logs.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			tb.Fatalf("log line is not JSON: %v: %q", err, line)
		}
		if m["msg"] == msg {
			return m
		}
	}
	return nil
}

// httpStatus returns the status of a GET of url.
func httpStatus(tb testing.TB, url string) int {
	tb.Helper()
	resp, err := http.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
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
