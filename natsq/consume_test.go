package natsq

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/sqlite"
)

// consume runs q.Consume in the background; the returned stop cancels it and
// waits for it to return, giving its error.
func consume(tb testing.TB, q *Queue, n int, h Handler, report func(Outcome)) (stop func() error) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Consume(ctx, n, h, report) }()
	stopped := false
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(20 * time.Second):
			tb.Fatal("Consume did not return after its context was cancelled")
			return nil
		}
	}
	tb.Cleanup(func() { stop() })
	return stop
}

// outcomes collects what Consume reports.
type outcomes struct {
	mu  sync.Mutex
	all []Outcome
}

func (o *outcomes) add(x Outcome) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.all = append(o.all, x)
}

func (o *outcomes) count(f func(Outcome) bool) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := 0
	for _, x := range o.all {
		if f(x) {
			n++
		}
	}
	return n
}

func TestWorkerStoresEachItemOnce(t *testing.T) {
	q := openTest(t, Config{Retry: 10 * time.Millisecond})
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "litopys.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 24
	for i := range n {
		it := textItem(fmt.Sprintf("Новина %d. Міністр закордонних справ України Дмитро Кулеба %d березня 2024 року зустрівся у Києві з послом Японії.", i, i%28+1))
		it.Title = fmt.Sprintf("Новина %d", i)
		for range 2 { // the second is a duplicate
			if _, err := q.Publish(ctx, it); err != nil {
				t.Fatal(err)
			}
		}
	}
	w := &Worker{Analyzer: p, Store: db, Version: pipeline.Version}
	// Every third item fails once after it was stored, as when a worker
	// dies before its ack: redelivery must not store it twice.
	var mu sync.Mutex
	failed := map[string]bool{}
	h := func(ctx context.Context, it Item) error {
		if err := w.Handle(ctx, it); err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		var i int
		fmt.Sscanf(it.Title, "Новина %d", &i)
		if i%3 == 0 && !failed[it.Title] {
			failed[it.Title] = true
			return errors.New("lost ack")
		}
		return nil
	}
	var got outcomes
	stop := consume(t, q, 4, h, got.add)
	waitFor(t, "all items acked", 60*time.Second, func() bool { return got.count(func(o Outcome) bool { return o.Err == nil }) >= n })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	stored, err := db.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pending, err := q.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	type summary struct{ Stored, Pending, Acked, Retried, Dead int }
	want := summary{Stored: n, Acked: n, Retried: n / 3}
	have := summary{
		Stored: stored, Pending: int(pending),
		Acked:   got.count(func(o Outcome) bool { return o.Err == nil }),
		Retried: got.count(func(o Outcome) bool { return o.Err != nil && !o.Dead }),
		Dead:    got.count(func(o Outcome) bool { return o.Dead }),
	}
	if have != want {
		t.Errorf("got %+v, want %+v", have, want)
	}
}
