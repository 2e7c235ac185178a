package natsq

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest/ingesttest"
)

func TestCommitterGroups(t *testing.T) {
	st := ingesttest.NewStore()
	c := &committer{store: st, version: "v", max: 8, wait: 50 * time.Millisecond, full: make(chan struct{}, 1)}
	var wg sync.WaitGroup
	errs := make([]error, 20)
	added := make([]bool, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := &litopys.Document{ID: fmt.Sprint("d", i%18)} // two documents twice
			if i == 7 {
				d.Title = "bad"
			}
			added[i], _, errs[i] = c.put(context.Background(), d)
		}()
	}
	wg.Wait()
	nAdded := 0
	for i, err := range errs {
		if (err != nil) != (i == 7) {
			t.Errorf("put %d: %v", i, err)
		}
		if added[i] {
			nAdded++
		}
	}
	if nAdded != 17 {
		t.Errorf("%d added, want 17 (18 ids, one bad)", nAdded)
	}
	grouped := 0
	for _, n := range st.Batches {
		if n > c.max {
			t.Errorf("a batch of %d documents, max %d", n, c.max)
		}
		if n > 1 {
			grouped++
		}
	}
	if grouped == 0 {
		t.Errorf("no batch of more than one document: %v", st.Batches)
	}
	if c.writing || len(c.pending) != 0 {
		t.Error("the committer did not settle")
	}
}
