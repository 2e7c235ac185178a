package benchrun

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/internal/rusage"
	"github.com/litopys/litopys/pipeline"
)

// scale is the second phase: copies of the cached articles are written
// until the store holds each size of o.Sizes, where it is weighed (growth
// since size0) and the query set is timed. Copies are made a batch at a
// time from the cache stream, so memory stays flat at any size.
func scale(ctx context.Context, t *target, cache string, o StoreOptions, queries []StoreQuery, size0 int64) ([]Checkpoint, error) {
	docs, err := t.Count(ctx)
	if err != nil {
		return nil, err
	}
	cp := &copier{path: cache}
	defer cp.close()
	var out []Checkpoint
	for _, size := range o.Sizes {
		if docs >= size && len(out) > 0 && out[len(out)-1].Docs == docs {
			continue // measured already
		}
		var c Checkpoint
		var cpu, wall time.Duration
		for docs < size {
			batch, err := cp.next(min(o.Batch, size-docs))
			if err != nil {
				return nil, err
			}
			c0, w0 := rusage.ProcessCPU(), time.Now()
			res, err := ingest.Commit(ctx, t, pipeline.Version, batch)
			cpu += rusage.ProcessCPU() - c0
			wall += time.Since(w0)
			if err != nil {
				return nil, fmt.Errorf("bench store: put copies: %w", err)
			}
			n := 0
			for _, r := range res {
				if r.Err != nil {
					return nil, fmt.Errorf("bench store: put copies: %w", r.Err)
				}
				if r.Added {
					n++
				}
			}
			if n == 0 {
				return nil, fmt.Errorf("bench store: none of %d copies (from %s) was added: the store already held them", len(batch), batch[0].ID)
			}
			progress(o.Progress, "phase 2", docs, docs+n)
			docs += n
			c.Copies += n
		}
		if c.Docs, err = t.Count(ctx); err != nil {
			return nil, err
		}
		docs = c.Docs
		c.Write = Timing{Wall: seconds(wall), CPU: seconds(cpu)}
		if c.Write.Wall > 0 {
			c.DocsPerSec = float64(c.Copies) / c.Write.Wall
		}
		if c.Write.CPU > 0 {
			c.DocsPerCPUSec = float64(c.Copies) / c.Write.CPU
		}
		bytes, err := t.size(ctx)
		if err != nil {
			return nil, err
		}
		c.Bytes = bytes - size0
		c.BytesPerDoc = float64(c.Bytes) / float64(max(1, c.Docs))
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		c.HeapInuse = ms.HeapInuse
		o.Progress(fmt.Sprintf("phase 2: %d documents stored; timing %d queries", c.Docs, len(queries)))
		if c.Search, err = searchLatency(ctx, t, queries); err != nil {
			return nil, err
		}
		o.Progress(fmt.Sprintf("checkpoint %d: copies %.1f docs/s wall, %.1f per CPU-s; %.1f kB/doc; search p50 %.1f ms, p95 %.1f, p99 %.1f, max %.1f",
			c.Docs, c.DocsPerSec, c.DocsPerCPUSec, c.BytesPerDoc/1e3, c.Search.P50, c.Search.P95, c.Search.P99, c.Search.Max))
		out = append(out, c)
	}
	return out, nil
}

// copier makes copies of the cached documents: the k-th pass over the
// cache gives copy k of every article (see CopiesNote).
type copier struct {
	path string
	r    *cacheReader
	k    int
	read int // documents read in this pass
}

// next returns the next n copies.
func (c *copier) next(n int) ([]*litopys.Document, error) {
	batch := make([]*litopys.Document, 0, n)
	for len(batch) < n {
		if c.r == nil {
			r, err := openCache(c.path)
			if err != nil {
				return nil, err
			}
			c.r, c.k, c.read = r, c.k+1, 0
		}
		d, err := c.r.next()
		if errors.Is(err, io.EOF) {
			if c.read == 0 {
				return nil, fmt.Errorf("bench store: cache %s holds no documents to copy", c.path)
			}
			c.close()
			continue
		}
		if err != nil {
			return nil, err
		}
		c.read++
		batch = append(batch, copyOf(d, c.k))
	}
	return batch, nil
}

func (c *copier) close() {
	if c.r != nil {
		c.r.close()
		c.r = nil
	}
}

// copyOf turns d into its k-th copy: its own ID and URL, its date moved by
// k weeks, the same text and layers.
func copyOf(d *litopys.Document, k int) *litopys.Document {
	suffix := "~" + strconv.Itoa(k)
	d.ID += suffix
	if d.URL != "" {
		d.URL += suffix
	}
	d.Published = shiftDate(d.Published, 7*k)
	return d
}

// shiftDate moves d by days, keeping its precision; an unknown date stays
// unknown.
func shiftDate(d litopys.Date, days int) litopys.Date {
	if d.IsZero() {
		return d
	}
	s := litopys.DateOf(d.Time().AddDate(0, 0, days))
	switch d.Precision {
	case litopys.PrecisionYear:
		return litopys.Date{Year: s.Year, Precision: litopys.PrecisionYear}
	case litopys.PrecisionMonth:
		return litopys.Date{Year: s.Year, Month: s.Month, Precision: litopys.PrecisionMonth}
	}
	return s
}

// searchLatency runs the queries once untimed (caches, prepared
// statements, the query analyser), then once more timing each.
func searchLatency(ctx context.Context, s litopys.Store, queries []StoreQuery) (Latency, error) {
	for _, q := range queries {
		if _, err := s.Search(ctx, q.Query); err != nil {
			return Latency{}, fmt.Errorf("bench store: search %s: %w", q.describe(), err)
		}
	}
	took := make([]time.Duration, len(queries))
	totals := make([]int, len(queries))
	l := Latency{Queries: len(queries)}
	for i, q := range queries {
		t0 := time.Now()
		res, err := s.Search(ctx, q.Query)
		took[i] = time.Since(t0)
		if err != nil {
			return Latency{}, fmt.Errorf("bench store: search %s: %w", q.describe(), err)
		}
		totals[i] = res.Total
		if res.Total == 0 {
			l.NoHits++
		}
	}
	slices.Sort(took)
	slices.Sort(totals)
	ms := func(p float64) float64 {
		i := max(0, int(math.Ceil(p*float64(len(took))))-1)
		return float64(took[i].Microseconds()) / 1000
	}
	l.P50, l.P95, l.P99, l.Max = ms(0.50), ms(0.95), ms(0.99), ms(1)
	l.MedianTotal = totals[len(totals)/2]
	return l, nil
}
