package benchrun

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/rusage"
	"github.com/litopys/litopys/pipeline"
)

// ingestAnalysed is the first phase on a fresh corpus: the articles are
// analysed on o.Workers goroutines and stored in input order, o.Batch to a
// transaction (ingest.Commit), as "litopys ingest" does; the analysed
// documents go to the cache as they are stored.
func ingestAnalysed(ctx context.Context, t *target, rep *StoreReport, o StoreOptions, stats *queryStats) (IngestReport, error) {
	o.Progress("phase 1: loading the models and reading the corpus")
	cpu0, t0 := rusage.ProcessCPU(), time.Now()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return IngestReport{}, err
	}
	rep.Load = Timing{Wall: since(t0), CPU: seconds(rusage.ProcessCPU() - cpu0)}
	recs, unreadable, err := Load(ctx, Corpus{Name: "news", Paths: o.Paths}, o.Limit)
	if err != nil {
		return IngestReport{}, err
	}
	rep.Corpus.Articles, rep.Corpus.Unreadable, rep.Corpus.Bytes = len(recs), unreadable, Bytes(recs)
	cw, err := newCacheWriter(rep.Corpus.Cache)
	if err != nil {
		return IngestReport{}, err
	}
	o.Progress(fmt.Sprintf("phase 1: analysing and storing %d articles on %d workers", len(recs), o.Workers))
	in, err := analyseAndStore(ctx, p, recs, t, o, func(docs []*litopys.Document) error {
		for _, d := range docs {
			stats.add(d)
		}
		return cw.write(docs)
	})
	if err != nil {
		cw.abort()
		return IngestReport{}, err
	}
	if err := cw.commit(); err != nil {
		return IngestReport{}, err
	}
	return in, nil
}

// analysed is one article's outcome, delivered in input order.
type analysed struct {
	doc *litopys.Document
	err error
}

// analyseAndStore runs the ingest proper. keep sees every stored batch
// (the benchmark's own work, left out of the CPU figures).
func analyseAndStore(ctx context.Context, p *pipeline.Pipeline, recs []input.Record, t *target, o StoreOptions, keep func([]*litopys.Document) error) (IngestReport, error) {
	// Cancel first, then wait: the goroutines stop before this returns.
	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		rec input.Record
		out chan analysed
	}
	// The analysis may run a batch ahead of the writer, so that it goes on
	// while a transaction is written.
	jobs, pending := make(chan job), make(chan job, o.Batch+2*o.Workers)
	var analysisCPU atomic.Int64
	wg.Go(func() {
		defer close(pending)
		defer close(jobs)
		for _, rec := range recs {
			j := job{rec: rec, out: make(chan analysed, 1)}
			for _, ch := range []chan job{jobs, pending} {
				select {
				case ch <- j:
				case <-ctx.Done():
					return
				}
			}
		}
	})
	for range o.Workers {
		wg.Go(func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for j := range jobs {
				c0 := rusage.ThreadCPU()
				doc, err := p.Analyze(ctx, j.rec)
				analysisCPU.Add(int64(rusage.ThreadCPU() - c0))
				j.out <- analysed{doc: doc, err: err}
			}
		})
	}

	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var (
		in              IngestReport
		batch           []*litopys.Document
		storeCPU, extra time.Duration
		storeWall       time.Duration
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		c0, w0 := rusage.ThreadCPU(), time.Now()
		res, err := ingest.Commit(ctx, t, pipeline.Version, batch)
		storeCPU += rusage.ThreadCPU() - c0
		storeWall += time.Since(w0)
		if err != nil {
			return fmt.Errorf("bench store: put: %w", err)
		}
		before := in.Stored + in.Unchanged
		if err := in.count(res); err != nil {
			return err
		}
		progress(o.Progress, "phase 1", before, in.Stored+in.Unchanged)
		c1 := rusage.ThreadCPU()
		err = keep(batch)
		extra += rusage.ThreadCPU() - c1
		batch = batch[:0]
		return err
	}
	cpu0, t0 := rusage.ProcessCPU(), time.Now()
	for j := range pending {
		r := <-j.out
		if err := ctx.Err(); err != nil {
			return IngestReport{}, fmt.Errorf("bench store: %w", err)
		}
		if r.err != nil {
			in.Failed++
			continue
		}
		if batch = append(batch, r.doc); len(batch) == o.Batch {
			if err := flush(); err != nil {
				return IngestReport{}, err
			}
		}
	}
	if err := flush(); err != nil {
		return IngestReport{}, err
	}
	if err := ctx.Err(); err != nil {
		return IngestReport{}, fmt.Errorf("bench store: %w", err)
	}
	in.Analysed = true
	in.Timing = Timing{Wall: since(t0), CPU: seconds(rusage.ProcessCPU() - cpu0 - extra)}
	in.AnalysisCPU, in.StoreCPU, in.StoreWall = seconds(time.Duration(analysisCPU.Load())), seconds(storeCPU), seconds(storeWall)
	in.OtherCPU = max(0, in.CPU-in.AnalysisCPU-in.StoreCPU)
	return in, nil
}

// count adds the outcome of one batch (ingest.Commit, as litopys ingest
// writes); a document the store refused fails the benchmark.
func (r *IngestReport) count(res []ingest.Result) error {
	for _, x := range res {
		switch {
		case x.Err != nil:
			return fmt.Errorf("bench store: put: %w", x.Err)
		case x.Added:
			r.Stored++
		default:
			r.Unchanged++
		}
	}
	return nil
}

// ingestCached is the first phase when the analysed corpus is cached: the
// documents are read a batch at a time and stored, and only the time
// inside PutDocuments is counted (nothing else runs meanwhile).
func ingestCached(ctx context.Context, t *target, path string, batchSize int, stats *queryStats) (IngestReport, error) {
	cr, err := openCache(path)
	if err != nil {
		return IngestReport{}, err
	}
	defer cr.close()
	var in IngestReport
	var cpu, wall time.Duration
	for done := false; !done; {
		batch := make([]*litopys.Document, 0, batchSize)
		for len(batch) < batchSize {
			d, err := cr.next()
			if errors.Is(err, io.EOF) {
				done = true
				break
			}
			if err != nil {
				return IngestReport{}, err
			}
			stats.add(d)
			batch = append(batch, d)
		}
		if len(batch) == 0 {
			break
		}
		c0, w0 := rusage.ProcessCPU(), time.Now()
		res, err := ingest.Commit(ctx, t, pipeline.Version, batch)
		cpu += rusage.ProcessCPU() - c0
		wall += time.Since(w0)
		if err != nil {
			return IngestReport{}, fmt.Errorf("bench store: put: %w", err)
		}
		if err := in.count(res); err != nil {
			return IngestReport{}, err
		}
	}
	in.Timing = Timing{Wall: seconds(wall), CPU: seconds(cpu)}
	in.StoreCPU, in.StoreWall = in.CPU, in.Wall
	return in, nil
}

// since is the wall time since t0 in seconds.
func since(t0 time.Time) float64 { return time.Since(t0).Seconds() }

// progressEvery is how many documents pass between two progress reports.
const progressEvery = 2000

// progress reports when the count of stored documents passes a multiple of
// progressEvery.
func progress(report func(string), phase string, before, after int) {
	if after/progressEvery > before/progressEvery {
		report(fmt.Sprintf("%s: %d documents stored", phase, after))
	}
}
