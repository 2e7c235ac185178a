package http

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestLoad runs 200 concurrent clients against the demo server on
// loopback for a bounded time, cycling through the pages and the API, and
// fails on any error or non-200 answer. It reports latency percentiles
// without asserting them: the machine is shared.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: skipped in -short mode")
	}
	const clients = 200
	duration := 30 * time.Second
	srv, ts := seededServer(t)
	stories, _, _ := srv.Index().Stories(context.Background(), "", 1, 0)
	sid := url.PathEscape(stories[0].ID)
	_, docs, _, err := srv.Index().Story(context.Background(), stories[0].ID, 10, 0)
	if err != nil || len(docs) < 2 {
		t.Fatalf("story documents: %v, %v", docs, err)
	}
	paths := []string{
		"/", "/stories/" + sid, "/api/stories", "/api/stories/" + sid,
		"/entities/PER-kimchenin", "/api/entities/PER-kimchenin", "/api/entities?q=кім",
		"/documents/" + url.PathEscape(docs[0].ID), "/api/documents/" + url.PathEscape(docs[1].ID),
		"/search?q=Блинкен", "/api/search?q=КНДР&lang=uk", "/api/documents?lang=ru", "/healthz", "/static/style.css",
	}
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	ctx, cancel := context.WithTimeout(t.Context(), duration)
	defer cancel()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      []string
		wg        sync.WaitGroup
	)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for i := c; ctx.Err() == nil; i++ {
				start := time.Now()
				err := fetch(ctx, client, ts.URL+paths[i%len(paths)])
				if ctx.Err() != nil {
					break // the deadline cut this request short
				}
				mine = append(mine, time.Since(start))
				if err != nil {
					mu.Lock()
					errs = append(errs, err.Error())
					mu.Unlock()
					break
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d clients failed, first: %s", len(errs), errs[0])
	}
	if len(latencies) == 0 {
		t.Fatal("no request completed")
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))] }
	t.Logf("%d clients, %v: %d requests (%.0f/s), p50 %v, p90 %v, p99 %v, max %v",
		clients, duration, len(latencies), float64(len(latencies))/duration.Seconds(),
		pct(0.50).Round(time.Millisecond), pct(0.90).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), latencies[len(latencies)-1].Round(time.Millisecond))
}

// fetch GETs u and reports a non-200 answer as an error.
func fetch(ctx context.Context, c *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return nil
}
