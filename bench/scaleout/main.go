// Command scaleout measures the scale-out set-up of litopys on one machine:
// the throughput of 1, 2, … "litopys worker" processes draining a NATS
// JetStream queue of real articles into PostgreSQL, and the queue-to-store
// latency at a steady publishing rate below that throughput. It is not run
// in CI.
//
// Run from the repository root, with a PostgreSQL server it may create
// databases on and Debian's nats-server on PATH:
//
//	go run ./bench/scaleout --pg postgres://postgres@127.0.0.1:55432/postgres?sslmode=disable
//
// Every run gets a NATS server of its own (its streams to itself, a
// monitoring port for byte counts) and a fresh database, dropped after.
// Articles are published through package natsq, as "litopys ingest
// --queue" publishes them, each with an ID of its own. The throughput run
// queues them all and then starts the workers; the latency run starts the
// workers, waits until they are idle, and publishes at a steady rate,
// timing each article from the call to Publish to the commit of its
// document, which a trigger on documents reports with NOTIFY.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type options struct {
	bin, data, pg, natsServer, out string
	n, concurrency                 int
	workers                        []int
	load                           float64
	timeout                        time.Duration
}

func main() {
	var o options
	var workers string
	flag.StringVar(&o.bin, "bin", "", "the litopys binary (default: built from ./cmd/litopys)")
	flag.StringVar(&o.data, "data", "../shared/data", "the shared data directory")
	flag.StringVar(&o.pg, "pg", os.Getenv("LITOPYS_TEST_POSTGRES"), "a PostgreSQL URL whose server the runs create their databases on (env LITOPYS_TEST_POSTGRES)")
	flag.StringVar(&o.natsServer, "nats-server", "nats-server", "the nats-server command")
	flag.StringVar(&o.out, "out", "", "also write the results as JSON to this file")
	flag.IntVar(&o.n, "n", 2000, "articles per run, half Russian and half Ukrainian")
	flag.IntVar(&o.concurrency, "concurrency", 0, "items each worker has in flight (0: the worker's default)")
	flag.StringVar(&workers, "workers", "1,2", "worker counts to measure")
	flag.Float64Var(&o.load, "load", 0.5, "publishing rate of the latency run, as a fraction of the measured throughput")
	flag.DurationVar(&o.timeout, "timeout", 15*time.Minute, "time limit of one run")
	flag.Parse()
	for _, s := range strings.Split(workers, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 {
			fatalf("--workers %q: want a list of counts", workers)
		}
		o.workers = append(o.workers, k)
	}
	if o.pg == "" {
		fatalf("no --pg: give a PostgreSQL URL")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fatalf("%v", err)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "scaleout: "+format+"\n", args...)
	os.Exit(1)
}

// run measures each worker count: a throughput run, then a latency run.
func run(ctx context.Context, o options) error {
	tmp, err := os.MkdirTemp("", "scaleout")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if o.bin == "" {
		o.bin = filepath.Join(tmp, "litopys")
		if out, err := exec.CommandContext(ctx, "go", "build", "-o", o.bin, "./cmd/litopys").CombinedOutput(); err != nil {
			return fmt.Errorf("build litopys: %v\n%s", err, out)
		}
	}
	recs, err := loadArticles(ctx, o.data, o.n)
	if err != nil {
		return err
	}
	fmt.Printf("%d articles (%d ru, %d uk), %.1f MB of text; %d cores; load average %s\n",
		len(recs), countLang(recs, "ru"), countLang(recs, "uk"), float64(textBytes(recs))/1e6, runtime.NumCPU(), loadAvg())
	var results []result
	for _, w := range o.workers {
		r, err := throughputRun(ctx, o, tmp, recs, w)
		if err != nil {
			return fmt.Errorf("%d workers, throughput: %w", w, err)
		}
		r.print()
		results = append(results, r)
		rate := o.load * r.Steady
		l, err := latencyRun(ctx, o, tmp, recs, w, rate)
		if err != nil {
			return fmt.Errorf("%d workers, latency: %w", w, err)
		}
		l.print()
		results = append(results, l)
	}
	if o.out != "" {
		b, _ := json.MarshalIndent(results, "", "  ")
		if err := os.WriteFile(o.out, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}
