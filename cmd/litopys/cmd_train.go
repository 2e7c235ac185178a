package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"

	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/langid"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/pipeline"
)

// runTrainCmd rebuilds one of the embedded models from the public data. It
// is run from the repository root: the built files go where the packages
// embed them from, to be reviewed and committed.
func runTrainCmd(ctx context.Context, e *env, args []string) error {
	what := "MODEL"
	if len(args) > 0 && !isHelp(args[0]) {
		what = args[0]
	}
	fs := newFlagSet(e, "train "+what, "[flags]\n\nModels: morph, lemmas, langid, gazetteer, ner (see README, \"Rebuilding the embedded models\")")
	data := fs.String("data", "../shared/data", "the shared data directory")
	repo := fs.String("repo", ".", "the repository root, where the built files are written")
	hunspell := fs.String("hunspell", "/usr/share/hunspell", "directory with ru_RU.{dic,aff} and uk_UA.{dic,aff} (morph)")
	isoCodes := fs.String("iso-codes", "/usr/share/iso-codes/json", "gazetteer: Debian iso-codes JSON (apt-get install iso-codes)")
	fortunes := fs.String("fortunes", "/usr/share/games/fortunes", "langid: Debian fortunes (apt-get install fortunes-cs fortunes-de fortunes-es fortunes-it fortunes-pl)")
	locale := fs.String("locale", "/usr/share/locale", "gazetteer: where iso-codes' ru and uk catalogues are")
	evalTopics := fs.String("eval", "", "ner: instead of building, hold out each of these comma-separated BSNLP topics in turn, train without it and score it (as eval ner --by-topic)")
	if len(args) == 0 || isHelp(args[0]) {
		fs.Usage()
		if len(args) == 0 {
			return usagef("train: want a model: morph, langid, gazetteer or ner")
		}
		return flag.ErrHelp
	}
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	var err error
	switch what {
	case "morph":
		dir := filepath.Join(*repo, "morph", "data")
		if err = morph.Build(*hunspell, *data, dir); err == nil {
			err = morph.TrainContext(*data, dir)
		}
	case "lemmas":
		err = morph.TrainContext(*data, filepath.Join(*repo, "morph", "data"))
	case "langid":
		err = langid.Train(*data, *fortunes, filepath.Join(*repo, "langid", "model.bin"))
	case "gazetteer":
		err = gazetteer.BuildPublic(*isoCodes, *locale, filepath.Join(*repo, "gazetteer", "public.tsv.gz"))
		if err == nil {
			err = gazetteer.Build(*data, filepath.Join(*repo, "gazetteer", "data.json.gz"))
		}
	case "ner":
		var m *morph.Analyzer
		if m, err = morph.Load(); err != nil {
			return err
		}
		if *evalTopics != "" {
			return runEvalNERCmd(ctx, e, []string{"--by-topic", "--data", *data, "--topics", *evalTopics,
				"--gold", filepath.Join(*data, "bsnlp"), "--gold", filepath.Join(*data, "bsnlp2017")})
		}
		o := pipeline.NERTrainOptions(m, *data, filepath.Join(*repo, "ner", "model"))
		o.BuildClusters = true
		err = ner.Train(o)
	default:
		return usagef("train: unknown model %q (want morph, lemmas, langid, gazetteer or ner)", what)
	}
	if err != nil {
		return fmt.Errorf("train %s: %w", what, err)
	}
	fmt.Fprintf(e.stdout, "built %s into %s\n", what, *repo)
	return nil
}
