package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// lockedBuffer is a bytes.Buffer safe to write from the command and read
// from the test at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var urlRE = regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)

// startCmd runs a serving command in the background until the test stops
// it, and returns the URL it announced, a stop function that cancels it
// (as Ctrl-C would) and returns its exit code, and what it wrote.
func startCmd(t *testing.T, args ...string) (string, func() int, *lockedBuffer) {
	t.Helper()
	var out lockedBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &out}
	e.log = newLogger(&out, "info")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, e, args) }()
	stop := func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(10 * time.Second):
			t.Fatal("the server did not stop within 10 s of the signal")
			return -1
		}
	}
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if u := urlRE.FindString(out.String()); u != "" {
			waitReady(t, u)
			return u, stop, &out
		}
		select {
		case code := <-done:
			t.Fatalf("%v exited with %d before serving: %s", args, code, out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("%v announced no address: %s", args, out.String())
	return "", nil, nil
}

// waitReady polls /readyz until the story index is built.
func waitReady(t *testing.T, base string) {
	t.Helper()
	for range 200 {
		if resp, err := http.Get(base + "readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s never became ready", base)
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v: %s", u, err, b)
	}
	return resp.StatusCode
}

// TestDemoServes runs "litopys demo": the two seeds become one story with
// a ru and a uk article, and Ctrl-C stops the server cleanly.
func TestDemoServes(t *testing.T) {
	base, stop, _ := startCmd(t, "demo", "--addr", "127.0.0.1:0")
	var list struct {
		Total   int `json:"total"`
		Stories []struct {
			Languages map[string]int `json:"languages"`
			Count     int            `json:"document_count"`
		} `json:"stories"`
	}
	if code := getJSON(t, base+"api/stories", &list); code != 200 || list.Total != 1 || list.Stories[0].Count != 2 ||
		list.Stories[0].Languages["ru"] != 1 || list.Stories[0].Languages["uk"] != 1 {
		t.Errorf("demo stories (%d) = %+v, want one story of a ru and a uk article", code, list)
	}
	if code := stop(); code != exitOK {
		t.Errorf("demo exited with %d after the signal", code)
	}
}

// TestServe serves an empty store (made by migrate) with a token, ingests an article over
// the API and finds it again; /metrics counts the requests by route and
// status, and the server logs JSON lines ending with a summary.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	if code, _, errs := runCmd(t, "", "migrate", "--db", db); code != exitOK { // serve creates no store
		t.Fatalf("migrate: %d %s", code, errs)
	}
	base, stop, logs := startCmd(t, "serve", "--db", db, "--addr", "127.0.0.1:0", "--token", "t0ken")
	body := `{"id":"a1","title":"Переговоры","lang":"ru","published":"2023-11-09","text":"Государственный секретарь США Энтони Блинкен в четверг 9 ноября провел переговоры в Сеуле."}`
	req, _ := http.NewRequest(http.MethodPost, base+"api/documents", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for _, tok := range []string{"", "t0ken"} {
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		req.Body = io.NopCloser(strings.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if want := map[string]int{"": 401, "t0ken": 201}[tok]; resp.StatusCode != want {
			t.Errorf("POST with token %q: %d, want %d", tok, resp.StatusCode, want)
		}
	}
	var hits struct{ Total int }
	if code := getJSON(t, base+"api/search?q=Блинкен", &hits); code != 200 || hits.Total != 1 {
		t.Errorf("search after ingest: %d, %+v", code, hits)
	}
	resp, err := http.Get(base + "metrics")
	if err != nil {
		t.Fatal(err)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	mfs, err := p.TextToMetricFamilies(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	counts := map[string]float64{}
	for _, m := range mfs["litopys_http_requests_total"].GetMetric() {
		var route, code string
		for _, l := range m.GetLabel() {
			switch l.GetName() {
			case "route":
				route = l.GetValue()
			case "code":
				code = l.GetValue()
			}
		}
		if strings.HasPrefix(route, "POST ") || strings.Contains(route, "search") {
			counts[route+" "+code] = m.GetCounter().GetValue()
		}
	}
	want := map[string]float64{"POST /api/documents 401": 1, "POST /api/documents 201": 1, "GET /api/search 200": 1}
	if !maps.Equal(counts, want) {
		t.Errorf("requests counted %v, want %v", counts, want)
	}
	if code := stop(); code != exitOK {
		t.Errorf("serve exited with %d after the signal", code)
	}
	// Requests: the readiness polls, two POSTs and a search.
	if n, _ := logged(t, logs, "server stopped")["requests"].(float64); n < 4 {
		t.Errorf("summary line: %v requests, want at least 4", n)
	}
}
