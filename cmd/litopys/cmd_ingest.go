package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"runtime"
	"time"

	"github.com/litopys/litopys"
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

// ingestTotals counts the outcomes of an ingest. Skipped inputs are not
// articles (files of kinds not read from folders, rows without text) and
// are not failures: the exit code says failed only for Failed.
type ingestTotals struct {
	Added     int `json:"added"`
	Unchanged int `json:"unchanged"`
	Skipped   int `json:"skipped"`
	Failed    int `json:"failed"`
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
	f := newFetcher(o.timeout, opt)
	f.delay = o.delay
	w := &ingestWriter{store: s, format: o.format, enc: json.NewEncoder(e.stdout), prog: newProgress("ingest", e.stderr, e.log, inputSize(args))}
	opt.OnRead = w.prog.onRead
	var werr error
	for r := range analyzeAll(ctx, p, ingestRecords(ctx, e.stdin, args, opt, f), o.workers, o.docTimeout) {
		if ctx.Err() != nil {
			break // interrupted: the document in hand did not fail
		}
		if werr = w.add(ctx, r); werr != nil {
			break
		}
	}
	if werr == nil {
		// Documents analysed before an interrupt are stored still: the
		// work is done, and storing a batch takes moments.
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		werr = w.flush(fctx)
		cancel()
	}
	tot, failures := w.tot, w.failures
	w.prog.clear()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted after %s: %w", tot, err)
	}
	if werr != nil {
		return werr
	}
	if o.format == "json" {
		if err := w.enc.Encode(tot); err != nil {
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

// Batching of writes: analysed documents are stored up to batchSize to a
// transaction, and no later than batchDelay after the first of them.
const (
	batchSize  = 128
	batchDelay = 2 * time.Second
)

// ingestWriter stores analysed documents in batches and reports each input's
// outcome in input order.
type ingestWriter struct {
	store    litopys.Store
	format   string
	enc      *json.Encoder
	prog     *progress
	pending  []analyzed
	docs     int
	since    time.Time
	tot      ingestTotals
	failures []ingestItem
}

func (w *ingestWriter) add(ctx context.Context, r analyzed) error {
	if len(w.pending) == 0 {
		w.since = time.Now()
	}
	w.pending = append(w.pending, r)
	if r.err == nil {
		w.docs++
	}
	if w.docs >= batchSize || time.Since(w.since) >= batchDelay {
		return w.flush(ctx)
	}
	return nil
}

// flush stores the pending documents in one transaction; when that fails
// it stores them one by one, so that one bad document fails alone.
func (w *ingestWriter) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	var docs []*litopys.Document
	for _, r := range w.pending {
		if r.err == nil {
			docs = append(docs, r.doc)
		}
	}
	added, errs := make([]bool, len(docs)), make([]error, len(docs))
	var err error
	if len(docs) > 0 {
		added, err = w.store.PutDocuments(ctx, docs, pipeline.Version)
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		added = make([]bool, len(docs))
		for i, d := range docs {
			added[i], errs[i] = w.store.PutDocument(ctx, d, pipeline.Version)
		}
	}
	k := 0
	for _, r := range w.pending {
		item := ingestItem{Source: r.source, Status: "failed"}
		err := r.err
		if err == nil {
			item.ID = r.doc.ID
			item.Status = map[bool]string{true: "added", false: "unchanged"}[added[k]]
			err = errs[k]
			k++
		}
		if err := w.report(item, err); err != nil {
			return err
		}
	}
	w.pending, w.docs = w.pending[:0], 0
	return nil
}

// report counts one outcome and writes its line under --format json.
func (w *ingestWriter) report(item ingestItem, err error) error {
	switch {
	case litopys.ErrorCode(err) == litopys.EUNSUPPORTED:
		w.tot.Skipped++
		item.Status = "skipped"
		item.Error, item.Code = errorText(item.Source, err), litopys.ErrorCode(err)
	case err != nil:
		w.tot.Failed++
		item.Status = "failed"
		item.Error, item.Code = errorText(item.Source, err), litopys.ErrorCode(err)
		if len(w.failures) < maxListedFailures {
			w.failures = append(w.failures, item)
		}
	case item.Status == "added":
		w.tot.Added++
	default:
		w.tot.Unchanged++
	}
	if w.format == "json" {
		if err := w.enc.Encode(item); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	t := w.tot
	w.prog.show(t.Added+t.Unchanged+t.Skipped+t.Failed, t.Failed, t.String())
	return nil
}

// inputSize is the bytes of the inputs named by args when all are files
// or directories, else 0 (unknown: standard input, URLs).
func inputSize(args []string) int64 {
	for _, a := range args {
		if isURL(a) {
			return 0
		}
	}
	n, known := input.Size(args)
	if !known {
		return 0
	}
	return n
}

// ingestRecords reads the arguments in order: URLs are downloaded (feeds
// item by item), everything else is read by package input.
func ingestRecords(ctx context.Context, stdin io.Reader, args []string, opt input.Options, f *fetcher) iter.Seq[input.Record] {
	return func(yield func(input.Record) bool) {
		for _, a := range args {
			var recs iter.Seq[input.Record]
			if isURL(a) {
				recs = f.records(ctx, a)
			} else {
				recs = input.Read(ctx, []string{a}, stdin, opt)
			}
			for rec := range recs {
				if !yield(rec) {
					return
				}
			}
			if ctx.Err() != nil {
				return
			}
		}
	}
}

// String is the totals for people: "3 added, 0 unchanged, 2 skipped, 1 failed".
func (t ingestTotals) String() string {
	return fmt.Sprintf("%d added, %d unchanged, %d skipped, %d failed", t.Added, t.Unchanged, t.Skipped, t.Failed)
}

func writeIngestSummary(w io.Writer, tot ingestTotals, failures []ingestItem) {
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
