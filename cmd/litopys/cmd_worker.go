package main

import (
	"context"
	"flag"
	"fmt"
	"iter"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/natsq"
	"github.com/litopys/litopys/pipeline"
)

type workerOptions struct {
	queue       string
	db          string
	concurrency int
	maxDeliver  int
	maxBytes    int64
	timeout     time.Duration
	delay       time.Duration
}

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
	fs.IntVar(&o.concurrency, "concurrency", runtime.GOMAXPROCS(0), "items handled at once")
	fs.IntVar(&o.maxDeliver, "max-deliver", 5, "tries of an item before it goes to the dead-letter subject")
	fs.Int64Var(&o.maxBytes, "max-bytes", 16<<20, "largest page accepted, in bytes")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "time limit of one download")
	fs.DurationVar(&o.delay, "delay", time.Second, "least time between two downloads from one host")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	o.db, o.queue = *db, *queue
	if o.queue == "" {
		fs.Usage()
		return usagef("no --queue: give the NATS server as nats://HOST:PORT")
	}
	if fs.NArg() > 0 {
		return usagef("worker takes no arguments, got %q", fs.Args())
	}
	return runWorker(ctx, e, o)
}

// runWorker takes items off the queue, analyses them and stores the
// documents until ctx is done; then it finishes the items in flight.
func runWorker(ctx context.Context, e *env, o workerOptions) error {
	s, err := openStore(ctx, o.db)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	q, err := natsq.Open(ctx, o.queue, natsq.Config{MaxDeliver: o.maxDeliver})
	if err != nil {
		return err
	}
	defer q.Close()
	f := &sharedFetcher{f: newFetcher(o.timeout, input.Options{MaxBytes: o.maxBytes})}
	f.f.delay = o.delay
	w := &natsq.Worker{Analyzer: p, Store: s, Version: pipeline.Version, Fetch: f.records}
	var done, failed, dead atomic.Int64
	report := func(out natsq.Outcome) {
		switch {
		case out.Dead:
			dead.Add(1)
			e.log.Error("item dead-lettered", "item", out.Item.Name(), "attempts", out.Attempt, "err", errorText(out.Err))
		case out.Err != nil:
			failed.Add(1)
			e.log.Warn("item failed, will retry", "item", out.Item.Name(), "attempt", out.Attempt, "err", errorText(out.Err))
		default:
			done.Add(1)
			e.log.Debug("item done", "item", out.Item.Name(), "attempt", out.Attempt)
		}
	}
	e.log.Info("worker started", "queue", o.queue, "concurrency", o.concurrency)
	err = q.Consume(ctx, o.concurrency, w.Handle, report)
	e.log.Info("worker stopped", "done", done.Load(), "retried", failed.Load(), "dead", dead.Load())
	return err
}

// sharedFetcher lets workers share one polite fetcher: one download at a
// time, the pause per host kept across items.
type sharedFetcher struct {
	mu sync.Mutex
	f  *fetcher
}

func (s *sharedFetcher) records(ctx context.Context, it natsq.Item) iter.Seq[input.Record] {
	s.mu.Lock()
	var recs []input.Record
	for rec := range s.f.records(ctx, it.URL) {
		if rec.Published.IsZero() {
			rec.Published = it.Published
		}
		recs = append(recs, rec)
	}
	s.mu.Unlock()
	return func(yield func(input.Record) bool) {
		for _, rec := range recs {
			if !yield(rec) {
				return
			}
		}
	}
}

// runIngestQueue queues the inputs for workers instead of analysing them
// here: files, directories and stdin are read and sent whole as document
// items, URLs are sent as URL items for a worker to download (a feed is
// expanded by the worker that gets it).
func runIngestQueue(ctx context.Context, e *env, queue string, opt input.Options, args []string) error {
	q, err := natsq.Open(ctx, queue, natsq.Config{})
	if err != nil {
		return err
	}
	defer q.Close()
	var tot struct{ queued, duplicate, failed int }
	publish := func(it natsq.Item) error {
		added, err := q.Publish(ctx, it)
		switch {
		case err != nil && ctx.Err() != nil:
			return ctx.Err()
		case err != nil:
			tot.failed++
			e.log.Warn("input not queued", "source", it.Name(), "err", errorText(err))
		case added:
			tot.queued++
		default:
			tot.duplicate++
		}
		return nil
	}
	for _, a := range args {
		if isURL(a) {
			if err := publish(natsq.Item{Kind: natsq.KindURL, URL: a, Published: opt.Published}); err != nil {
				return err
			}
			continue
		}
		for rec := range input.Read(ctx, []string{a}, e.stdin, opt) {
			if litopys.ErrorCode(rec.Err) == litopys.EUNSUPPORTED {
				// A file of a kind litopys does not read, met in a
				// directory walk: skipped, as analyze does.
				e.log.Debug("skipped", "source", rec.Source, "reason", litopys.ErrorMessage(rec.Err))
				continue
			}
			if rec.Err != nil {
				tot.failed++
				e.log.Warn("input failed", "source", rec.Source, "err", errorText(rec.Err))
				continue
			}
			if err := publish(natsq.FromRecord(rec)); err != nil {
				return err
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "%d queued, %d already queued, %d failed\n", tot.queued, tot.duplicate, tot.failed)
	if tot.failed > 0 {
		return fmt.Errorf("%d input(s) failed: %w", tot.failed, errPartial)
	}
	return nil
}
