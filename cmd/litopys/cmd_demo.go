package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/seeds"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/sqlite"
)

// runDemoCmd analyses the two embedded seed articles (ru and uk, one story)
// into a temporary store and serves the web pages over it until
// interrupted; with --print it prints the analysis instead.
func runDemoCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[--addr HOST:PORT] [--print [--format text|json]]")
	addr := fs.String("addr", "127.0.0.1:8080", "the address to serve on")
	printOnly := fs.Bool("print", false, "print the analysis instead of serving it")
	format := fs.String("format", "text", "with --print: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usagef("demo takes no arguments")
	}
	dir, err := writeSeeds()
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if *printOnly {
		return runAnalyze(ctx, e, analyzeOptions{format: *format, maxBytes: 16 << 20, workers: 2}, []string{dir})
	}
	db, err := sqlite.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	wireStories(db)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	for rec := range input.Read(ctx, seedPaths(dir), nil, input.Options{}) {
		doc, err := p.Analyze(ctx, rec)
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		if _, err := db.PutDocument(ctx, doc, pipeline.Version); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil
	}
	srv, err := newServer(e, db, pipeline.Budgeted{Pipeline: p, Budget: pipeline.DefaultBudget}, "", nil)
	if err != nil {
		return err
	}
	return serveHTTP(ctx, e, srv, *addr, func(url string) {
		fmt.Fprintf(e.stdout, "litopys demo: two seed articles analysed; open %s (Ctrl-C to stop)\n", url)
	})
}

// seedPaths lists the seed files written into dir.
func seedPaths(dir string) []string {
	var out []string
	for _, name := range seeds.Names() {
		out = append(out, filepath.Join(dir, name))
	}
	return out
}

// writeSeeds copies the embedded seed articles into a new temporary directory.
func writeSeeds() (string, error) {
	dir, err := os.MkdirTemp("", "litopys-demo-")
	if err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	for _, name := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS(), name)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
		if err != nil {
			os.RemoveAll(dir)
			return "", fmt.Errorf("demo: %w", err)
		}
	}
	return dir, nil
}
