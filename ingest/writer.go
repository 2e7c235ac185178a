package ingest

import (
	"cmp"
	"context"
	"fmt"
	"time"

	"github.com/litopys/litopys"
)

// Defaults of a Writer's batching: documents are stored up to BatchSize to
// a transaction, and no later than BatchDelay after the first of them.
// A batch of 512 costs ≈ 1 ms of store CPU per 12 KB article less than
// one of 128 (a term common to the batch is one postings row, a hot page is
// written once, the registry clusters a neighbourhood once) and holds
// ≈ 0.2 MB per analysed article until it is stored: ≈ 100 MB more at most
// (docs/EVAL.md, "the batch size"). BatchDelay bounds how long a document
// waits to be visible whatever the size.
const (
	BatchSize  = 512
	BatchDelay = 2 * time.Second
)

// Statuses of an input's Outcome.
const (
	Added     = "added"
	Unchanged = "unchanged" // stored before: the same content, the same id
	Skipped   = "skipped"   // not an article (EUNSUPPORTED): not a failure
	Failed    = "failed"
)

// Outcome is what became of one input.
type Outcome struct {
	Source string
	ID     string // the document's, when it was analysed
	Status string // Added, Unchanged, Skipped or Failed
	Err    error  // why it was skipped or failed
}

// Totals counts the outcomes of an ingest. Skipped inputs are not articles
// (files of kinds not read from folders, rows without text) and are not
// failures.
type Totals struct {
	Added     int `json:"added"`
	Unchanged int `json:"unchanged"`
	Skipped   int `json:"skipped"`
	Failed    int `json:"failed"`
}

// Count adds one outcome.
func (t *Totals) Count(o Outcome) {
	switch o.Status {
	case Added:
		t.Added++
	case Unchanged:
		t.Unchanged++
	case Skipped:
		t.Skipped++
	default:
		t.Failed++
	}
}

// Done is the number of inputs counted.
func (t Totals) Done() int { return t.Added + t.Unchanged + t.Skipped + t.Failed }

// String is the totals for people: "3 added, 0 unchanged, 2 skipped, 1 failed".
func (t Totals) String() string {
	return fmt.Sprintf("%d added, %d unchanged, %d skipped, %d failed", t.Added, t.Unchanged, t.Skipped, t.Failed)
}

// Writer stores analysed inputs in batches (Commit) and reports each
// input's outcome in input order, failed analyses included.
type Writer struct {
	Store   litopys.Store
	Version string // of the analysers, stored with each document
	// Size is the most documents to a transaction (0: BatchSize); Delay
	// the longest the first of them waits for the others (0: BatchDelay).
	Size  int
	Delay time.Duration
	// Report, when set, is told of each outcome after Totals counted it;
	// its error stops the Writer.
	Report func(Outcome) error
	// Totals counts the outcomes reported so far.
	Totals Totals

	pending []Analyzed
	docs    int
	since   time.Time
}

// Add takes the next input's analysis and stores the pending ones when
// they fill a batch or the first of them waited long enough. Its error is
// ctx's or Report's.
func (w *Writer) Add(ctx context.Context, a Analyzed) error {
	if len(w.pending) == 0 {
		w.since = time.Now()
	}
	w.pending = append(w.pending, a)
	if a.Err == nil {
		w.docs++
	}
	if w.docs >= cmp.Or(w.Size, BatchSize) || time.Since(w.since) >= cmp.Or(w.Delay, BatchDelay) {
		return w.Flush(ctx)
	}
	return nil
}

// Flush stores the pending documents and reports the pending outcomes.
func (w *Writer) Flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	var docs []*litopys.Document
	for _, a := range w.pending {
		if a.Err == nil {
			docs = append(docs, a.Doc)
		}
	}
	res, err := Commit(ctx, w.Store, w.Version, docs)
	if err != nil {
		return err
	}
	k := 0
	for _, a := range w.pending {
		o := Outcome{Source: a.Source, Err: a.Err}
		if a.Err == nil {
			o.ID, o.Err = a.Doc.ID, res[k].Err
			o.Status = Unchanged
			if res[k].Added {
				o.Status = Added
			}
			k++
		}
		switch {
		case litopys.ErrorCode(o.Err) == litopys.EUNSUPPORTED:
			o.Status = Skipped
		case o.Err != nil:
			o.Status = Failed
		}
		w.Totals.Count(o)
		if w.Report != nil {
			if err := w.Report(o); err != nil {
				return err
			}
		}
	}
	w.pending, w.docs = w.pending[:0], 0
	return nil
}
