package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/internal/evalrun"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/story"
)

// goldDirs collects repeated --gold and --corpus flags.
type goldDirs []string

func (g *goldDirs) String() string     { return strings.Join(*g, ",") }
func (g *goldDirs) Set(v string) error { *g = append(*g, v); return nil }

// runEvalClustersCmd clusters documents into stories and scores them with
// B-cubed: against BSNLP topics (each topic one gold story), or against a
// hand-made story gold (JSONL) over the articles of its source corpus.
func runEvalClustersCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval clusters", "--gold DIR [--gold DIR...] | --gold FILE.jsonl --corpus FILE [--all] | --corpus FILE; [--threshold X] [--cache DIR] [--json]")
	var dirs, corpus goldDirs
	fs.Var(&dirs, "gold", "BSNLP-layout tree (<topic>/raw/<lang>/*.txt, each topic one gold story; repeatable), or a story gold file (*.jsonl)")
	fs.Var(&corpus, "corpus", "the source corpus of a story gold, or a corpus to describe (repeatable)")
	all := fs.Bool("all", false, "with a story gold: cluster every article of the corpus, not only the gold's")
	cache := fs.String("cache", "", "directory to keep the corpus's analyses in between runs")
	threshold := fs.Float64("threshold", 0, "least similarity for an article to join a story (0: the default)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	storyGold := len(dirs) == 1 && eval.IsStoryGold(dirs[0])
	switch {
	case len(dirs) == 0 && len(corpus) == 0:
		return usagef("--gold or --corpus is required")
	case (storyGold || len(dirs) == 0) && len(corpus) == 0:
		return usagef("a story gold needs --corpus, its source")
	case len(corpus) > 0 && len(dirs) > 0 && !storyGold:
		return usagef("--corpus goes with one story gold file, not with BSNLP trees")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	opts := story.Options{Threshold: *threshold}
	if len(corpus) > 0 {
		o := evalrun.StoryOptions{Corpus: corpus, All: *all || len(dirs) == 0, Cache: *cache, Options: opts}
		if storyGold {
			o.Gold = dirs[0]
		}
		start := time.Now()
		rep, err := evalrun.Stories(ctx, p, o)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, rep)
		}
		writeStoryReport(e.stdout, rep, o.Gold != "", time.Since(start))
		return nil
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
	rep := evalrun.ClusterTopics(raw, docs, opts)
	elapsed := time.Since(start)
	if *asJSON {
		return writeJSON(e.stdout, struct {
			evalrun.TopicsReport
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

// writeStoryReport prints a story gold's scores and the clustering's
// shape.
func writeStoryReport(w io.Writer, rep evalrun.StoryReport, scored bool, took time.Duration) {
	if scored {
		for _, x := range []struct {
			name string
			r    eval.ClusterReport
		}{{"stories", rep.Stories}, {"threads", rep.Threads}} {
			fmt.Fprintf(w, "%-8s B-cubed  P %.3f  R %.3f  F1 %.3f  (%d gold articles, %d gold, %d system)\n",
				x.name, x.r.BCubed.P, x.r.BCubed.R, x.r.BCubed.F1, x.r.Documents, x.r.GoldClusters, x.r.SystemClusters)
		}
		if rep.Missing > 0 {
			fmt.Fprintf(w, "%d gold articles are not in the corpus\n", rep.Missing)
		}
	}
	s := rep.Stats
	fmt.Fprintf(w, "clustered %d articles (%d undated, %d duplicates) into %d stories, %d of one article, in %s\n",
		rep.Clustered, s.Undated, rep.Duplicates, s.Stories, s.Singletons, took.Round(time.Millisecond))
	fmt.Fprintf(w, "story size      p50 %.0f  p95 %.0f  max %.0f\n", s.Size.P50, s.Size.P95, s.Size.Max)
	fmt.Fprintf(w, "span in days    p50 %.1f  p95 %.1f  max %.1f  (%d stories of 2+ dated articles)\n", s.SpanDays.P50, s.SpanDays.P95, s.SpanDays.Max, s.SpanDays.N)
	fmt.Fprintf(w, "largest story's share of its day  p50 %.3f  p95 %.3f  max %.3f  (%d days of %d+ articles; %d over 10 %%)\n",
		s.DayShare.P50, s.DayShare.P95, s.DayShare.Max, s.DayShare.N, eval.MinDayArticles, len(s.OverShare))
	for _, d := range s.OverShare {
		fmt.Fprintf(w, "  %s  %.3f of %d articles  %s\n", d.Day, d.Share, d.Articles, d.Story)
	}
	fmt.Fprintln(w, "largest stories:")
	for _, l := range rep.Largest {
		fmt.Fprintf(w, "  %4d  %s .. %s  %v\n", l.Articles, l.First, l.Last, l.Gold)
		for _, t := range l.Titles {
			fmt.Fprintf(w, "        %.100s\n", t)
		}
	}
}
