// Command litopys turns news articles in Russian, Ukrainian and English into a
// knowledge base: clean text, entities, dates, events, attributions, stories.
//
// Usage: litopys <command> [flags] [args]. Run "litopys help" for the list.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
)

// command is one subcommand: run parses its own flags from args.
type command struct {
	name, summary string
	run           func(ctx context.Context, env *env, args []string) error
}

// env is what a subcommand may touch of the process: its streams and logger.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

func commands() []command {
	return []command{
		{"demo", "analyse the two embedded seed articles and show the result", runDemoCmd},
		{"analyze", "analyse articles and print every layer as JSON or text", runAnalyzeCmd},
		{"ingest", "store articles (files, directories, URLs, RSS/Atom feeds), each once", runIngestCmd},
		{"search", "search stored articles by word forms and entities: search [--lang --outlet --from --to --entity] QUERY", runSearchCmd},
		{"entities", "look entities up by any spelling, show one, merge or split: entities --db PATH [--show | --merge A B | --split M,… ID] [QUERY]", runEntitiesCmd},
		{"worker", "take queued articles off a NATS work queue, analyse and store them: worker --queue nats://HOST:PORT --db DSN", runWorkerCmd},
		{"migrate", "bring the database schema up to date", runMigrateCmd},
		{"reanalyze", "analyse stored documents again with this version's analysers: reanalyze [--all] --db PATH", runReanalyzeCmd},
		{"eval", "score the analysis against gold files: eval ner|timeline|clusters|extract|lemmas|dates", runEvalCmd},
		{"bench", "measure speed and memory of the analysis on real corpora; bench store: the store at 100k and 1M documents", runBenchCmd},
		{"train", "rebuild an embedded model from the public data: train morph|lemmas|langid|gazetteer|ner", runTrainCmd},
		{"serve", "serve the JSON API and web pages over a store: serve --db PATH --addr HOST:PORT", runServeCmd},
		{"version", "print the version of the program and its analysers", runVersionCmd},
	}
}

func main() {
	ctx, stop := notifyContext(os.Stderr, os.Exit)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	e.log = newLogger(os.Stderr, os.Getenv("LITOPYS_LOG"))
	stopProfile := startProfile(os.Getenv("LITOPYS_CPUPROFILE"), e.stderr)
	code := run(ctx, e, os.Args[1:])
	stopProfile()
	os.Exit(code)
}

// startProfile writes a CPU profile of the whole command to path when it
// is set (env LITOPYS_CPUPROFILE), for `go tool pprof`; the function it
// returns ends the profile.
func startProfile(path string, stderr io.Writer) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "litopys: LITOPYS_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// run dispatches args to a subcommand and maps its error to an exit code.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		args = []string{"version"}
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		if err == nil || errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		if code, msg, ok := interrupted(ctx, err); ok {
			fmt.Fprintf(e.stderr, "litopys %s: %s\n", c.name, msg)
			return code
		}
		fmt.Fprintf(e.stderr, "litopys %s: %v\n", c.name, err)
		return exitCode(err)
	}
	fmt.Fprintf(e.stderr, "litopys: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "litopys — a chronicle of the news in Russian, Ukrainian and English")
	fmt.Fprintln(w, "\nUsage: litopys <command> [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"litopys <command> -h\" for the flags of a command.")
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "help"
}

// usageError marks an error in flags or arguments.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: litopys %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs, turning a parse failure into a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
