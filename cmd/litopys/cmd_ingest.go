package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

type ingestOptions struct {
	db        string
	queue     string
	published string
	format    string
	maxBytes  int64
	workers   int
	timeout   time.Duration
	delay     time.Duration
	// docTimeout is the time budget of one document's analysis.
	docTimeout time.Duration
}

func runIngestCmd(ctx context.Context, e *env, args []string) error {
	var o ingestOptions
	fs := newFlagSet(e, "ingest", "[flags] FILE|DIR|URL|FEED|- ...")
	db := dbFlag(fs)
	// Unlike the worker's, ingest's --queue has no default from
	// LITOPYS_QUEUE: with it exported, a plain ingest would queue instead
	// of storing.
	queue := fs.String("queue", "", "queue the inputs on this NATS server (nats://HOST:PORT) for litopys workers instead of storing them")
	fs.StringVar(&o.published, "published", "", "publication date (YYYY[-MM[-DD]]) of every input: it wins over any date the input or the page gives")
	fs.StringVar(&o.format, "format", "text", "output: text (a summary) or json (a line per input, then the totals)")
	fs.Int64Var(&o.maxBytes, "max-bytes", 16<<20, "largest input (file, page, JSONL line) accepted, in bytes")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "time limit of one download")
	fs.DurationVar(&o.delay, "delay", time.Second, "least time between two downloads from one host")
	fs.DurationVar(&o.docTimeout, "doc-timeout", pipeline.DefaultBudget, "time one document's analysis may take; a document over it fails and the batch goes on (0: no limit)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	o.db, o.queue = *db, *queue
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("no input: give files, directories, URLs, feeds or - for stdin")
	}
	return runIngest(ctx, e, o, fs.Args())
}

// ingestItem is the outcome of one input, a line of --format json.
type ingestItem struct {
	Source string `json:"source"`
	ID     string `json:"id,omitempty"`
	Status string `json:"status"` // added, unchanged, skipped or failed
	Error  string `json:"error,omitempty"`
	Code   string `json:"code,omitempty"`
}

// maxListedFailures bounds the failures the text summary lists.
const maxListedFailures = 50

func runIngest(ctx context.Context, e *env, o ingestOptions, args []string) error {
	if o.format != "json" && o.format != "text" {
		return usagef("--format: want json or text, not %q", o.format)
	}
	if o.maxBytes <= 0 {
		return usagef("--max-bytes: want a positive size in bytes, not %d", o.maxBytes)
	}
	opt := input.Options{MaxBytes: o.maxBytes}
	if o.published != "" {
		d, err := litopys.ParseDate(o.published)
		if err != nil {
			return usagef("--published: %v", err)
		}
		opt.Published = d
	}
	if o.queue != "" {
		return runIngestQueue(ctx, e, o.queue, opt, args)
	}
	s, err := openStore(ctx, o.db, storeCreate)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	f := ingest.NewFetcher(o.timeout, opt, pipeline.Version)
	f.Delay = o.delay
	enc := json.NewEncoder(e.stdout)
	prog := newProgress("ingest", e.stderr, e.log, ingest.Size(args))
	opt.OnRead = prog.onRead
	var failures []ingestItem
	w := &ingest.Writer{Store: s, Version: pipeline.Version}
	w.Report = func(out ingest.Outcome) error {
		item := ingestItem{Source: out.Source, ID: out.ID, Status: out.Status}
		if out.Err != nil {
			item.Error, item.Code = errorText(out.Source, out.Err), litopys.ErrorCode(out.Err)
		}
		if out.Status == ingest.Failed && len(failures) < maxListedFailures {
			failures = append(failures, item)
		}
		if o.format == "json" {
			if err := enc.Encode(item); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		prog.show(w.Totals.Done(), w.Totals.Failed, w.Totals.String())
		return nil
	}
	analyzer := pipeline.Budgeted{Pipeline: p, Budget: o.docTimeout}
	var werr error
	for r := range ingest.AnalyzeAll(ctx, analyzer, ingest.Read(ctx, args, e.stdin, opt, f), o.workers) {
		if ctx.Err() != nil {
			break // interrupted: the document in hand did not fail
		}
		if werr = w.Add(ctx, r); werr != nil {
			break
		}
	}
	if werr == nil {
		// Documents analysed before an interrupt are stored still: the
		// work is done, and storing a batch takes moments.
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		werr = w.Flush(fctx)
		cancel()
	}
	tot := w.Totals
	prog.clear()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted after %s: %w", tot, err)
	}
	if werr != nil {
		return werr
	}
	if o.format == "json" {
		if err := enc.Encode(tot); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	} else {
		writeIngestSummary(e.stdout, tot, failures)
	}
	if tot.Failed > 0 {
		return fmt.Errorf("%d input(s) failed: %w", tot.Failed, errPartial)
	}
	return nil
}

// writeIngestSummary writes the totals and the first failures for people.
func writeIngestSummary(w io.Writer, tot ingest.Totals, failures []ingestItem) {
	fmt.Fprintln(w, tot)
	if tot.Failed == 0 {
		return
	}
	fmt.Fprintln(w, "failed:")
	for _, f := range failures {
		fmt.Fprintf(w, "  %s: %s\n", f.Source, f.Error)
	}
	if more := tot.Failed - len(failures); more > 0 {
		fmt.Fprintf(w, "  … and %d more\n", more)
	}
}
