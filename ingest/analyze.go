package ingest

import (
	"context"
	"iter"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// Analyzer turns an input record into an analysed document;
// *pipeline.Pipeline and pipeline.Budgeted are ones. (It lives here and not
// in the root package because its argument is an input.Record.)
type Analyzer interface {
	Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error)
}

// Analyzed is the outcome of one input: a document or the error that
// stopped it.
type Analyzed struct {
	Source string
	Doc    *litopys.Document
	Err    error
}

// AnalyzeAll analyses recs on n goroutines and yields the outcomes in input
// order. Give a a time budget (pipeline.Budgeted) to bound one document's
// time; a record that carries an error is a's to fail (the pipeline
// returns it).
func AnalyzeAll(ctx context.Context, a Analyzer, recs iter.Seq[input.Record], n int) iter.Seq[Analyzed] {
	return func(yield func(Analyzed) bool) {
		if n < 1 {
			n = 1
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		pending := make(chan chan Analyzed, n)
		go func() {
			defer close(pending)
			sem := make(chan struct{}, n)
			for rec := range recs {
				out := make(chan Analyzed, 1)
				select {
				case pending <- out:
				case <-ctx.Done():
					return
				}
				sem <- struct{}{}
				go func() {
					defer func() { <-sem }()
					doc, err := a.Analyze(ctx, rec)
					out <- Analyzed{Source: rec.Source, Doc: doc, Err: err}
				}()
			}
		}()
		for out := range pending {
			if !yield(<-out) {
				return
			}
		}
	}
}
