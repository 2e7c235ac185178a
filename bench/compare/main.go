// Command compare runs litopys and its peers (natasha, trafilatura,
// dateparser, lingua — see bench/peers) on the same inputs and writes the
// side-by-side table into docs/EVAL.md between the markers
// "<!-- peers:begin -->" and "<!-- peers:end -->".
//
// Usage, from the repository root (needs python3 and PyPI for the peers;
// not part of CI):
//
//	go run ./bench/compare [-data ../shared/data] [-limit 200] [-runs 3] [-peers natasha,realpages,trafilatura,dateparser,lingua] [-eval docs/EVAL.md]
//
// bench/compare/run.sh does the same with the defaults.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
)

type options struct {
	data, work, evalPath string
	// loto is a directory of litopys's leave-one-topic-out answers
	// (litopys eval ner --by-topic --responses DIR); empty: compare runs
	// the folds itself.
	loto        string
	limit, runs int
	peers       map[string]bool
	command     string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var o options
	flag.StringVar(&o.data, "data", "../shared/data", "shared data directory")
	flag.StringVar(&o.work, "work", "bench/.work", "directory for the generated inputs and the peers' outputs")
	flag.StringVar(&o.loto, "loto", "", "litopys's leave-one-topic-out BSNLP responses (litopys eval ner --by-topic --responses DIR); default: train the folds here")
	flag.StringVar(&o.evalPath, "eval", "docs/EVAL.md", "file whose peers section is rewritten (empty: print only)")
	flag.IntVar(&o.limit, "limit", 200, "Russian news articles of the speed comparison")
	flag.IntVar(&o.runs, "runs", 3, "timed runs per measurement (after one warm-up); the median is reported")
	peers := flag.String("peers", "natasha,realpages,trafilatura,dateparser,lingua", "peers to run (realpages: the extractors on the 130 real pages)")
	flag.Parse()
	o.peers = map[string]bool{}
	for _, p := range strings.Split(*peers, ",") {
		o.peers[strings.TrimSpace(p)] = true
	}
	o.command = "go run ./bench/compare " + strings.Join(os.Args[1:], " ")
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return err
	}
	abs, err := filepath.Abs(o.work)
	if err != nil {
		return err
	}
	o.work = abs
	var sections []section
	steps := []struct {
		peer string
		run  func(context.Context, options) (section, error)
	}{
		{"natasha", compareNatasha},
		{"realpages", compareRealPages},
		{"trafilatura", compareExtract},
		{"dateparser", compareTemporal},
		{"lingua", compareLangid},
	}
	for _, s := range steps {
		if !o.peers[s.peer] {
			continue
		}
		fmt.Fprintf(os.Stderr, "compare: %s …\n", s.peer)
		sec, err := s.run(ctx, o)
		if err != nil {
			return fmt.Errorf("%s: %w", s.peer, err)
		}
		sections = append(sections, sec)
	}
	md := render(o, sections)
	fmt.Print(md)
	if o.evalPath == "" {
		return nil
	}
	return writeSection(o.evalPath, md)
}
