package natsq

import (
	"context"
	"fmt"
	"iter"
	"sync"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/input"
)

// Worker is the Handler of a "litopys worker": it analyses an item and puts
// the document into the store. Putting is idempotent by document ID, so an
// item delivered twice (a worker died before its ack) is stored once.
type Worker struct {
	Analyzer ingest.Analyzer
	Store    litopys.Store
	// Version names the analysers (pipeline.Version).
	Version string
	// Fetch downloads the articles of a URL or feed item. Nil refuses such
	// items with an EUNSUPPORTED error.
	Fetch func(ctx context.Context, it Item) iter.Seq[input.Record]
	// Stored, when set, is told of each document the store took: whether
	// it was added (false: it was stored before) and how long putting it
	// took. ctx is the Handler's (see QueuedAt).
	Stored func(ctx context.Context, doc *litopys.Document, added bool, took time.Duration)
	// Analyses bounds the analyses run at once (0: no bound beyond the
	// handlers'); with more handlers than analyses, the others wait for
	// the store, where their documents share transactions.
	Analyses int
	// Batch is the most documents written in one transaction (0 or 1: a
	// transaction each); BatchWait is how long the first of them waits
	// for others (see committer).
	Batch     int
	BatchWait time.Duration

	once   sync.Once
	slots  chan struct{}
	commit *committer
}

func (w *Worker) init() {
	w.once.Do(func() {
		if w.Analyses > 0 {
			w.slots = make(chan struct{}, w.Analyses)
		}
		if w.Batch > 1 {
			w.commit = &committer{store: w.Store, version: w.Version, max: w.Batch, wait: w.BatchWait, full: make(chan struct{}, 1)}
		}
	})
}

// Handle is a Handler.
func (w *Worker) Handle(ctx context.Context, it Item) error {
	if it.Kind == KindDocument {
		return w.put(ctx, it.Record())
	}
	if w.Fetch == nil {
		return litopys.Errorf(litopys.EUNSUPPORTED, "%s items are not handled here", it.Kind)
	}
	for rec := range w.Fetch(ctx, it) {
		if err := w.put(ctx, rec); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// put analyses and stores one record. Its errors carry the stage that
// failed (see FailedStage).
func (w *Worker) put(ctx context.Context, rec input.Record) error {
	if rec.Err != nil {
		return atStage(StageFetch, fmt.Errorf("read %s: %w", rec.Source, rec.Err))
	}
	w.init()
	if w.slots != nil {
		select {
		case w.slots <- struct{}{}:
		case <-ctx.Done():
			return atStage(StageAnalyse, ctx.Err())
		}
	}
	doc, err := w.Analyzer.Analyze(ctx, rec)
	if w.slots != nil {
		<-w.slots
	}
	if err != nil {
		return atStage(StageAnalyse, fmt.Errorf("analyse %s: %w", rec.Source, err))
	}
	var added bool
	var took time.Duration
	if w.commit != nil {
		added, took, err = w.commit.put(ctx, doc)
	} else {
		start := time.Now()
		added, err = w.Store.PutDocument(ctx, doc, w.Version)
		took = time.Since(start)
	}
	if err != nil {
		return atStage(StageStore, fmt.Errorf("store %s: %w", rec.Source, err))
	}
	if w.Stored != nil {
		w.Stored(ctx, doc, added, took)
	}
	return nil
}
