package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// TestProgress drives the progress report with a fake clock: off a
// terminal it logs a line every interval with the count, rate, failures,
// share read and time left; on one it draws a bar, at most five times a
// second, and clears it at the end.
func TestProgress(t *testing.T) {
	var logs, term bytes.Buffer
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	p := newProgress("ingest", &term, slog.New(slog.NewTextHandler(&logs, nil)), 1000)
	p.now, p.start, p.last = clock, now, now
	for i := 1; i <= 30; i++ {
		now = now.Add(time.Second)
		p.onRead(10)
		p.show(i*2, i/10, "")
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d log lines in 30 s, want 6 (one per 5 s):\n%s", len(lines), logs.String())
	}
	want := []string{`msg="ingest progress"`, "documents=60", "per_second=2.0", "failed=3", "percent=30", "eta=1m10s"}
	for _, w := range want {
		if !strings.Contains(lines[5], w) {
			t.Errorf("last line lacks %s: %s", w, lines[5])
		}
	}
	if term.Len() != 0 {
		t.Errorf("a bar off a terminal: %q", term.String())
	}

	logs.Reset()
	p = newProgress("analyze", &term, slog.New(slog.NewTextHandler(&logs, nil)), 0)
	p.tty, p.now, p.start, p.last = true, clock, now, now
	for i := 1; i <= 10; i++ {
		now = now.Add(100 * time.Millisecond)
		p.show(i, 0, "")
	}
	p.clear()
	if n := strings.Count(term.String(), "\r\033[K"); n != 6 { // 5 draws in a second, and the clear
		t.Errorf("%d redraws, want 5 and a clear: %q", n, term.String())
	}
	if !strings.Contains(term.String(), "analyze: 10 documents, 10.0/s, 0 failed") || logs.Len() != 0 {
		t.Errorf("bar %q, logs %q", term.String(), logs.String())
	}
	term.Reset()
	p = newProgress("ingest", &term, nil, 100)
	p.tty, p.now, p.start, p.last = true, clock, now, now.Add(-time.Second)
	p.onRead(25)
	now = now.Add(10 * time.Second)
	p.show(5, 1, "")
	if got := term.String(); !strings.Contains(got, "[######..................]  25% ingest: 5 documents, 0.5/s, 1 failed, ETA 30s") {
		t.Errorf("bar with a known size: %q", got)
	}

	term.Reset()
	p = newProgress("reanalyze", &term, nil, 0)
	p.tty, p.totalDocs, p.now, p.start, p.last = true, 200, clock, now, now.Add(-time.Second)
	now = now.Add(20 * time.Second)
	p.show(50, 0, "")
	if got := term.String(); !strings.Contains(got, " 25% reanalyze: 50 documents, 2.5/s, 0 failed, ETA 1m0s") {
		t.Errorf("bar with a known number of documents: %q", got)
	}
}
