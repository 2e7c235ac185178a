package benchrun

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/rusage"
	"github.com/litopys/litopys/pipeline"
)

// Options say what Run measures.
type Options struct {
	// Corpora to analyse; DefaultCorpora when empty.
	Corpora []Corpus
	// DataDir is the shared data directory DefaultCorpora reads.
	DataDir string
	// Stages is how far the chain runs: pipeline.StagesSpine or
	// pipeline.StagesAll (the default).
	Stages pipeline.Stages
	// Limit caps the articles per corpus (0: all).
	Limit int
	// Workers are the worker counts of the throughput runs; nil means one
	// run on one core and one on runtime.NumCPU() cores.
	Workers []int
	// StageLimit caps the articles of the per-stage pass, which runs every
	// stage separately on one core (0: 200; negative: no per-stage pass).
	StageLimit int
}

func (o *Options) defaults() error {
	if o.Stages == 0 {
		o.Stages = pipeline.StagesAll
	}
	if len(o.Workers) == 0 {
		o.Workers = []int{1}
		if n := runtime.NumCPU(); n > 1 {
			o.Workers = append(o.Workers, n)
		}
	}
	if o.StageLimit == 0 {
		o.StageLimit = 200
	}
	if len(o.Corpora) == 0 {
		cs, err := DefaultCorpora(o.DataDir)
		if err != nil {
			return err
		}
		o.Corpora = cs
	}
	return nil
}

// Run loads the pipeline and measures every corpus of o.
func Run(ctx context.Context, o Options) (Report, error) {
	if err := o.defaults(); err != nil {
		return Report{}, err
	}
	rep := Report{Machine: thisMachine(), Date: time.Now().UTC().Format(time.RFC3339), Stages: stagesName(o.Stages)}
	cpu0, t0 := rusage.ProcessCPU(), time.Now()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return Report{}, err
	}
	rep.Load = Timing{Wall: seconds(time.Since(t0)), CPU: seconds(rusage.ProcessCPU() - cpu0)}
	for _, c := range o.Corpora {
		cr, err := measureCorpus(ctx, p, c, o)
		if err != nil {
			return Report{}, err
		}
		rep.Corpora = append(rep.Corpora, cr)
	}
	rep.PeakRSS = rusage.MaxRSS()
	return rep, nil
}

func measureCorpus(ctx context.Context, p *pipeline.Pipeline, c Corpus, o Options) (CorpusReport, error) {
	t0 := time.Now()
	recs, failed, err := Load(ctx, c, o.Limit)
	if err != nil {
		return CorpusReport{}, err
	}
	cr := CorpusReport{Corpus: c, Articles: len(recs), Unreadable: failed, Bytes: Bytes(recs), ReadWall: seconds(time.Since(t0))}
	// One untimed pass warms the caches (the morphology cache, the
	// allocator) so that the first timed run is not the odd one out.
	if _, err := throughput(ctx, p, recs[:min(len(recs), 50)], o.Stages, 1); err != nil {
		return CorpusReport{}, err
	}
	for _, w := range o.Workers {
		r, err := throughput(ctx, p, recs, o.Stages, w)
		if err != nil {
			return CorpusReport{}, err
		}
		r.setRates(cr.Articles, cr.Bytes)
		cr.Runs = append(cr.Runs, r)
	}
	if o.StageLimit > 0 {
		st, err := stageTimes(ctx, recs[:min(len(recs), o.StageLimit)], o.Stages)
		if err != nil {
			return CorpusReport{}, err
		}
		cr.StageArticles = min(len(recs), o.StageLimit)
		cr.StageTimes = st
	}
	return cr, nil
}

// throughput analyses recs on workers goroutines and measures the run.
// Articles the pipeline rejects (no text) are counted, not fatal.
func throughput(ctx context.Context, p *pipeline.Pipeline, recs []input.Record, st pipeline.Stages, workers int) (RunReport, error) {
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	cpu0, t0 := rusage.ProcessCPU(), time.Now()
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		next   int
		failed int
	)
	for range workers {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(recs) || ctx.Err() != nil {
					return
				}
				if _, err := p.AnalyzeStages(ctx, recs[i], st); err != nil {
					mu.Lock()
					failed++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return RunReport{}, fmt.Errorf("benchrun: %w", err)
	}
	wall, cpu := time.Since(t0), rusage.ProcessCPU()-cpu0
	runtime.ReadMemStats(&m1)
	return RunReport{
		Workers: workers, Failed: failed,
		Timing:     Timing{Wall: seconds(wall), CPU: seconds(cpu)},
		Allocs:     m1.Mallocs - m0.Mallocs,
		AllocBytes: m1.TotalAlloc - m0.TotalAlloc,
		HeapSys:    m1.HeapSys,
		GCCycles:   m1.NumGC - m0.NumGC,
	}, nil
}

func seconds(d time.Duration) float64 { return d.Seconds() }

func stagesName(st pipeline.Stages) string {
	if st == pipeline.StagesSpine {
		return "spine"
	}
	return "all"
}
