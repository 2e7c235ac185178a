package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/internal/evalrun"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/story"
)

// goldDirs collects repeated --gold flags.
type goldDirs []string

func (g *goldDirs) String() string     { return strings.Join(*g, ",") }
func (g *goldDirs) Set(v string) error { *g = append(*g, v); return nil }

// runEvalClustersCmd clusters the documents of BSNLP-layout trees into
// stories and scores them with B-cubed, each topic being one gold story.
func runEvalClustersCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval clusters", "--gold DIR [--gold DIR...] [--threshold X] [--json]")
	var dirs goldDirs
	fs.Var(&dirs, "gold", "BSNLP-layout tree: <topic>/raw/<lang>/*.txt; each topic is one gold story (repeatable)")
	threshold := fs.Float64("threshold", story.DefaultThreshold, "least similarity for an article to join a story")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if len(dirs) == 0 {
		return usagef("--gold is required")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	var raw []eval.RawDoc
	var docs []*litopys.Document
	for _, dir := range dirs {
		r, _, err := eval.ReadBSNLPGold(dir)
		if err != nil {
			return fmt.Errorf("eval clusters: %w", err)
		}
		d, err := evalrun.AnalyzeRaw(ctx, p, r, false)
		if err != nil {
			return fmt.Errorf("eval clusters: %w", err)
		}
		raw, docs = append(raw, r...), append(docs, d...)
	}
	start := time.Now()
	rep := story.Evaluate(raw, docs, story.Options{Threshold: *threshold})
	elapsed := time.Since(start)
	if *asJSON {
		return writeJSON(e.stdout, struct {
			story.Report
			Threshold      float64 `json:"threshold"`
			ClusterSeconds float64 `json:"cluster_seconds"`
		}{rep, *threshold, elapsed.Seconds()})
	}
	fmt.Fprintf(e.stdout, "B-cubed  P %.3f  R %.3f  F1 %.3f  (%d documents, %d gold stories, %d system stories, %d duplicates)\n",
		rep.BCubed.P, rep.BCubed.R, rep.BCubed.F1, rep.Documents, rep.GoldClusters, rep.SystemClusters, rep.Duplicates)
	topics := make([]string, 0, len(rep.Topics))
	for t := range rep.Topics {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		s := rep.Topics[t]
		fmt.Fprintf(e.stdout, "  %-14s P %.3f  R %.3f  F1 %.3f  (%d documents, %d stories)\n", t, s.BCubed.P, s.BCubed.R, s.BCubed.F1, s.Documents, s.Stories)
	}
	fmt.Fprintf(e.stdout, "clustering took %s (%.0f µs per article)\n", elapsed.Round(time.Millisecond),
		float64(elapsed.Microseconds())/float64(max(len(docs), 1)))
	return nil
}
