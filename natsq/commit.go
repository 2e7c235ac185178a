package natsq

import (
	"context"
	"sync"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
)

// committer writes the documents of concurrent handlers in shared
// transactions (group commit): the first handler to arrive while no write
// is under way becomes the leader, waits up to wait for others to join,
// and writes everything pending in batches of at most max documents until
// nothing is left. One transaction per batch instead of one per document
// means far fewer index rows (postings are one row per term and batch) and
// commits; the price is at most wait of latency.
type committer struct {
	store   litopys.Store
	version string
	max     int
	wait    time.Duration

	mu      sync.Mutex
	pending []*commitReq
	writing bool
	full    chan struct{} // a batch is full: the leader need not wait
}

type commitReq struct {
	doc   *litopys.Document
	added bool
	took  time.Duration
	err   error
	done  chan struct{}
}

// put stores doc, possibly together with other handlers' documents, and
// reports whether it was added and how long its transaction took.
func (c *committer) put(ctx context.Context, doc *litopys.Document) (bool, time.Duration, error) {
	r := &commitReq{doc: doc, done: make(chan struct{})}
	c.mu.Lock()
	c.pending = append(c.pending, r)
	lead := !c.writing
	c.writing = true
	if len(c.pending) >= c.max {
		select {
		case c.full <- struct{}{}:
		default:
		}
	}
	c.mu.Unlock()
	if lead {
		c.lead(ctx)
	}
	<-r.done
	return r.added, r.took, r.err
}

// lead gathers for c.wait, then writes until nothing is pending.
func (c *committer) lead(ctx context.Context) {
	if c.wait > 0 {
		t := time.NewTimer(c.wait)
		select {
		case <-t.C:
		case <-c.full:
		}
		t.Stop()
	}
	for {
		c.mu.Lock()
		n := min(len(c.pending), c.max)
		if n == 0 {
			c.writing = false
			c.mu.Unlock()
			return
		}
		batch := c.pending[:n:n]
		c.pending = c.pending[n:]
		c.mu.Unlock()
		c.write(ctx, batch)
	}
}

// write puts a batch in one transaction, each document on its own when
// that fails (ingest.Commit).
func (c *committer) write(ctx context.Context, batch []*commitReq) {
	docs := make([]*litopys.Document, len(batch))
	for i, r := range batch {
		docs[i] = r.doc
	}
	res, err := ingest.Commit(ctx, c.store, c.version, docs)
	for i, r := range batch {
		r.added, r.err, r.took = res[i].Added, res[i].Err, res[i].Took
		if err != nil {
			r.err = err
		}
		close(r.done)
	}
}
