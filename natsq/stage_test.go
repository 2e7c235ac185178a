package natsq

import (
	"context"
	"errors"
	"iter"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/sqlite"
)

// failingAnalyzer fails on a record titled "bad", else returns a bare
// document with the record's ID.
type failingAnalyzer struct{}

func (failingAnalyzer) Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error) {
	if rec.Title == "bad" {
		return nil, errors.New("cannot analyse")
	}
	return &litopys.Document{ID: rec.ID, Text: rec.Body, Sentences: []litopys.Sentence{}, Tokens: []litopys.Token{}}, nil
}

func TestWorkerStages(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "litopys.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	type stored struct {
		ID    string
		Added bool
	}
	var got []stored
	w := &Worker{Analyzer: failingAnalyzer{}, Store: db, Version: "test",
		Fetch: func(ctx context.Context, it Item) iter.Seq[input.Record] {
			return func(yield func(input.Record) bool) {
				yield(input.Record{Source: it.URL, Err: litopys.Errorf(litopys.EINVALID, "HTTP 404")})
			}
		},
		Stored: func(ctx context.Context, doc *litopys.Document, added bool, took time.Duration) {
			if took <= 0 {
				t.Errorf("store of %s took %v", doc.ID, took)
			}
			got = append(got, stored{doc.ID, added})
		},
	}
	good := Item{Kind: KindDocument, ID: "d1", Text: "Текст."}
	bad := Item{Kind: KindDocument, ID: "d2", Title: "bad", Text: "Текст."}
	page := Item{Kind: KindURL, URL: "https://e.ua/1"}
	var stages []string
	for _, it := range []Item{good, good, bad, page} {
		stages = append(stages, FailedStage(w.Handle(ctx, it)))
	}
	db.Close()
	stages = append(stages, FailedStage(w.Handle(ctx, Item{Kind: KindDocument, ID: "d3", Text: "Текст."})))

	if want := []string{"", "", StageAnalyse, StageFetch, StageStore}; !reflect.DeepEqual(stages, want) {
		t.Errorf("stages %q, want %q", stages, want)
	}
	if want := []stored{{"d1", true}, {"d1", false}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Stored told %v, want %v", got, want)
	}
	if s := FailedStage(errors.New("other")); s != "" {
		t.Errorf("FailedStage of a foreign error = %q", s)
	}
}

func TestLagAndQueuedAt(t *testing.T) {
	q := openTest(t, Config{})
	ctx := context.Background()
	if _, err := q.Lag(ctx); err == nil {
		t.Error("Lag before any consumer exists: nil error")
	}
	if !q.Connected() {
		t.Error("Connected() = false on an open queue")
	}
	before := time.Now()
	const n = 3
	for _, s := range []string{"Перша.", "Друга.", "Третя."} {
		if _, err := q.Publish(ctx, textItem(s)); err != nil {
			t.Fatal(err)
		}
	}
	after := time.Now()

	var mu sync.Mutex
	queued := map[string]time.Time{}
	release := make(chan struct{})
	h := func(ctx context.Context, it Item) error {
		at, ok := QueuedAt(ctx)
		mu.Lock()
		if ok {
			queued[it.Key()] = at
		}
		mu.Unlock()
		<-release
		return nil
	}
	var got outcomes
	stop := consume(t, q, 2, h, got.add)
	waitFor(t, "two items in flight", 10*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(queued) == 2
	})
	// One waits for delivery, two are delivered and not acked.
	waitFor(t, "a lag of 3", 10*time.Second, func() bool { l, err := q.Lag(ctx); return err == nil && l == n })
	close(release)
	waitFor(t, "all items acked", 20*time.Second, func() bool { return got.count(func(o Outcome) bool { return o.Err == nil }) == n })
	waitFor(t, "a lag of 0", 10*time.Second, func() bool { l, err := q.Lag(ctx); return err == nil && l == 0 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	// The server's clock is this machine's: allow it a little slack.
	slack := time.Second
	mu.Lock()
	defer mu.Unlock()
	for _, o := range got.all {
		at, ok := queued[o.Item.Key()]
		switch {
		case !ok:
			t.Errorf("%s: no QueuedAt in the handler's context", o.Item.Name())
		case !at.Equal(o.Queued):
			t.Errorf("%s: QueuedAt %v, Outcome.Queued %v", o.Item.Name(), at, o.Queued)
		case at.Before(before.Add(-slack)) || at.After(after.Add(slack)):
			t.Errorf("%s: queued at %v, published between %v and %v", o.Item.Name(), at, before, after)
		}
	}
	if _, ok := QueuedAt(ctx); ok {
		t.Error("QueuedAt outside a handler reports a time")
	}
}
