package main

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/litopys/litopys/pipeline"
)

// TestMaxBytesZero checks that --max-bytes 0 is refused as a usage error
// (it silently meant 16 MiB).
func TestMaxBytesZero(t *testing.T) {
	for _, cmd := range []string{"analyze", "ingest"} {
		code, _, errs := runCmd(t, "text", cmd, "--max-bytes", "0", "-")
		if code != exitUsage || !strings.Contains(errs, "--max-bytes: want a positive size") {
			t.Errorf("%s --max-bytes 0: exit %d, %q", cmd, code, errs)
		}
	}
}

// TestHelpAndVersion checks that asking eval and train for help is not an
// error, that --version answers, and what the version line says of a
// stamped build.
func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"eval", "--help"}, {"train", "--help"}, {"eval", "-h"}, {"train", "help"}} {
		code, _, errs := runCmd(t, "", args...)
		if code != exitOK || !strings.Contains(errs, "Usage: litopys "+args[0]) {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
	for _, args := range [][]string{{"eval"}, {"train"}} {
		if code, _, _ := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
	code, out, _ := runCmd(t, "", "--version")
	if code != exitOK || !strings.HasPrefix(out, "litopys ") || !strings.Contains(out, "analysers ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.2.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-07T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	want := "litopys v0.2.0 (commit 0123456789ab of 2026-12-07T10:00:00Z, with uncommitted changes, analysers " + pipeline.Version + ", go1.26.8)"
	if got := versionLine(bi, true); got != want {
		t.Errorf("versionLine = %q\nwant          %q", got, want)
	}
}
