package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/story"
)

// BenchmarkServeStart measures how soon `litopys serve` answers
// /api/stories after it starts, and its resident memory then, on SQLite
// stores of growing size (LITOPYS_BENCH_SERVE_SIZES, default 2000,20000;
// LITOPYS_BENCH_SERVE_DIR keeps the stores between runs). The stores are
// filled through the real write path — story log, read model, index — with
// small synthetic articles: about five per story, a few hundred a day, so
// that stories start, go quiet and are continued as in a news stream. The
// figures should not grow with the store: the server reads the store's
// story read model and loads nothing at start.
func BenchmarkServeStart(b *testing.B) {
	sizes := []int{2000, 20000}
	if v := os.Getenv("LITOPYS_BENCH_SERVE_SIZES"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil {
				b.Fatal(err)
			}
			sizes = append(sizes, n)
		}
	}
	dir := os.Getenv("LITOPYS_BENCH_SERVE_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	bin := buildLitopys(b)
	for _, n := range sizes {
		path := filepath.Join(dir, fmt.Sprintf("serve-%d.db", n))
		fillSynthetic(b, path, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var ms, cpu, rss float64
			for b.Loop() {
				d, c, r := serveStart(b, bin, path)
				ms += float64(d.Milliseconds())
				cpu += float64(c.Milliseconds())
				rss += float64(r) / (1 << 20)
			}
			b.ReportMetric(ms/float64(b.N), "ms-to-stories")
			b.ReportMetric(cpu/float64(b.N), "cpu-ms-to-stories")
			b.ReportMetric(rss/float64(b.N), "MB-rss")
		})
	}
}

// serveStart starts `litopys serve` on path and returns how long it took
// to answer GET /api/stories with 200, the CPU time it had used by then
// (the machine may be shared), and its resident memory then.
func serveStart(b *testing.B, bin, path string) (time.Duration, time.Duration, int64) {
	b.Helper()
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(b))
	start := time.Now()
	p := startProc(b, "serve", bin, "serve", "--db", path, "--addr", addr)
	defer func() {
		p.signal(syscall.SIGTERM)
		p.wait(10 * time.Second)
	}()
	client := &http.Client{Timeout: 5 * time.Second}
	for time.Since(start) < 2*time.Minute {
		resp, err := client.Get("http://" + addr + "/api/stories")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				took := time.Since(start)
				return took, cpuTime(b, p.cmd.Process.Pid), residentBytes(b, p.cmd.Process.Pid)
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	b.Fatal("serve did not answer /api/stories within 2 minutes")
	return 0, 0, 0
}

// cpuTime reads a process's user and system CPU time from /proc (in clock
// ticks of 1/100 s, as Linux reports them to user space).
func cpuTime(b *testing.B, pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	// The command name, field 2, is in parentheses and may hold spaces.
	f := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+2:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// residentBytes reads a process's resident set size from /proc.
func residentBytes(b *testing.B, pid int) int64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// fillSynthetic stores n synthetic articles at path unless it holds them
// already.
func fillSynthetic(b *testing.B, path string, n int) {
	b.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if have, err := st.Count(ctx); err != nil || have >= n {
		if err != nil {
			b.Fatal(err)
		}
		return
	}
	st.SetStories(story.NewLog(story.Options{}))
	const batch = 512
	for i := 0; i < n; i += batch {
		var docs []*litopys.Document
		for j := i; j < min(n, i+batch); j++ {
			docs = append(docs, syntheticArticle(j))
		}
		if _, err := st.PutDocuments(ctx, docs, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticArticle is article i: about five articles per story, 300
// articles a day, each story with its own people, place and words (of
// letters only: the clusterer ignores words with digits).
func syntheticArticle(i int) *litopys.Document {
	s := i / 5
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/300)
	person, place := "Minister "+letters(s), "City "+letters(s%97)
	title := person + " visits " + place
	var text strings.Builder
	for w := range 40 {
		fmt.Fprintf(&text, "w%sq%s ", letters(s), letters((w*7+i)%50))
	}
	body := title + "\n\n" + text.String()
	d := &litopys.Document{ID: fmt.Sprintf("syn-%07d", i), Lang: []string{"ru", "uk"}[i%2], Outlet: fmt.Sprintf("outlet%d.example", i%7),
		Title: title, Published: litopys.DateOf(day), Text: body}
	off := 0
	for _, w := range strings.Fields(body) {
		k := strings.Index(body[off:], w) + off
		d.Tokens = append(d.Tokens, litopys.Token{Start: k, End: k + len(w), Text: w, Lemma: strings.ToLower(w), Kind: litopys.TokenWord})
		off = k + len(w)
	}
	for _, e := range []litopys.Entity{
		{ID: fmt.Sprintf("PER-minister%d", s), Type: litopys.PER, Name: person},
		{ID: fmt.Sprintf("LOC-city%d", s%97), Type: litopys.LOC, Name: place},
	} {
		k := strings.Index(body, e.Name)
		d.Entities = append(d.Entities, e)
		d.Mentions = append(d.Mentions, litopys.Mention{Start: k, End: k + len(e.Name), Text: e.Name, Base: e.Name, Type: e.Type, Entity: e.ID})
	}
	return d
}

// letters writes n in base 26 with the letters a–z.
func letters(n int) string {
	b := []byte{byte('a' + n%26)}
	for n /= 26; n > 0; n /= 26 {
		b = append(b, byte('a'+n%26))
	}
	return string(b)
}
