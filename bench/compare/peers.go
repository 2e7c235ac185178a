package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/litopys/litopys/internal/rusage"
)

// runPeer runs bench/peers/<name>.sh with args and decodes the JSON it
// prints into v. The error carries the tail of the script's stderr, which
// says why a pip install or a run failed.
func runPeer(ctx context.Context, name string, v any, args ...string) error {
	script := filepath.Join("bench", "peers", name+".sh")
	cmd := exec.CommandContext(ctx, "nice", append([]string{script}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		tail := strings.TrimSpace(errb.String())
		if len(tail) > 600 {
			tail = "…" + tail[len(tail)-600:]
		}
		return fmt.Errorf("peer %s: %w: %s", name, err, tail)
	}
	if err := json.Unmarshal(out.Bytes(), v); err != nil {
		return fmt.Errorf("peer %s: decode its JSON: %w", name, err)
	}
	return nil
}

// timing is a median wall and CPU time as the peers and measure report it.
type timing struct {
	Wall float64 `json:"wall_s"`
	CPU  float64 `json:"cpu_s"`
}

// measure runs f once untimed, then runs times, and returns the median
// wall and process CPU time of one call: the procedure of
// bench/peers/common.py. When one call takes less than minRun, each run
// repeats f enough times to last about that long, so that timer
// granularity does not swamp the figure.
func measure(runs int, f func()) timing {
	t0, c0 := time.Now(), rusage.ProcessCPU()
	f()
	first := max(time.Since(t0), rusage.ProcessCPU()-c0)
	reps := 1
	if first < minRun {
		reps = int(minRun/max(first, time.Microsecond)) + 1
	}
	walls := make([]float64, runs)
	cpus := make([]float64, runs)
	for i := range runs {
		t0, c0 := time.Now(), rusage.ProcessCPU()
		for range reps {
			f()
		}
		walls[i] = time.Since(t0).Seconds() / float64(reps)
		cpus[i] = (rusage.ProcessCPU() - c0).Seconds() / float64(reps)
	}
	return timing{Wall: median(walls), CPU: median(cpus)}
}

const minRun = 300 * time.Millisecond

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// writeJSONL writes one JSON object per line.
func writeJSONL[T any](path string, items []T) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// failed is the section shown when a peer could not be installed or run.
func failed(title, peer string, err error) section {
	return section{title: title, peer: peer, notes: []string{fmt.Sprintf("**%s could not be run here**: %v", peer, err)}}
}
