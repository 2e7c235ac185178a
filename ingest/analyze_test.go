package ingest

import (
	"context"
	"fmt"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// slowAnalyzer takes longer over earlier records, so that they finish out
// of order, and counts how many run at once.
type slowAnalyzer struct{ running, most atomic.Int32 }

func (a *slowAnalyzer) Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error) {
	n := a.running.Add(1)
	defer a.running.Add(-1)
	for m := a.most.Load(); n > m && !a.most.CompareAndSwap(m, n); m = a.most.Load() {
	}
	if rec.Err != nil {
		return nil, rec.Err
	}
	i, _ := strconv.Atoi(rec.Source)
	time.Sleep(time.Duration(10-i) * time.Millisecond)
	return &litopys.Document{ID: rec.Source}, nil
}

// TestAnalyzeAllInOrder: outcomes come in input order, failures included,
// with at most n analyses at once.
func TestAnalyzeAllInOrder(t *testing.T) {
	recs := func(yield func(input.Record) bool) {
		for i := range 10 {
			rec := input.Record{Source: strconv.Itoa(i)}
			if i == 4 {
				rec.Err = fmt.Errorf("unreadable")
			}
			if !yield(rec) {
				return
			}
		}
	}
	a := &slowAnalyzer{}
	i := 0
	for out := range AnalyzeAll(context.Background(), a, recs, 3) {
		if out.Source != strconv.Itoa(i) || (out.Err != nil) != (i == 4) || (out.Err == nil && out.Doc.ID != out.Source) {
			t.Errorf("outcome %d: %+v", i, out)
		}
		i++
	}
	if i != 10 {
		t.Errorf("%d outcomes, want 10", i)
	}
	if m := a.most.Load(); m > 3 {
		t.Errorf("%d analyses at once, want at most 3", m)
	}
}
