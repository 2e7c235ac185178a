package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/litopys/litopys/temporal"
)

// runEvalDatesCmd scores the date scanner on tables of annotated sentences
// (temporal/testdata/expressions.tsv, temporal/testdata/blind.tsv).
func runEvalDatesCmd(_ context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval dates", "[--json] [--misses] TABLE.tsv...")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	misses := fs.Bool("misses", false, "list the misses and extras")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("eval dates: want a table, e.g. temporal/testdata/blind.tsv")
	}
	// The tables' sentences without a publication date are read as of
	// this day, as the tests do.
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	scores := map[string]temporal.TableScore{}
	for _, path := range fs.Args() {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("eval dates: %w", err)
		}
		sc, err := temporal.ScoreTable(f, now)
		f.Close()
		if err != nil {
			return fmt.Errorf("eval dates: %s: %w", path, err)
		}
		if !*misses {
			sc.Misses, sc.Extras = nil, nil
		}
		scores[path] = sc
		if *asJSON {
			continue
		}
		fmt.Fprintf(e.stdout, "%s\n  %s\n", path, sc)
		for _, m := range sc.Misses {
			fmt.Fprintf(e.stdout, "  miss %s\n", m)
		}
		for _, x := range sc.Extras {
			fmt.Fprintf(e.stdout, "  extra %s\n", x)
		}
	}
	if *asJSON {
		return writeJSON(e.stdout, scores)
	}
	return nil
}
