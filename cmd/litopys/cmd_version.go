package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/litopys/litopys/pipeline"
)

func runVersionCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "version", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, versionLine(debug.ReadBuildInfo()))
	return nil
}

// versionLine says which build this is, from what the go command stamped
// into the binary: the module's version and, when it was built in a
// checkout, the commit, its time and whether the tree had changes.
func versionLine(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return fmt.Sprintf("litopys (no build information), analysers %s, %s", pipeline.Version, runtime.Version())
	}
	vcs := map[string]string{}
	for _, s := range bi.Settings {
		vcs[s.Key] = s.Value
	}
	var parts []string
	if rev := vcs["vcs.revision"]; rev != "" {
		c := "commit " + rev[:min(len(rev), 12)]
		if t := vcs["vcs.time"]; t != "" {
			c += " of " + t
		}
		if vcs["vcs.modified"] == "true" {
			c += ", with uncommitted changes"
		}
		parts = append(parts, c)
	} else {
		parts = append(parts, "no commit stamped (go run, go test or -buildvcs=false)")
	}
	parts = append(parts, "analysers "+pipeline.Version, bi.GoVersion)
	return fmt.Sprintf("litopys %s (%s)", bi.Main.Version, strings.Join(parts, ", "))
}
