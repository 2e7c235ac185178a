package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"iter"
	"net"
	"net/http"
	"os"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/litopys/litopys"
	lhttp "github.com/litopys/litopys/http"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/obs"
	"github.com/litopys/litopys/natsq"
	"github.com/litopys/litopys/pipeline"
)

type workerOptions struct {
	queue       string
	db          string
	concurrency int
	analyses    int
	batch       int
	batchWait   time.Duration
	ackWait     time.Duration
	maxDeliver  int
	maxBytes    int64
	timeout     time.Duration
	delay       time.Duration
	docTimeout  time.Duration
	// metricsAddr is where /metrics, /healthz and /readyz are served;
	// empty serves none.
	metricsAddr string
}

// lagEvery is how often a worker reads the queue lag for its gauge.
const lagEvery = 5 * time.Second

// queueFlag adds --queue, the NATS server of the work queue, defaulting to
// LITOPYS_QUEUE.
func queueFlag(fs *flag.FlagSet, usage string) *string {
	return fs.String("queue", os.Getenv("LITOPYS_QUEUE"), usage+" (env LITOPYS_QUEUE)")
}

func runWorkerCmd(ctx context.Context, e *env, args []string) error {
	var o workerOptions
	fs := newFlagSet(e, "worker", "--queue nats://HOST:PORT --db DSN [flags]")
	db := dbFlag(fs)
	queue := queueFlag(fs, "the work queue: a nats://HOST:PORT URL")
	fs.IntVar(&o.concurrency, "concurrency", 8*runtime.GOMAXPROCS(0), "items in flight at once (unacknowledged)")
	fs.IntVar(&o.analyses, "analyses", runtime.GOMAXPROCS(0), "analyses run at once")
	fs.IntVar(&o.batch, "batch", 32, "most documents stored in one transaction (1: one each)")
	fs.DurationVar(&o.batchWait, "batch-wait", 50*time.Millisecond, "how long a document waits for others to share its transaction")
	fs.DurationVar(&o.ackWait, "ack-wait", 0, "how long the queue waits for an item's ack before delivering it again (0: the queue's default, 2m)")
	fs.IntVar(&o.maxDeliver, "max-deliver", 5, "tries of an item before it goes to the dead-letter subject")
	fs.Int64Var(&o.maxBytes, "max-bytes", 16<<20, "largest page accepted, in bytes")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "time limit of one download")
	fs.DurationVar(&o.delay, "delay", time.Second, "least time between two downloads from one host")
	fs.DurationVar(&o.docTimeout, "doc-timeout", pipeline.DefaultBudget, "time one document's analysis may take; a document over it fails (and is retried, then dead-lettered) (0: no limit)")
	fs.StringVar(&o.metricsAddr, "metrics-addr", os.Getenv("LITOPYS_METRICS_ADDR"),
		"serve /metrics, /healthz and /readyz on this HOST:PORT, e.g. 127.0.0.1:9464 (env LITOPYS_METRICS_ADDR); empty serves none")
	logger := logFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	e, err := logger(e)
	if err != nil {
		return err
	}
	if o.maxBytes <= 0 {
		return usagef("--max-bytes: want a positive size in bytes, not %d", o.maxBytes)
	}
	o.db, o.queue = *db, *queue
	if o.queue == "" {
		fs.Usage()
		return usagef("no --queue: give the NATS server as nats://HOST:PORT")
	}
	if fs.NArg() > 0 {
		return usagef("worker takes no arguments, got %q", fs.Args())
	}
	if o.concurrency < 1 || o.analyses < 1 || o.batch < 1 || o.batchWait < 0 || o.ackWait < 0 {
		return usagef("--concurrency, --analyses and --batch must be at least 1, --batch-wait and --ack-wait not negative")
	}
	return runWorker(ctx, e, o)
}

// runWorker takes items off the queue, analyses them and stores the
// documents until ctx is done; then it finishes the items in flight and
// logs what it did. Each failure is logged on a line of its own; a
// document done is logged at debug level only.
func runWorker(ctx context.Context, e *env, o workerOptions) error {
	start := time.Now()
	s, err := openStore(ctx, o.db, storeWrite)
	if err != nil {
		return err
	}
	defer s.Close()
	reg := obs.NewRegistry()
	m := obs.NewWorker(reg)
	p, err := pipeline.New(pipeline.Options{Trace: m.Trace})
	if err != nil {
		return err
	}
	q, err := natsq.Open(ctx, o.queue, natsq.Config{MaxDeliver: o.maxDeliver, AckWait: o.ackWait})
	if err != nil {
		return err
	}
	defer q.Close()
	if o.metricsAddr != "" {
		ready := func(rctx context.Context) error {
			if ctx.Err() != nil {
				return errors.New("shutting down")
			}
			return workerReady(rctx, q, s)
		}
		stop, err := serveProbes(e, o.metricsAddr, lhttp.Probes(reg, ready))
		if err != nil {
			return err
		}
		defer stop()
		go pollLag(ctx, e, q, m)
	}
	f := ingest.NewFetcher(o.timeout, input.Options{MaxBytes: o.maxBytes}, pipeline.Version)
	f.Delay = o.delay
	shared := ingest.NewShared(f)
	fetch := func(ctx context.Context, it natsq.Item) iter.Seq[input.Record] {
		return shared.Records(ctx, it.URL, it.Published, it.PublishedSource)
	}
	w := &natsq.Worker{Analyzer: pipeline.Budgeted{Pipeline: p, Budget: o.docTimeout}, Store: s, Version: pipeline.Version, Fetch: fetch, Stored: m.Stored,
		Analyses: o.analyses, Batch: o.batch, BatchWait: o.batchWait}
	var done, failed, dead atomic.Int64
	report := func(out natsq.Outcome) {
		m.Settled(out)
		switch {
		case out.Dead:
			dead.Add(1)
			e.log.Error("item dead-lettered", "item", out.Item.Name(), "key", out.Item.Key(), "reason", obs.Cause(out.Err),
				"attempts", out.Attempt, "err", errorText(out.Item.Name(), out.Err))
		case out.Err != nil:
			failed.Add(1)
			e.log.Warn("item failed, will retry", "item", out.Item.Name(), "key", out.Item.Key(), "reason", obs.Cause(out.Err),
				"attempt", out.Attempt, "err", errorText(out.Item.Name(), out.Err))
		default:
			done.Add(1)
			e.log.Debug("item done", "item", out.Item.Name(), "key", out.Item.Key(), "attempt", out.Attempt)
		}
	}
	e.log.Info("worker started", "queue", o.queue, "concurrency", o.concurrency, "analyses", o.analyses, "batch", o.batch)
	err = q.Consume(ctx, o.concurrency, w.Handle, report)
	t := m.Totals()
	e.log.Info("worker stopped", "done", done.Load(), "retried", failed.Load(), "dead", dead.Load(),
		"added", t.Added, "unchanged", t.Unchanged, "failures", t.Failures, "uptime", time.Since(start).Round(time.Second).String())
	return err
}

// workerReady reports why the worker cannot take items: the NATS
// connection is down, the queue's consumer does not exist or the store
// does not answer.
func workerReady(ctx context.Context, q *natsq.Queue, s litopys.Store) error {
	if !q.Connected() {
		return errors.New("queue: not connected to NATS")
	}
	if _, err := q.Lag(ctx); err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	if _, err := s.Count(ctx); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// pollLag sets the queue lag gauge every lagEvery until ctx is done.
func pollLag(ctx context.Context, e *env, q *natsq.Queue, m *obs.Worker) {
	tick := time.NewTicker(lagEvery)
	defer tick.Stop()
	for {
		lctx, cancel := context.WithTimeout(ctx, lagEvery)
		n, err := q.Lag(lctx)
		cancel()
		if err == nil {
			m.SetLag(n)
		} else if ctx.Err() == nil {
			e.log.Debug("queue lag not read", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// serveProbes serves h on addr until stop is called.
func serveProbes(e *env, addr string, h http.Handler) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("worker: metrics: %w", err)
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	served := make(chan struct{})
	go func() {
		defer close(served)
		if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			e.log.Error("metrics server failed", "err", err)
		}
	}()
	e.log.Info("serving metrics", "url", "http://"+ln.Addr().String()+"/metrics")
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(ctx); err != nil {
			e.log.Warn("metrics server shut down", "err", err)
		}
		<-served
	}, nil
}

// runIngestQueue queues the inputs for workers instead of analysing them
// here (natsq.Enqueue).
func runIngestQueue(ctx context.Context, e *env, queue string, opt input.Options, args []string) error {
	q, err := natsq.Open(ctx, queue, natsq.Config{})
	if err != nil {
		return err
	}
	defer q.Close()
	prog := newProgress("queue", e.stderr, e.log, ingest.Size(args))
	defer prog.clear()
	opt.OnRead = prog.onRead
	tot, err := natsq.Enqueue(ctx, q, args, e.stdin, opt, natsq.EnqueueHooks{
		Skipped: func(source string, err error) {
			e.log.Debug("skipped", "source", source, "reason", litopys.ErrorMessage(err))
		},
		Failed: func(source string, err error) {
			e.log.Warn("input not queued", "source", source, "err", errorText(source, err))
		},
		Progress: func(t natsq.Enqueued) { prog.show(t.Queued+t.Duplicate+t.Failed, t.Failed, "") },
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d queued, %d already queued, %d failed\n", tot.Queued, tot.Duplicate, tot.Failed)
	if tot.Failed > 0 {
		return fmt.Errorf("%d input(s) failed: %w", tot.Failed, errPartial)
	}
	return nil
}
