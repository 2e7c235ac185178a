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
	"github.com/litopys/litopys/ingest"
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
	prog := newProgress("analyze", e.stderr, e.log, ingest.Size(args))
	defer prog.clear()
	opt.OnRead = prog.onRead
	// URLs and feeds are downloaded as ingest downloads them.
	f := ingest.NewFetcher(30*time.Second, opt, pipeline.Version)
	f.Delay = time.Second
	analyzer := pipeline.Budgeted{Pipeline: p, Budget: o.docTimeout}
	for r := range ingest.AnalyzeAll(ctx, analyzer, ingest.Read(ctx, args, e.stdin, opt, f), o.workers) {
		if ctx.Err() != nil {
			break // interrupted: the document in hand did not fail
		}
		if litopys.ErrorCode(r.Err) == litopys.EUNSUPPORTED {
			// A file of a kind litopys does not read, met in a directory
			// walk (images, annotation files): skipped, not failed.
			e.log.Debug("skipped", "source", r.Source, "reason", litopys.ErrorMessage(r.Err))
			continue
		}
		if r.Err != nil {
			failed++
			e.log.Warn("input failed", "source", r.Source, "err", errorText(r.Source, r.Err))
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

func writeAnalyzed(w io.Writer, format string, r ingest.Analyzed) error {
	if format == "text" {
		return writeText(w, r)
	}
	if r.Err != nil {
		b, _ := json.Marshal(struct {
			Source string `json:"source"`
			Error  string `json:"error"`
			Code   string `json:"code"`
		}{r.Source, errorText(r.Source, r.Err), litopys.ErrorCode(r.Err)})
		_, err := fmt.Fprintf(w, "%s\n", b)
		return err
	}
	b, err := json.Marshal(r.Doc)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
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
