// Command nertrain builds the word clusters, trains the tagger and
// measures it on held-out BSNLP topics; the lead wires the same functions
// to litopys subcommands.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/ner/cluster"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data dir")
	clusters := flag.Bool("clusters", false, "build the word clusters")
	train := flag.Bool("train", false, "train the shipped model on all data")
	eval := flag.String("eval", "", "comma-separated BSNLP topics to hold out in turn and score")
	out := flag.String("out", "ner/model", "output dir")
	epochs := flag.Int("epochs", 0, "epochs")
	bits := flag.Int("bits", 0, "hash bits")
	bsnlpWeight := flag.Int("bsnlp", 0, "times each BSNLP sentence is seen per epoch")
	insideRatio := flag.Float64("inside", 0, "least inside-name share of a word that continues a mention")
	nerr := flag.Int("errors", 0, "print this many top errors")
	lemma := flag.Bool("lemma", true, "train with morph lemmas")
	flag.Parse()
	start := time.Now()
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *clusters {
		if err := cluster.Build(cluster.Options{DataDir: *data, Out: *out + "/clusters.tsv.gz", Seed: 1}); err != nil {
			fail(err)
		}
		fmt.Println("clusters built in", time.Since(start))
	}
	opts := ner.TrainOptions{DataDir: *data, OutDir: *out, Seed: 1, Epochs: *epochs, Bits: *bits, BSNLPWeight: *bsnlpWeight, InsideRatio: *insideRatio}
	if *lemma {
		a, err := morph.Load()
		if err != nil {
			fail(err)
		}
		opts.Lemmatize = a.Lemma
	}
	if *eval != "" {
		total := ner.NewReport()
		for _, topic := range strings.Split(*eval, ",") {
			t0 := time.Now()
			o := opts
			o.HoldOut = []string{topic}
			r, err := ner.Evaluate(o)
			if err != nil {
				fail(err)
			}
			fmt.Printf("== held out %s (%v)\n", topic, time.Since(t0).Round(time.Second))
			r.Write(os.Stdout)
			total.Merge(r)
		}
		fmt.Println("== all folds")
		total.Write(os.Stdout)
		total.WriteErrors(os.Stdout, *nerr)
	}
	if *train {
		t0 := time.Now()
		if err := ner.Train(opts); err != nil {
			fail(err)
		}
		fmt.Println("trained in", time.Since(t0))
	}
}
