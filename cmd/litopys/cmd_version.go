package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/litopys/litopys/pipeline"
)

func runVersionCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "version", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rev := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				rev = s.Value
			}
		}
	}
	fmt.Fprintf(e.stdout, "litopys analysers %s, build %s\n", pipeline.Version, rev)
	return nil
}
