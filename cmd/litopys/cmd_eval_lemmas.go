package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/morph/gold"
)

// runEvalLemmasCmd scores lemmas against gold corpora: UD treebanks
// (CoNLL-U) and BRUK's disambiguated Ukrainian. By default it reads the
// four gold sets of the shared data and scores their held-out parts (the
// parts the context model was not trained on); --all scores whole files,
// for sets the model never saw.
func runEvalLemmasCmd(_ context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval lemmas", "[--conllu FILE[,FILE…]] [--bruk FILE] [--all | --dev [--fold K] [--lang ru|uk]] [--misses N] [--json]")
	conllu := fs.String("conllu", "", "CoNLL-U files (gzipped if *.gz), comma-separated; the language is the name's prefix (ru_gsd-ud-dev.conllu.gz -> ru)")
	bruk := fs.String("bruk", "", "BRUK disambig.jsonl.gz")
	data := fs.String("data", "../shared/data", "the shared data directory, read when neither --conllu nor --bruk is given")
	all := fs.Bool("all", false, "score every sentence, not only the held-out part")
	dev := fs.Bool("dev", false, "cross-validate on the training part: for each development fold, train without it and score it (for comparing design choices; never the held-out part)")
	fold := fs.Int("fold", -1, "with --dev, only this fold (0-4)")
	devLang := fs.String("lang", "", "with --dev, only this language (ru or uk)")
	misses := fs.Int("misses", 0, "list the N commonest misses of each corpus")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dev {
		langs := []string{"ru", "uk"}
		if *devLang != "" {
			langs = []string{*devLang}
		}
		a, err := morph.Load()
		if err != nil {
			return err
		}
		var folds []int
		if *fold >= 0 {
			folds = []int{*fold}
		}
		scores, err := a.ScoreDev(*data, folds, langs...)
		if err != nil {
			return fmt.Errorf("eval lemmas: %w", err)
		}
		if *asJSON {
			return writeJSON(e.stdout, lemmaReport(scores, *misses))
		}
		return writeLemmaTable(e.stdout, scores, *misses)
	}
	var corpora []*gold.Corpus
	if *conllu == "" && *bruk == "" {
		for _, lang := range []string{"ru", "uk"} {
			cs, err := morph.ReadGold(*data, lang)
			if err != nil {
				return fmt.Errorf("eval lemmas: %w", err)
			}
			corpora = append(corpora, cs...)
		}
	}
	for _, f := range strings.Split(*conllu, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		c, err := gold.ReadCoNLLUFile(f)
		if err != nil {
			return fmt.Errorf("eval lemmas: %w", err)
		}
		corpora = append(corpora, c)
	}
	if *bruk != "" {
		c, err := gold.ReadBRUKFile(filepath.Clean(*bruk))
		if err != nil {
			return fmt.Errorf("eval lemmas: %w", err)
		}
		corpora = append(corpora, c)
	}
	a, err := morph.Load()
	if err != nil {
		return err
	}
	var scores []*morph.Score
	for _, c := range corpora {
		part := "held-out"
		if *all {
			part = "all"
		} else {
			_, c = gold.Split(c)
		}
		s := a.ScoreCorpus(c)
		s.Part = part
		scores = append(scores, s)
	}
	if *asJSON {
		return writeJSON(e.stdout, lemmaReport(scores, *misses))
	}
	return writeLemmaTable(e.stdout, scores, *misses)
}

// lemmaJSON is one corpus's score as printed by --json.
type lemmaJSON struct {
	Corpus       string            `json:"corpus"`
	Part         string            `json:"part"`
	Tokens       int               `json:"tokens"`
	Accuracy     float64           `json:"accuracy"`
	Words        int               `json:"words"`
	WordAccuracy float64           `json:"word_accuracy"`
	ByUPOS       map[string]posAcc `json:"by_upos"`
	Misses       []morph.Miss      `json:"misses,omitempty"`
}

type posAcc struct {
	Tokens   int     `json:"tokens"`
	Accuracy float64 `json:"accuracy"`
}

func lemmaReport(scores []*morph.Score, misses int) []lemmaJSON {
	out := make([]lemmaJSON, 0, len(scores))
	for _, s := range scores {
		j := lemmaJSON{Corpus: s.Corpus, Part: s.Part, Tokens: s.All, Accuracy: s.Accuracy(), Words: s.WordsAll,
			WordAccuracy: s.WordAccuracy(), ByUPOS: map[string]posAcc{}, Misses: s.Misses(misses)}
		for _, p := range s.UPOS() {
			acc, n := s.POSAccuracy(p)
			j.ByUPOS[p] = posAcc{n, acc}
		}
		out = append(out, j)
	}
	return out
}

func writeLemmaTable(w io.Writer, scores []*morph.Score, misses int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tpart\ttokens\taccuracy\twords\tword acc.\t")
	for _, s := range scores {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.4f\t%d\t%.4f\t\n", s.Corpus, s.Part, s.All, s.Accuracy(), s.WordsAll, s.WordAccuracy())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nby gold part of speech (accuracy / tokens):")
	pos := map[string]bool{}
	var order []string
	for _, s := range scores {
		for _, p := range s.UPOS() {
			if !pos[p] {
				pos[p] = true
				order = append(order, p)
			}
		}
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "UPOS\t")
	for _, s := range scores {
		fmt.Fprintf(tw, "%s\t", s.Corpus)
	}
	fmt.Fprintln(tw)
	for _, p := range order {
		fmt.Fprintf(tw, "%s\t", p)
		for _, s := range scores {
			acc, n := s.POSAccuracy(p)
			if n == 0 {
				fmt.Fprint(tw, "-\t")
				continue
			}
			fmt.Fprintf(tw, "%.3f / %d\t", acc, n)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range scores {
		ms := s.Misses(misses)
		if len(ms) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s: commonest misses (gold UPOS, gold lemma, ours, count)\n", s.Corpus)
		for _, m := range ms {
			fmt.Fprintf(w, "  %s\t%s\t%s\t%d\n", m.UPOS, m.Gold, m.Ours, m.Count)
		}
	}
	return nil
}
