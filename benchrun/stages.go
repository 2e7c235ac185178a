package benchrun

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/rusage"
	"github.com/litopys/litopys/pipeline"
)

// clock sums the wall and thread CPU time of the spans it times. The
// goroutine is locked to its thread while it measures.
type clock struct{ wall, cpu time.Duration }

// start begins a span; the function it returns ends it.
func (c *clock) start() func() {
	t0, c0 := time.Now(), rusage.ThreadCPU()
	return func() {
		c.cpu += rusage.ThreadCPU() - c0
		c.wall += time.Since(t0)
	}
}

// Stage names in chain order, as pipeline.Options.Trace reports them.
func stageOrder() []string {
	return []string{"extract", "segment", "langid", "lemmas", "ner", "entities", "temporal", "attrib", "event", "quantity"}
}

// stageTimes runs the pipeline over recs on one locked thread with a trace
// that times every stage, and times each whole call as well. The figures
// are thread CPU time (Linux) and wall time.
func stageTimes(ctx context.Context, recs []input.Record, st pipeline.Stages) ([]StageTime, error) {
	clocks := map[string]*clock{}
	for _, name := range append(stageOrder(), "spine", "all") {
		clocks[name] = &clock{}
	}
	timing := false
	p, err := pipeline.New(pipeline.Options{Trace: func(stage string) func() {
		if c := clocks[stage]; c != nil && timing {
			return c.start()
		}
		return func() {}
	}})
	if err != nil {
		return nil, fmt.Errorf("benchrun: %w", err)
	}
	// An untimed pass first: the morphology cache fills as words are seen.
	for _, rec := range recs {
		_, _ = p.AnalyzeStages(ctx, rec, st)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	total := clocks["all"]
	if st == pipeline.StagesSpine {
		total = clocks["spine"]
	}
	timing = true
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("benchrun: %w", err)
		}
		end := total.start()
		_, _ = p.AnalyzeStages(ctx, rec, st)
		end()
	}
	return stageReport(clocks, st, len(recs)), nil
}
