package ingest

import (
	"context"
	"fmt"
	"sync"

	"github.com/litopys/litopys"
)

// Reanalysis brings stored documents up to the analysers of Version: every
// document another version made (every document, with All) is analysed
// again from its stored clean text and replaced, Batch to a transaction
// (Replace: a document that cannot be replaced fails alone), Workers
// analyses at a time. An interrupted run resumes where it stopped, since
// finished documents are no longer stale.
type Reanalysis struct {
	Store litopys.Store // a litopys.Reanalyzer too
	// Analyze analyses a stored document again ((*pipeline.Pipeline).Reanalyze).
	Analyze func(ctx context.Context, old *litopys.Document) (*litopys.Document, error)
	Version string
	All     bool
	Batch   int
	Workers int
	// Failed, when set, is told of each document that failed and why.
	Failed func(id string, err error)
	// Progress, when set, is told after each batch of the documents done
	// and failed so far.
	Progress func(done, failed int)
}

// Reanalyzed counts the outcomes of a Reanalysis.
type Reanalyzed struct {
	Reanalyzed int
	Failed     int
}

// Run reanalyses until no stale document is left. Its error is the
// store's (listing, or ctx ending), not a document's.
func (r Reanalysis) Run(ctx context.Context) (Reanalyzed, error) {
	var tot Reanalyzed
	re, ok := r.Store.(litopys.Reanalyzer)
	if !ok {
		return tot, litopys.Errorf(litopys.EUNSUPPORTED, "this store cannot replace documents")
	}
	// All lists documents whose analyser is not "", i.e. every one.
	want := r.Version
	if r.All {
		want = ""
	}
	fail := func(id string, err error) {
		tot.Failed++
		if r.Failed != nil {
			r.Failed(id, err)
		}
	}
	after := ""
	for {
		ids, err := re.Stale(ctx, want, after, max(r.Batch, 1))
		if err != nil {
			return tot, err
		}
		if len(ids) == 0 {
			return tot, nil
		}
		after = ids[len(ids)-1]
		docs, errs := r.analyze(ctx, ids)
		if err := ctx.Err(); err != nil {
			return tot, err
		}
		var ok []*litopys.Document
		for i, d := range docs {
			if errs[i] != nil {
				fail(ids[i], errs[i])
				continue
			}
			ok = append(ok, d)
		}
		res, err := Replace(ctx, re, r.Version, ok)
		if err != nil {
			return tot, fmt.Errorf("reanalyze: %w", err)
		}
		for i, x := range res {
			if x.Err != nil {
				fail(ok[i].ID, x.Err)
				continue
			}
			tot.Reanalyzed++
		}
		if r.Progress != nil {
			r.Progress(tot.Reanalyzed+tot.Failed, tot.Failed)
		}
	}
}

// analyze reads and analyses the documents with ids on r.Workers
// goroutines, returning the new analyses and the errors in the order of
// ids.
func (r Reanalysis) analyze(ctx context.Context, ids []string) ([]*litopys.Document, []error) {
	out := make([]*litopys.Document, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(max(r.Workers, 1), len(ids)) {
		wg.Go(func() {
			for i := range next {
				old, err := r.Store.Document(ctx, ids[i])
				if err == nil {
					out[i], err = r.Analyze(ctx, old)
				}
				errs[i] = err
			}
		})
	}
	for i := range ids {
		next <- i
	}
	close(next)
	wg.Wait()
	return out, errs
}
