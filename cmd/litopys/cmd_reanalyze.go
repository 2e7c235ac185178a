package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
)

// reanalyzeTotals counts the outcomes of a reanalysis.
type reanalyzeTotals struct {
	Reanalyzed int `json:"reanalyzed"`
	Failed     int `json:"failed"`
	// Analyser is the version the documents were brought to.
	Analyser string `json:"analyser"`
}

// runReanalyzeCmd brings stored documents up to this program's analysers:
// every document whose rows another analyser version made is analysed again
// from its stored clean text and replaced, a batch per transaction. An
// interrupted run resumes where it stopped, since finished documents are no
// longer stale.
func runReanalyzeCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "reanalyze", "[--db PATH|DSN] [--all] [--batch N] [--workers N] [--format text|json]")
	db := dbFlag(fs)
	all := fs.Bool("all", false, "analyse every document again, also those this version made")
	batch := fs.Int("batch", 64, "documents replaced per transaction")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	format := fs.String("format", "text", "output: text or json (one line of totals)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("reanalyze takes no arguments")
	}
	if *format != "text" && *format != "json" {
		return usagef("--format: want text or json, got %q", *format)
	}
	if *batch < 1 || *workers < 1 {
		return usagef("--batch and --workers must be at least 1")
	}
	s, err := openStore(ctx, *db, storeWrite)
	if err != nil {
		return err
	}
	defer s.Close()
	re, ok := s.(litopys.Reanalyzer)
	if !ok {
		return litopys.Errorf(litopys.EUNSUPPORTED, "this store cannot replace documents")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	// --all lists documents whose analyser is not "", i.e. every one.
	want := pipeline.Version
	if *all {
		want = ""
	}
	tot := reanalyzeTotals{Analyser: pipeline.Version}
	prog := newProgress("reanalyze", e.stderr, e.log, 0)
	if *all { // every stored document: their number is the total
		if n, err := s.Count(ctx); err == nil {
			prog.totalDocs = n
		}
	}
	after := ""
	for {
		ids, err := re.Stale(ctx, want, after, *batch)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			break
		}
		after = ids[len(ids)-1]
		docs, failed := reanalyzeBatch(ctx, s, p, ids, *workers)
		for _, f := range failed {
			fmt.Fprintf(e.stderr, "litopys reanalyze: %s: %v\n", f.id, f.err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(docs) > 0 {
			if err := re.ReplaceDocuments(ctx, docs, pipeline.Version); err != nil {
				return fmt.Errorf("reanalyze: %w", err)
			}
		}
		tot.Reanalyzed += len(docs)
		tot.Failed += len(failed)
		prog.show(tot.Reanalyzed+tot.Failed, tot.Failed, "")
	}
	prog.clear()
	if *format == "json" {
		if err := json.NewEncoder(e.stdout).Encode(tot); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	} else {
		fmt.Fprintf(e.stdout, "reanalyzed %d document(s) with analysers %s, %d failed\n", tot.Reanalyzed, tot.Analyser, tot.Failed)
	}
	if tot.Failed > 0 {
		return fmt.Errorf("%d document(s) failed: %w", tot.Failed, errPartial)
	}
	return nil
}

type reanalyzeFailure struct {
	id  string
	err error
}

// reanalyzeBatch reads and analyses the documents with ids on workers
// goroutines, returning the new analyses in the order of ids and the
// documents that failed.
func reanalyzeBatch(ctx context.Context, s litopys.Store, p *pipeline.Pipeline, ids []string, workers int) ([]*litopys.Document, []reanalyzeFailure) {
	out := make([]*litopys.Document, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(ids)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				old, err := s.Document(ctx, ids[i])
				if err == nil {
					out[i], err = p.Reanalyze(ctx, old)
				}
				errs[i] = err
			}
		}()
	}
	for i := range ids {
		next <- i
	}
	close(next)
	wg.Wait()
	var docs []*litopys.Document
	var failed []reanalyzeFailure
	for i, d := range out {
		if errs[i] != nil {
			failed = append(failed, reanalyzeFailure{ids[i], errs[i]})
			continue
		}
		docs = append(docs, d)
	}
	return docs, failed
}
