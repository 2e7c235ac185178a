package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/internal/evalrun"
)

func runEvalExtractCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval extract", "--pages DIR [--extractor NAME] [--worst N] [--json]")
	dir := fs.String("pages", "", "pages in the Readability.js test layout: <page>/source.html(.gz), expected.html(.gz), expected-metadata.json")
	extractor := fs.String("extractor", "litopys", "extractor to score: "+strings.Join(evalrun.Extractors, ", "))
	worst := fs.Int("worst", 10, "number of worst pages to list")
	asJSON := fs.Bool("json", false, "print the report as JSON, every page included")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		return usagef("--pages is required")
	}
	pages, err := eval.ReadPages(*dir)
	if err != nil {
		return err
	}
	rep, err := evalrun.ExtractPages(ctx, pages, *extractor, *worst)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, rep)
	}
	return writeExtractTable(e.stdout, rep)
}

func writeExtractTable(w io.Writer, rep evalrun.ExtractReport) error {
	fmt.Fprintf(w, "extractor %s (shingles of %d tokens; tokens = bag of words)\n\n", rep.Extractor, eval.ShingleN)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "pages\tfailed\tshingle P\tR\tF1\tmean F1\ttoken P\tR\tF1\tmean F1\tkeep\tdrop\t")
	for _, g := range []string{"tune", "held-out", "all"} {
		s := rep.Groups[g]
		fmt.Fprintf(tw, "%s %d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", g, s.Pages, s.Failed,
			s.Pooled.Shingles.P, s.Pooled.Shingles.R, s.Pooled.Shingles.F1, s.MeanShingleF1,
			s.Pooled.Tokens.P, s.Pooled.Tokens.R, s.Pooled.Tokens.F1, s.MeanTokenF1,
			s.Snippets.KeepRate(), s.Snippets.DropRate())
	}
	tw.Flush()
	a := rep.Groups["all"]
	fmt.Fprintf(w, "\npublication date (pages whose reference gives one): %d/%d right, %d dated (P %.3f R %.3f)\n",
		a.Dates.MatchedGold, a.Dates.Gold, a.Dates.System, a.Dates.P, a.Dates.R)
	fmt.Fprintf(w, "byline (pages whose reference gives one): %d/%d right, %d given (P %.3f R %.3f)\n",
		a.Bylines.MatchedGold, a.Bylines.Gold, a.Bylines.System, a.Bylines.P, a.Bylines.R)
	if len(rep.Worst) > 0 {
		fmt.Fprintln(w, "\nworst pages (shingle F1):")
		for _, p := range rep.Worst {
			fmt.Fprintf(w, "  %-40s %-8s P %.3f  R %.3f  F1 %.3f  token F1 %.3f  snippets wrong %d%s\n", p.Name, p.Split,
				p.Score.Shingles.P, p.Score.Shingles.R, p.Score.Shingles.F1, p.Score.Tokens.F1, p.Snippets.Failures, errNote(p.Err))
		}
	}
	return nil
}

func errNote(s string) string {
	if s == "" {
		return ""
	}
	return "  error: " + s
}
