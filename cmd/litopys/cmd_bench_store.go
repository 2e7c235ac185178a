package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/litopys/litopys/benchrun"
)

// runBenchStoreCmd measures a store: ingest of every real article with full
// analysis, then copies of them up to each size, where the store is weighed
// and a fixed query set is timed.
func runBenchStoreCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench store", "[--db PATH|postgres://…] [--data DIR] [--sizes N,N…] [--batch N] [--queries N] [--cache DIR] [--format text|json]")
	var o benchrun.StoreOptions
	fs.StringVar(&o.DB, "db", "", "the store to fill: a new SQLite file or an empty postgres://… database (default: a SQLite file in a temporary directory)")
	fs.BoolVar(&o.Keep, "keep", false, "keep the temporary SQLite file and print its path")
	fs.StringVar(&o.DataDir, "data", "../shared/data", "shared data directory whose news/ corpora are ingested")
	fs.Func("corpus", "an input file or directory to ingest instead of the news corpora (repeatable)", func(s string) error {
		o.Paths = append(o.Paths, s)
		return nil
	})
	fs.IntVar(&o.Limit, "limit", 0, "real articles, evenly spaced over the corpus (0: all)")
	sizes := fs.String("sizes", "11000,100000,1000000", "checkpoints: numbers of stored documents, comma-separated")
	fs.IntVar(&o.Batch, "batch", 256, "documents per PutDocuments transaction")
	fs.IntVar(&o.Queries, "queries", 200, "size of the query set")
	fs.Int64Var(&o.Seed, "seed", 1, "seed of the query set")
	fs.StringVar(&o.QueriesOut, "queries-out", "", "write the query set to this file, one JSON object per line")
	fs.StringVar(&o.CacheDir, "cache", defaultBenchCache(), "directory caching the analysed corpus between runs (empty: a temporary one, removed at the end)")
	fs.BoolVar(&o.Reanalyze, "reanalyze", false, "analyse the corpus even when it is cached")
	fs.IntVar(&o.Workers, "workers", runtime.NumCPU(), "articles analysed in parallel")
	format := fs.String("format", "text", "output format: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("bench store takes no arguments")
	}
	if *format != "text" && *format != "json" {
		return usagef("--format: want text or json, got %q", *format)
	}
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return usagef("--sizes: want positive numbers separated by commas, got %q", *sizes)
		}
		o.Sizes = append(o.Sizes, n)
	}
	if o.Batch < 1 || o.Queries < 1 || o.Workers < 1 || o.Limit < 0 {
		return usagef("--batch, --queries and --workers want at least 1, --limit at least 0")
	}
	o.Progress = func(msg string) { fmt.Fprintf(e.stderr, "litopys bench store: %s\n", msg) }
	rep, err := benchrun.RunStore(ctx, o)
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(e.stdout, rep)
	}
	return rep.WriteText(e.stdout)
}

// defaultBenchCache is the user's cache directory for litopys benchmarks,
// or none when the system names no such directory.
func defaultBenchCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "litopys", "bench")
}

// runBenchSearchCmd times a query set (bench store --queries-out) on a
// store as it is, overall and by kind of query.
func runBenchSearchCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench search", "--db PATH|postgres://… --queries FILE [--format text|json]")
	db := fs.String("db", "", "the store to read: a SQLite file or a postgres://… database")
	queries := fs.String("queries", "", "the query set, as written by bench store --queries-out")
	format := fs.String("format", "text", "output format: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("bench search takes no arguments")
	}
	if *db == "" || *queries == "" {
		return usagef("bench search needs --db and --queries")
	}
	if *format != "text" && *format != "json" {
		return usagef("--format: want text or json, got %q", *format)
	}
	rep, err := benchrun.RunSearch(ctx, *db, *queries)
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(e.stdout, rep)
	}
	return rep.WriteText(e.stdout)
}
