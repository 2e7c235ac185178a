package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/litopys/litopys/internal/seeds"
)

// runDemoCmd analyses the two embedded seed articles (ru and uk, one story)
// and prints what litopys reads in them.
func runDemoCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[flags]")
	format := fs.String("format", "text", "output: text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := writeSeeds()
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	return runAnalyze(ctx, e, analyzeOptions{format: *format, maxBytes: 16 << 20, workers: 2}, []string{dir})
}

// writeSeeds copies the embedded seed articles into a new temporary directory.
func writeSeeds() (string, error) {
	dir, err := os.MkdirTemp("", "litopys-demo-")
	if err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	for _, name := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS(), name)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
		if err != nil {
			os.RemoveAll(dir)
			return "", fmt.Errorf("demo: %w", err)
		}
	}
	return dir, nil
}
