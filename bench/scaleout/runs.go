package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/natsq"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// result is what one run measured. Times are in seconds.
type result struct {
	Run      string `json:"run"` // "throughput" or "latency"
	Workers  int    `json:"workers"`
	Articles int    `json:"articles"`
	// Wall runs from the workers' start (model loading included) to the
	// last article stored; Throughput is Articles/Wall.
	Wall       float64 `json:"wall_s"`
	Throughput float64 `json:"throughput"`
	// Steady is the rate between the first and the last commit
	// (documents.added_at).
	Steady float64 `json:"steady"`
	// WorkerCPU is the user+system time of the worker processes; PerCPU is
	// Articles/WorkerCPU.
	WorkerCPU float64 `json:"worker_cpu_s"`
	PerCPU    float64 `json:"articles_per_cpu_s"`
	// Server side: CPU of the PostgreSQL backends serving the workers and
	// of the NATS server, rows inserted and commits, database size, and the
	// bytes NATS received and sent.
	PGCPU      float64 `json:"pg_cpu_s"`
	NATSCPU    float64 `json:"nats_cpu_s"`
	PGRows     int64   `json:"pg_rows"`
	PGCommits  int64   `json:"pg_commits"`
	PGBytes    int64   `json:"pg_db_bytes"`
	NATSIn     int64   `json:"nats_in_bytes"`
	NATSOut    int64   `json:"nats_out_bytes"`
	NATSMemory int64   `json:"nats_mem_bytes"`
	// Latency runs: the publishing rate and the queue-to-store latency
	// (from the call to Publish to the commit seen by a listener), in ms;
	// Began… to the start of the storing transaction (documents.added_at).
	Rate     float64 `json:"rate,omitempty"`
	P50      float64 `json:"p50_ms,omitempty"`
	P90      float64 `json:"p90_ms,omitempty"`
	P99      float64 `json:"p99_ms,omitempty"`
	Max      float64 `json:"max_ms,omitempty"`
	BeganP50 float64 `json:"began_p50_ms,omitempty"`
	BeganP99 float64 `json:"began_p99_ms,omitempty"`
}

func (r result) print() {
	n := float64(r.Articles)
	switch r.Run {
	case "throughput":
		fmt.Printf("%d worker(s), backlog of %d: %.1f articles/s wall (%.1fs incl. start-up), %.1f articles/s steady; workers %.1f CPU-s = %.0f articles per CPU-s\n",
			r.Workers, r.Articles, r.Throughput, r.Wall, r.Steady, r.WorkerCPU, r.PerCPU)
	case "latency":
		fmt.Printf("%d worker(s), %d published at %.1f/s: queue-to-commit latency p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms (to the store transaction's start: p50 %.0f ms, p99 %.0f ms)\n",
			r.Workers, r.Articles, r.Rate, r.P50, r.P90, r.P99, r.Max, r.BeganP50, r.BeganP99)
	}
	fmt.Printf("    PostgreSQL: %.1f backend CPU-s (%.1f ms/article), %d rows inserted (%.0f/article, %.0f rows/s), %d commits, database %.1f MB (%.1f KB/article)\n",
		r.PGCPU, 1000*r.PGCPU/n, r.PGRows, float64(r.PGRows)/n, float64(r.PGRows)/r.Wall, r.PGCommits, float64(r.PGBytes)/1e6, float64(r.PGBytes)/1e3/n)
	fmt.Printf("    NATS: %.2f CPU-s (%.2f ms/article), in %.1f MB, out %.1f MB (%.0f KB/s), memory %.0f MB\n",
		r.NATSCPU, 1000*r.NATSCPU/n, float64(r.NATSIn)/1e6, float64(r.NATSOut)/1e6, float64(r.NATSIn+r.NATSOut)/1e3/r.Wall, float64(r.NATSMemory)/1e6)
}

// openCluster starts a cluster for one run and opens its queue.
func openCluster(ctx context.Context, o options, tmp string) (*cluster, *natsq.Queue, error) {
	c, err := newCluster(ctx, o, tmp)
	if err != nil {
		return nil, nil, err
	}
	q, err := natsq.Open(ctx, c.queue, natsq.Config{})
	if err != nil {
		c.close()
		return nil, nil, err
	}
	return c, q, nil
}

// throughputRun queues all articles first, then starts w workers and times
// them draining the queue.
func throughputRun(ctx context.Context, o options, tmp string, recs []input.Record, w int) (result, error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	c, q, err := openCluster(ctx, o, tmp)
	if err != nil {
		return result{}, err
	}
	defer c.close()
	defer q.Close()
	for _, rec := range recs {
		if _, err := q.Publish(ctx, natsq.FromRecord(rec)); err != nil {
			return result{}, err
		}
	}
	if err := c.startWorkers(o, w); err != nil {
		return result{}, err
	}
	if err := c.waitStored(ctx, len(recs)); err != nil {
		return result{}, err
	}
	r := result{Run: "throughput", Workers: w, Articles: len(recs), Wall: time.Since(c.workerStart).Seconds()}
	r.Throughput = float64(r.Articles) / r.Wall
	var first, last time.Time
	if err := c.pg.QueryRow(ctx, `SELECT min(added_at), max(added_at) FROM documents`).Scan(&first, &last); err != nil {
		return r, err
	}
	r.Steady = float64(r.Articles-1) / last.Sub(first).Seconds()
	if err := c.serverUse(ctx, &r); err != nil {
		return r, err
	}
	cpu, err := c.stopWorkers()
	r.WorkerCPU, r.PerCPU = cpu.Seconds(), float64(r.Articles)/cpu.Seconds()
	return r, err
}

// latencyRun starts w workers, waits until they all wait for work, and
// then publishes the articles at rate per second, timing each from its
// publication to its commit.
func latencyRun(ctx context.Context, o options, tmp string, recs []input.Record, w int, rate float64) (result, error) {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	c, q, err := openCluster(ctx, o, tmp)
	if err != nil {
		return result{}, err
	}
	defer c.close()
	defer q.Close()
	l, err := c.listenCommits(ctx)
	if err != nil {
		return result{}, err
	}
	defer l.close()
	if err := c.startWorkers(o, w); err != nil {
		return result{}, err
	}
	if err := c.waitIdle(ctx, w); err != nil {
		return result{}, err
	}
	start, published := time.Now(), make(map[string]time.Time, len(recs))
	for i, rec := range recs {
		time.Sleep(time.Until(start.Add(time.Duration(float64(i) / rate * float64(time.Second)))))
		published[rec.ID] = time.Now()
		if _, err := q.Publish(ctx, natsq.FromRecord(rec)); err != nil {
			return result{}, err
		}
	}
	committed, err := l.wait(ctx, len(recs))
	if err != nil {
		return result{}, err
	}
	r := result{Run: "latency", Workers: w, Articles: len(recs), Rate: rate, Wall: time.Since(start).Seconds()}
	r.Throughput = float64(r.Articles) / r.Wall
	var lat []float64
	for id, at := range committed {
		lat = append(lat, float64(at.Sub(published[id]))/float64(time.Millisecond))
	}
	slices.Sort(lat)
	r.P50, r.P90, r.P99, r.Max = percentile(lat, 0.50), percentile(lat, 0.90), percentile(lat, 0.99), lat[len(lat)-1]
	// The same from documents.added_at, the time the storing transaction
	// began: the part of the latency before the store's writes.
	rows, err := c.pg.Query(ctx, `SELECT id, added_at FROM documents`)
	if err != nil {
		return r, err
	}
	var began []float64
	var id string
	var at time.Time
	if _, err := pgx.ForEachRow(rows, []any{&id, &at}, func() error {
		began = append(began, float64(at.Sub(published[id]))/float64(time.Millisecond))
		return nil
	}); err != nil {
		return r, err
	}
	slices.Sort(began)
	r.BeganP50, r.BeganP99 = percentile(began, 0.50), percentile(began, 0.99)
	if err := c.serverUse(ctx, &r); err != nil {
		return r, err
	}
	cpu, err := c.stopWorkers()
	r.WorkerCPU, r.PerCPU = cpu.Seconds(), float64(r.Articles)/cpu.Seconds()
	return r, err
}

// percentile returns the p-quantile (0 < p < 1) of sorted values.
func percentile(sorted []float64, p float64) float64 {
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}

// waitIdle waits until w workers have a pull request waiting at the
// consumer: their models are loaded and they wait for work.
func (c *cluster) waitIdle(ctx context.Context, w int) error {
	nc, err := nats.Connect(c.queue)
	if err != nil {
		return err
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}
	for {
		if cons, err := js.Consumer(ctx, "LITOPYS_WORK", "litopys-worker"); err == nil {
			if info, err := cons.Info(ctx); err == nil && info.NumWaiting >= w {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("workers not ready: %w", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// serverUse fills in what PostgreSQL and NATS did, read while the workers
// are still connected.
func (c *cluster) serverUse(ctx context.Context, r *result) error {
	pg, err := c.pgStats(ctx)
	if err != nil {
		return err
	}
	v, err := c.varz(ctx)
	if err != nil {
		return err
	}
	r.PGCPU, r.PGRows, r.PGCommits, r.PGBytes = pg.BackendCPU.Seconds(), pg.Inserted, pg.Commits, pg.Size
	r.NATSCPU = procCPU(c.nats.Process.Pid).Seconds()
	r.NATSIn, r.NATSOut, r.NATSMemory = v.InBytes, v.OutBytes, v.Mem
	return nil
}

// loadArticles reads n real articles from the shared news corpora, half
// Russian and half Ukrainian, each with an ID of its own so that the
// stored document can be matched to its publication.
func loadArticles(ctx context.Context, data string, n int) ([]input.Record, error) {
	news := filepath.Join(data, "news")
	var recs []input.Record
	for _, part := range []struct {
		lang  string
		paths []string
	}{
		{"ru", []string{filepath.Join(news, "ru_rt_ng.jsonl.gz")}},
		{"uk", []string{filepath.Join(news, "uk_news_nov2024.csv"), filepath.Join(news, "bruk_press_uk", "data")}},
	} {
		k := 0
		rctx, stop := context.WithCancel(ctx)
		for rec := range input.Read(rctx, part.paths, nil, input.Options{}) {
			if rec.Err != nil {
				continue
			}
			rec.ID = fmt.Sprintf("%s-%05d", part.lang, k)
			recs = append(recs, rec)
			if k++; k == n/2 {
				break
			}
		}
		stop()
		if k < n/2 {
			return nil, fmt.Errorf("only %d %s articles in %v", k, part.lang, part.paths)
		}
	}
	return recs, nil
}

// countLang counts the articles loaded from the corpora of lang.
func countLang(recs []input.Record, lang string) int {
	n := 0
	for _, r := range recs {
		if strings.HasPrefix(r.ID, lang+"-") {
			n++
		}
	}
	return n
}

func textBytes(recs []input.Record) int {
	n := 0
	for _, r := range recs {
		n += len(r.Body)
	}
	return n
}

// loadAvg returns the first three fields of /proc/loadavg: the machine is
// shared, and the figures depend on what else runs.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}
