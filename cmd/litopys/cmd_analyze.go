package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

type analyzeOptions struct {
	published  string
	format     string
	maxBytes   int64
	workers    int
	docTimeout time.Duration
}

func runAnalyzeCmd(ctx context.Context, e *env, args []string) error {
	var o analyzeOptions
	fs := newFlagSet(e, "analyze", "[flags] FILE|DIR|URL|FEED|- ...")
	fs.StringVar(&o.published, "published", "", "publication date (YYYY[-MM[-DD]]) of every input: it wins over any date the input or the page gives")
	fs.StringVar(&o.format, "format", "json", "output: json (one object per document, NDJSON) or text")
	fs.Int64Var(&o.maxBytes, "max-bytes", 16<<20, "largest input accepted, in bytes")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	fs.DurationVar(&o.docTimeout, "doc-timeout", pipeline.DefaultBudget, "time one document may take; a document over it fails and the batch goes on (0: no limit)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("no input: give files, directories, URLs or - for stdin")
	}
	return runAnalyze(ctx, e, o, fs.Args())
}

// analyzed is the outcome of one input: a document or the error that stopped it.
type analyzed struct {
	source string
	doc    *litopys.Document
	err    error
}

func runAnalyze(ctx context.Context, e *env, o analyzeOptions, args []string) error {
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
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	failed, done := 0, 0
	prog := newProgress("analyze", e.stderr, e.log, inputSize(args))
	defer prog.clear()
	opt.OnRead = prog.onRead
	// URLs and feeds are downloaded as ingest downloads them.
	f := newFetcher(30*time.Second, opt)
	f.delay = time.Second
	for r := range analyzeAll(ctx, p, ingestRecords(ctx, e.stdin, args, opt, f), o.workers, o.docTimeout) {
		if ctx.Err() != nil {
			break // interrupted: the document in hand did not fail
		}
		if litopys.ErrorCode(r.err) == litopys.EUNSUPPORTED {
			// A file of a kind litopys does not read, met in a directory
			// walk (images, annotation files): skipped, not failed.
			e.log.Debug("skipped", "source", r.source, "reason", litopys.ErrorMessage(r.err))
			continue
		}
		if r.err != nil {
			failed++
			e.log.Warn("input failed", "source", r.source, "err", errorText(r.source, r.err))
		}
		if err := writeAnalyzed(w, o.format, r); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		done++
		prog.show(done, failed, "")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) could not be analysed: %w", failed, errPartial)
	}
	return nil
}

// analyzeAll analyses records on n goroutines, each within the time
// budget, and yields the results in input order.
func analyzeAll(ctx context.Context, p *pipeline.Pipeline, recs func(func(input.Record) bool), n int, budget time.Duration) func(func(analyzed) bool) {
	return func(yield func(analyzed) bool) {
		if n < 1 {
			n = 1
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		pending := make(chan chan analyzed, n)
		go func() {
			defer close(pending)
			sem := make(chan struct{}, n)
			for rec := range recs {
				out := make(chan analyzed, 1)
				select {
				case pending <- out:
				case <-ctx.Done():
					return
				}
				sem <- struct{}{}
				go func() {
					defer func() { <-sem }()
					doc, err := p.AnalyzeWithin(ctx, rec, budget)
					out <- analyzed{source: rec.Source, doc: doc, err: err}
				}()
			}
		}()
		for out := range pending {
			if !yield(<-out) {
				return
			}
		}
	}
}

func writeAnalyzed(w io.Writer, format string, r analyzed) error {
	if format == "text" {
		return writeText(w, r)
	}
	if r.err != nil {
		b, _ := json.Marshal(struct {
			Source string `json:"source"`
			Error  string `json:"error"`
			Code   string `json:"code"`
		}{r.source, errorText(r.source, r.err), litopys.ErrorCode(r.err)})
		_, err := fmt.Fprintf(w, "%s\n", b)
		return err
	}
	b, err := json.Marshal(r.doc)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// errorText is the message a user sees for a failed input, shown beside
// its source: the source is not repeated in it.
func errorText(source string, err error) string {
	msg := litopys.ErrorMessage(err)
	if litopys.ErrorCode(err) == litopys.EINTERNAL {
		msg = err.Error()
	}
	if source != "" {
		msg = strings.ReplaceAll(msg, source+": ", "")
	}
	return msg
}

func writeText(w io.Writer, r analyzed) error {
	bw := &errWriter{w: w}
	if r.err != nil {
		bw.printf("== %s\nerror: %s\n\n", r.source, errorText(r.source, r.err))
		return bw.err
	}
	d := r.doc
	bw.printf("== %s\nid: %s  lang: %s  outlet: %s  published: %s%s\n", d.Source, d.ID, d.Lang, orDash(d.Outlet), orDash(d.Published.String()), sourceNote(d.PublishedSource))
	if d.Title != "" {
		bw.printf("title: %s\n", d.Title)
	}
	for _, rm := range d.Removed {
		bw.printf("removed (%s): %s\n", rm.Kind, rm.Text)
	}
	ti := 0
	for pi, para := range d.Paragraphs {
		bw.printf("\n¶%d\n", pi+1)
		for _, s := range d.Sentences {
			if s.Start < para.Start || s.End > para.End {
				continue
			}
			bw.printf("  [%s] %s\n     ", s.Lang, d.Text[s.Start:s.End])
			for ti < len(d.Tokens) && d.Tokens[ti].Start < s.Start {
				ti++
			}
			var b strings.Builder
			for ; ti < len(d.Tokens) && d.Tokens[ti].End <= s.End; ti++ {
				t := d.Tokens[ti]
				if t.Kind == litopys.TokenPunct {
					continue
				}
				b.WriteString(" ")
				b.WriteString(t.Text)
				if t.Lemma != "" && t.Lemma != strings.ToLower(t.Text) {
					b.WriteString("/" + t.Lemma)
				}
			}
			bw.printf("%s\n", b.String())
		}
	}
	writeFacts(bw, d)
	bw.printf("\n")
	return bw.err
}

// writeFacts prints the entity, date, event, attribution and quantity
// layers of a document for people.
func writeFacts(bw *errWriter, d *litopys.Document) {
	if len(d.Entities) > 0 {
		bw.printf("\nentities:\n")
		for _, e := range d.Entities {
			aliases := ""
			if len(e.Aliases) > 0 {
				aliases = " (also " + strings.Join(e.Aliases, ", ") + ")"
			}
			bw.printf("  %-4s %-32s %s%s\n", e.Type, e.ID, e.Name, aliases)
		}
	}
	if len(d.Times) > 0 {
		bw.printf("\ndates:\n")
		for _, t := range d.Times {
			extra := ""
			if t.Rule != "" {
				extra = " [" + t.Rule + "]"
			}
			if t.Boilerplate {
				extra += " (in removed " + d.Removed[t.RemovedIndex].Kind + " line)"
			}
			bw.printf("  %-12s %-8s %q%s\n", t.Value, t.Granularity, t.Text, extra)
		}
	}
	if len(d.Events) > 0 {
		bw.printf("\nevents:\n")
		for _, e := range d.Events {
			var who []string
			for _, p := range e.Participants {
				who = append(who, p.Entity+":"+p.Role)
			}
			src := ""
			if e.Source != "" {
				src = "  according to " + e.Source
				if e.Via != "" {
					src += " via " + e.Via
				}
			}
			bw.printf("  %-10s %-9s %-16s %s%s\n", orDash(e.Date), e.Type, e.Trigger, strings.Join(who, " "), src)
		}
	}
	if len(d.Attributions) > 0 {
		bw.printf("\nattributions:\n")
		for _, a := range d.Attributions {
			via := ""
			if a.Via != "" {
				via = " via " + a.Via
			}
			bw.printf("  %s%s: %q\n", orDash(a.Source), via, a.Text)
			if a.Quote != "" {
				bw.printf("      quote: «%s»\n", a.Quote)
			}
		}
	}
	if len(d.Quantities) > 0 {
		bw.printf("\nquantities:\n")
		for _, q := range d.Quantities {
			bw.printf("  %-12g %-8s %-14s %q\n", q.Value, q.Unit, q.Object, q.Text)
		}
	}
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// sourceNote says where the publication date came from, as " (from meta)".
func sourceNote(src string) string {
	if src == "" {
		return ""
	}
	return " (from " + src + ")"
}
