package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/litopys/litopys/internal/evalrun"
)

// runEvalRolesCmd scores the agents and patients of events against UD
// dependency trees, one report per language.
func runEvalRolesCmd(_ context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval roles", "[--conllu FILE[,FILE…]] [--json]")
	conllu := fs.String("conllu", "", "CoNLL-U treebanks (gzipped if *.gz), comma-separated; the language is the name's prefix (default: the ud/*-ud-dev sets of --data)")
	data := fs.String("data", "../shared/data", "the shared data directory")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	files := strings.Split(*conllu, ",")
	if *conllu == "" {
		files, _ = filepath.Glob(filepath.Join(*data, "ud", "*-ud-dev.conllu.gz"))
		if len(files) == 0 {
			return usagef("eval roles: no --conllu and no treebank under %s/ud", *data)
		}
	}
	byLang := map[string][]string{}
	var langs []string
	for _, f := range files {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		lang, _, _ := strings.Cut(filepath.Base(f), "_")
		if byLang[lang] == nil {
			langs = append(langs, lang)
		}
		byLang[lang] = append(byLang[lang], f)
	}
	reps := map[string]any{}
	for _, lang := range langs {
		rep, err := evalrun.Roles(byLang[lang], lang)
		if err != nil {
			return fmt.Errorf("eval roles: %w", err)
		}
		reps[lang] = rep
		if !*asJSON {
			fmt.Fprintf(e.stdout, "%s  %d sentences, %d predicates\n", lang, rep.Sentences, rep.Predicates)
			fmt.Fprintf(e.stdout, "  agent    P %.3f  R %.3f  F1 %.3f  (%d gold)\n", rep.Agent.P, rep.Agent.R, rep.Agent.F1, rep.Agent.Gold)
			fmt.Fprintf(e.stdout, "  patient  P %.3f  R %.3f  F1 %.3f  (%d gold)\n", rep.Patient.P, rep.Patient.R, rep.Patient.F1, rep.Patient.Gold)
		}
	}
	if *asJSON {
		return writeJSON(e.stdout, reps)
	}
	return nil
}
