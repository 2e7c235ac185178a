package main

import (
	"context"
	"runtime"
	"strings"

	"github.com/litopys/litopys/benchrun"
	"github.com/litopys/litopys/pipeline"
)

// runBenchCmd measures the pipeline's speed and memory on real corpora:
// one run on one core, one on all cores, and a per-stage pass.
// "bench store …" measures a store instead (cmd_bench_store.go).
func runBenchCmd(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "store" {
		return runBenchStoreCmd(ctx, e, args[1:])
	}
	if len(args) > 0 && args[0] == "search" {
		return runBenchSearchCmd(ctx, e, args[1:])
	}
	fs := newFlagSet(e, "bench", "[--corpus PATH]... [--data DIR] [--stages spine|all] [--limit N] [--workers N] [--format json|text]")
	var corpora []string
	fs.Func("corpus", "an input file or directory to measure instead of the default corpora (repeatable)", func(s string) error {
		corpora = append(corpora, s)
		return nil
	})
	data := fs.String("data", "../shared/data", "shared data directory holding the default corpora")
	stages := fs.String("stages", "all", "how far the chain runs: spine or all")
	limit := fs.Int("limit", 2000, "articles per corpus, evenly spaced over it (0: all)")
	workers := fs.Int("workers", runtime.NumCPU(), "workers of the all-core run (a one-core run is always made)")
	stageLimit := fs.Int("stage-limit", 200, "articles of the per-stage pass (negative: skip it)")
	format := fs.String("format", "text", "output format: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("bench takes no arguments; name inputs with --corpus")
	}
	o := benchrun.Options{DataDir: *data, Limit: *limit, StageLimit: *stageLimit, Workers: []int{1}}
	switch *stages {
	case "spine":
		o.Stages = pipeline.StagesSpine
	case "all":
		o.Stages = pipeline.StagesAll
	default:
		return usagef("--stages: want spine or all, got %q", *stages)
	}
	if *format != "text" && *format != "json" {
		return usagef("--format: want text or json, got %q", *format)
	}
	if *workers < 1 {
		return usagef("--workers: want at least 1, got %d", *workers)
	}
	if *workers > 1 {
		o.Workers = append(o.Workers, *workers)
	}
	if len(corpora) > 0 {
		o.Corpora = []benchrun.Corpus{{Name: strings.Join(corpora, ","), Paths: corpora}}
	}
	rep, err := benchrun.Run(ctx, o)
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(e.stdout, rep)
	}
	return rep.WriteText(e.stdout)
}
