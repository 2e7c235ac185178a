package benchrun

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/litopys/litopys/internal/rusage"
	"github.com/litopys/litopys/pipeline"
)

// BenchmarkAppend writes batches of 2,048 copies of a cached corpus into
// an existing store — a large one that "litopys bench store" left — to
// time the write path at that size without filling a store again:
//
//	LITOPYS_BENCH_DB=big.db LITOPYS_BENCH_CACHE=/tmp/dcache-news/store-corpus-….gob.zst \
//	LITOPYS_BENCH_COPY=900 go test ./benchrun -run '^$' -bench Append -benchtime 1x
//
// Keep to one timed batch on a large store: with more, the testing package
// runs the benchmark twice in the process, and opening the store twice
// holds two replayed story logs.
//
// The copies are numbered from LITOPYS_BENCH_COPY+1, which must be above
// the copies the store holds. The first batch (which opens the store's
// story log) is not timed. It is skipped unless the variables are set.
func BenchmarkAppend(b *testing.B) {
	db, cache := os.Getenv("LITOPYS_BENCH_DB"), os.Getenv("LITOPYS_BENCH_CACHE")
	if db == "" || cache == "" {
		b.Skip("LITOPYS_BENCH_DB and LITOPYS_BENCH_CACHE are not set")
	}
	k, err := strconv.Atoi(os.Getenv("LITOPYS_BENCH_COPY"))
	if err != nil {
		b.Fatalf("LITOPYS_BENCH_COPY: %v", err)
	}
	ctx := context.Background()
	t, err := openTarget(ctx, db, true)
	if err != nil {
		b.Fatal(err)
	}
	defer t.close()
	cp := &copier{path: cache, k: k}
	defer cp.close()
	var cpu time.Duration
	put := func() {
		batch, err := cp.next(2048)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := rusage.ProcessCPU()
		if _, err := t.PutDocuments(ctx, batch, pipeline.Version); err != nil {
			b.Fatal(err)
		}
		cpu += rusage.ProcessCPU() - c0
		b.StopTimer()
	}
	b.StopTimer()
	put()
	b.ResetTimer()
	b.StopTimer()
	cpu = 0
	for range b.N {
		put()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/batch")
	b.ReportMetric(2048*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
