package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/internal/evalrun"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/pipeline"
)

// evalTargets lists the targets of `litopys eval`, one line each: adding a
// target is adding a line here and its run function in a file of its own.
var evalTargets = []struct {
	name, help string
	run        func(context.Context, *env, []string) error
}{
	{"ner", "BSNLP-style NER, base forms and linking: eval ner --gold DIR [--json]", runEvalNERCmd},
	{"timeline", "dated events against a gold timeline: eval timeline --gold FILE [--only GLOBS] [--explain] [--json] [--no-published]", runEvalTimelineCmd},
	{"clusters", "stories against topics (B-cubed): eval clusters --gold DIR [--json]", runEvalClustersCmd},
	{"extract", "clean text of real pages against reference extractions: eval extract --pages DIR [--json]", runEvalExtractCmd},
	{"lemmas", "lemmas and parts of speech against CoNLL-U or BRUK gold: eval lemmas --conllu FILE [--json]", runEvalLemmasCmd},
	{"dates", "temporal expressions against hand-made tables: eval dates [--json] [--misses] TABLE.tsv...", runEvalDatesCmd},
	{"roles", "agents and patients of events against UD dependency trees: eval roles [--conllu FILE] [--json]", runEvalRolesCmd},
}

func runEvalCmd(ctx context.Context, e *env, args []string) error {
	names := make([]string, len(evalTargets))
	for i, t := range evalTargets {
		names[i] = t.name
	}
	if len(args) == 0 || isHelp(args[0]) {
		fmt.Fprint(e.stderr, "Usage: litopys eval TARGET [flags]\n\nScore the analysis against gold files:\n")
		for _, t := range evalTargets {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", t.name, t.help)
		}
		fmt.Fprint(e.stderr, "\nRun \"litopys eval TARGET -h\" for the flags of a target.\n")
		if len(args) == 0 {
			return usagef("eval: want a target: %s", strings.Join(names, ", "))
		}
		return flag.ErrHelp
	}
	for _, t := range evalTargets {
		if t.name == args[0] {
			return t.run(ctx, e, args[1:])
		}
	}
	return usagef("eval: unknown target %q (want %s)", args[0], strings.Join(names, ", "))
}

func runEvalNERCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval ner", "--gold DIR [--gold DIR...] [--by-topic [--topics A,B] [--data DIR] [--models DIR]] [--responses DIR] [--json] | --conll FILE --lang L")
	var dirs goldDirs
	fs.Var(&dirs, "gold", "BSNLP-layout tree (<topic>/raw/<lang>/*.txt, <topic>/annotated/<lang>/*.out) or a directory of <id>.txt with <id>.out (repeatable)")
	conll := fs.String("conll", "", "score exact spans (PER, ORG, LOC) on a gzipped IOB2 corpus instead, e.g. ../shared/data/wikiann/en/test.conllu.gz")
	lang := fs.String("lang", "", "the language of --conll and of plain-text gold directories (default: detected)")
	model := fs.String("model", "", "score this NER model file (ner.bin.gz as litopys train ner writes it) instead of the embedded one")
	byTopic := fs.Bool("by-topic", false, "leave one topic out: score each topic with an NER model and gazetteer built without it")
	topics := fs.String("topics", "", "with --by-topic: only these comma-separated topics")
	data := fs.String("data", "../shared/data", "with --by-topic: the training data")
	models := fs.String("models", filepath.Join(os.TempDir(), "litopys-loto"), "with --by-topic: cache of held-out models (\"\" for none)")
	modelsOf := fs.String("models-of", "", "with --by-topic: reuse the held-out models cached by this litopys executable; you assert its tagger code and training data equal this build's (only later stages, e.g. linking, changed)")
	beam := fs.Bool("beam", false, "with --by-topic: train and decode with the beam search (structured perceptron) instead of greedily")
	without := fs.String("train-without", "", "with --by-topic: train without these comma-separated sources (silver, bsnlp2017), an ablation")
	responses := fs.String("responses", "", "also write the answers as BSNLP response files under DIR/<topic>/<lang>/")
	system := fs.String("system", "", "score the BSNLP response files under DIR (as --responses writes them) instead of analysing")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var popt pipeline.Options
	if *model != "" {
		b, err := os.ReadFile(*model)
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		if popt.NER, err = ner.Read(b); err != nil {
			return err
		}
	}
	if *conll != "" {
		p, err := pipeline.New(popt)
		if err != nil {
			return err
		}
		rep, err := evalrun.CoNLL(ctx, p, *conll, *lang)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, rep)
		}
		fmt.Fprintf(e.stdout, "%d sentences, exact span and type: P %.3f  R %.3f  F1 %.3f\n", rep.Documents, rep.All.P, rep.All.R, rep.All.F1)
		for _, t := range sortedKeys(rep.PerType, "") {
			p := rep.PerType[t]
			fmt.Fprintf(e.stdout, "  %-4s P %.3f  R %.3f  F1 %.3f  (%d gold)\n", t, p.P, p.R, p.F1, p.Gold)
		}
		if nf := rep.NewsForm; nf != nil {
			fmt.Fprintf(e.stdout, "gold mentions in news form only (%d of %d; no comma, bracket or common word inside): P %.3f  R %.3f  F1 %.3f\n", nf.All.Gold, rep.All.Gold, nf.All.P, nf.All.R, nf.All.F1)
		}
		return nil
	}
	if len(dirs) == 0 {
		return usagef("--gold is required")
	}
	var run evalrun.Run
	var err error
	if *system != "" {
		raw, gold, err := evalrun.ReadGold(dirs)
		if err != nil {
			return err
		}
		sys, err := eval.ReadBSNLPResponses(*system, gold)
		if err != nil {
			return err
		}
		run = evalrun.Run{Report: eval.ScoreNER(gold, sys), Raw: raw, Gold: gold, System: sys}
	} else if *byTopic {
		o := evalrun.LOTOOptions{DataDir: *data, Cache: *models, ModelsOf: *modelsOf, Beam: *beam, Log: func(f string, a ...any) { e.log.Info(fmt.Sprintf(f, a...)) }}
		for _, w := range strings.Split(*without, ",") {
			switch strings.TrimSpace(w) {
			case "":
			case "silver":
				o.NoSilver = true
			case "bsnlp2017":
				o.No2017 = true
			default:
				return usagef("--train-without: unknown source %q (want silver or bsnlp2017)", w)
			}
		}
		if *topics != "" {
			for _, t := range strings.Split(*topics, ",") {
				o.Topics = append(o.Topics, strings.TrimSpace(t))
			}
		}
		run, err = evalrun.LOTO(ctx, dirs, o)
	} else {
		var p *pipeline.Pipeline
		if p, err = pipeline.New(popt); err != nil {
			return err
		}
		run, err = evalrun.NERDirs(ctx, p, dirs, *lang)
	}
	if err != nil {
		return err
	}
	if *responses != "" {
		if err := evalrun.WriteResponses(*responses, run); err != nil {
			return err
		}
	}
	if *asJSON {
		return writeJSON(e.stdout, run.Report)
	}
	if err := writeNERTable(e.stdout, run.Report); err != nil {
		return err
	}
	if *byTopic {
		writeNERTopics(e.stdout, run.Report)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeNERTable(w io.Writer, rep eval.NERReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lang\tdocs\tpartial P\tR\tF1\texact F1\tstrict F1\tbase forms\t")
	for _, l := range append(sortedKeys(rep.Languages, "all"), "all") {
		r, ok := rep.Languages[l]
		if !ok {
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", l, r.Documents, r.RelaxedPartial.P, r.RelaxedPartial.R,
			r.RelaxedPartial.F1, r.RelaxedExact.F1, r.Strict.F1, r.BaseFormAccuracy)
	}
	tw.Flush()
	if all, ok := rep.Languages["all"]; ok {
		fmt.Fprintln(w, "\nper type (relaxed partial, all languages):")
		for _, t := range sortedKeys(all.PerType, "") {
			p := all.PerType[t]
			fmt.Fprintf(w, "  %-4s P %.3f  R %.3f  F1 %.3f\n", t, p.P, p.R, p.F1)
		}
	}
	fmt.Fprintf(w, "\ncross-lingual linking (LEA): P %.3f  R %.3f  F1 %.3f\n", rep.Linking.P, rep.Linking.R, rep.Linking.F1)
	return nil
}

// writeNERTopics prints the per-topic scores and the worst topic per
// language: the headline of a leave-one-topic-out run.
func writeNERTopics(w io.Writer, rep eval.NERReport) {
	fmt.Fprintln(w, "\nby topic (each scored by models built without it): relaxed partial P / R / F1, strict F1; recall per type")
	for _, topic := range sortedKeys(rep.Topics, "") {
		for _, lang := range sortedKeys(rep.Topics[topic], "all") {
			r := rep.Topics[topic][lang]
			fmt.Fprintf(w, "  %-12s %s %4d docs  %.3f / %.3f / %.3f  strict %.3f ", topic, lang, r.Documents,
				r.RelaxedPartial.P, r.RelaxedPartial.R, r.RelaxedPartial.F1, r.Strict.F1)
			for _, t := range sortedKeys(r.PerType, "") {
				if p := r.PerType[t]; p.Gold > 0 {
					fmt.Fprintf(w, " %s %.2f(%d)", t, p.R, p.Gold)
				}
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "\nworst topic per language (per type: among topics with >= %d gold entities of it):\n", eval.MinTypeGold)
	for _, lang := range sortedKeys(rep.Worst, "") {
		wr := rep.Worst[lang]
		fmt.Fprintf(w, "  %s relaxed partial F1 %.3f (%s), strict F1 %.3f (%s);", lang, wr.RelaxedPartial.F1, wr.RelaxedPartial.Topic,
			wr.Strict.F1, wr.Strict.Topic)
		for _, t := range sortedKeys(wr.PerType, "") {
			p := wr.PerType[t]
			fmt.Fprintf(w, " %s F1 %.3f R %.3f (%s)", t, p.F1, p.R, p.Topic)
		}
		fmt.Fprintln(w)
	}
}

// sortedKeys returns the keys of m but skip, sorted.
func sortedKeys[V any](m map[string]V, skip string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		if k != skip {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func runEvalTimelineCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval timeline", "--gold FILE [--docs DIR] [--only GLOBS] [--explain] [--json]")
	gold := fs.String("gold", "", "gold timeline JSON (the format of seeds/gold/timeline.json); beside an entities.tsv, the articles are read from its directory (eval/testdata/events)")
	docsDir := fs.String("docs", "", "BSNLP-layout tree with the documents and their annotated entities (default: ../bsnlp beside the gold file)")
	noDates := fs.Bool("no-published", false, "withhold the publication dates, to test how dates resolve without them")
	only := fs.String("only", "", "score only the documents whose id matches one of these comma-separated globs (events gold directory)")
	explain := fs.Bool("explain", false, "list every missed, spurious or wrongly dated event and, on an events gold directory, why each participant of a matched event was missed (counted by reason)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		return usagef("--gold is required")
	}
	eventsDir := *docsDir == "" && eval.IsEventsGold(filepath.Dir(*gold))
	if !eventsDir && *only != "" {
		return usagef("--only needs an events gold directory (a gold file beside entities.tsv)")
	}
	if *docsDir == "" {
		*docsDir = filepath.Join(filepath.Dir(*gold), "..", "bsnlp")
	}
	keep, err := evalrun.DocGlobs(*only)
	if err != nil {
		return usagef("--only: %v", err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	var rep eval.TimelineReport
	if eventsDir {
		rep, err = evalrun.EventsTimeline(ctx, p, *gold, evalrun.EventsOptions{Keep: keep, Explain: *explain, NoPublished: *noDates})
	} else {
		rep, err = evalrun.TimelineExplained(ctx, p, *gold, *docsDir, *noDates, *explain)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, rep)
	}
	fmt.Fprintf(e.stdout, "events        P %.3f  R %.3f  F1 %.3f\n", rep.Events.P, rep.Events.R, rep.Events.F1)
	fmt.Fprintf(e.stdout, "events dated  P %.3f  R %.3f  F1 %.3f\n", rep.EventsDated.P, rep.EventsDated.R, rep.EventsDated.F1)
	fmt.Fprintf(e.stdout, "dates         accuracy %.3f (%d/%d)\n", rep.Dates.Accuracy, rep.Dates.Correct, rep.Dates.Total)
	fmt.Fprintf(e.stdout, "types         accuracy %.3f (%d/%d)\n", rep.Types.Accuracy, rep.Types.Correct, rep.Types.Total)
	fmt.Fprintf(e.stdout, "participants  P %.3f  R %.3f  F1 %.3f\n", rep.Participants.P, rep.Participants.R, rep.Participants.F1)
	fmt.Fprintf(e.stdout, "attributions  P %.3f  R %.3f  F1 %.3f\n", rep.Attributions.P, rep.Attributions.R, rep.Attributions.F1)
	for _, why := range slices.Sorted(maps.Keys(rep.ParticipantsMissed)) {
		fmt.Fprintf(e.stdout, "participants missed, %s: %d\n", why, rep.ParticipantsMissed[why])
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(e.stdout, n)
	}
	return nil
}
