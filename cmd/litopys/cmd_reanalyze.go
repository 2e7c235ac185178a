package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/pipeline"
)

// reanalyzeTotals counts the outcomes of a reanalysis.
type reanalyzeTotals struct {
	Reanalyzed int `json:"reanalyzed"`
	Failed     int `json:"failed"`
	// Analyser is the version the documents were brought to.
	Analyser string `json:"analyser"`
}

// runReanalyzeCmd brings stored documents up to this program's analysers
// (ingest.Reanalysis).
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
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	prog := newProgress("reanalyze", e.stderr, e.log, 0)
	if *all { // every stored document: their number is the total
		if n, err := s.Count(ctx); err == nil {
			prog.totalDocs = n
		}
	}
	r := ingest.Reanalysis{Store: s, Analyze: p.Reanalyze, Version: pipeline.Version, All: *all, Batch: *batch, Workers: *workers,
		Failed:   func(id string, err error) { fmt.Fprintf(e.stderr, "litopys reanalyze: %s: %v\n", id, err) },
		Progress: func(done, failed int) { prog.show(done, failed, "") },
	}
	n, err := r.Run(ctx)
	if err != nil {
		return err
	}
	prog.clear()
	tot := reanalyzeTotals{Reanalyzed: n.Reanalyzed, Failed: n.Failed, Analyser: pipeline.Version}
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
