package pipeline

import (
	"context"
	"errors"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// DefaultBudget is the time one document's analysis may take by default
// (litopys analyze and ingest --doc-timeout).
const DefaultBudget = 30 * time.Second

// Budgeted is a Pipeline whose Analyze gives each document a time budget
// (AnalyzeWithin), for callers that take any analyser (the queue worker).
type Budgeted struct {
	*Pipeline
	Budget time.Duration
}

// Analyze analyses rec within the budget.
func (b Budgeted) Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error) {
	return b.AnalyzeWithin(ctx, rec, b.Budget)
}

// AnalyzeWithin is Analyze with a time budget: when the budget is spent
// the document fails with an ETOOLARGE error saying so, and when ctx is
// done (an interrupt) its error is returned at once. Either way the call
// returns without waiting for the stage in progress, which stops at the
// next stage boundary on its own; a batch goes on with the next document.
// A budget of zero or less means none.
func (p *Pipeline) AnalyzeWithin(ctx context.Context, rec input.Record, budget time.Duration) (*litopys.Document, error) {
	actx, cancel := context.WithCancel(ctx)
	if budget > 0 {
		actx, cancel = context.WithTimeout(ctx, budget)
	}
	type result struct {
		doc *litopys.Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := p.Analyze(actx, rec)
		done <- result{doc, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-actx.Done():
		select { // it may have finished just in time
		case r = <-done:
		default:
		}
	}
	cancel()
	if r.err == nil && r.doc != nil {
		return r.doc, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if r.err != nil && !errors.Is(r.err, context.DeadlineExceeded) {
		return nil, r.err
	}
	return nil, litopys.Errorf(litopys.ETOOLARGE, "analysis stopped after %v (the time budget of one document): too large or too complex", budget)
}
