package natsq

import (
	"context"
	"encoding/json"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// deadLetters returns the messages of the dead-letter stream: the item
// names with their reasons and attempt counts.
func deadLetters(tb testing.TB, q *Queue) []deadLetter {
	tb.Helper()
	ctx := context.Background()
	s, err := q.js.Stream(ctx, q.cfg.DeadStream)
	if err != nil {
		tb.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	var out []deadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			tb.Fatal(err)
		}
		var it Item
		json.Unmarshal(m.Data, &it)
		out = append(out, deadLetter{Title: it.Title, Reason: m.Header.Get(HeaderReason), Attempts: m.Header.Get(HeaderAttempts)})
	}
	return out
}

type deadLetter struct{ Title, Reason, Attempts string }

func TestPoisonItemGoesToDeadLetter(t *testing.T) {
	q := openTest(t, Config{MaxDeliver: 3, Retry: 10 * time.Millisecond})
	ctx := context.Background()
	good, bad := textItem("Добра новина."), textItem("Отруйна новина.")
	good.Title, bad.Title = "good", "poison"
	for _, it := range []Item{bad, good} {
		if _, err := q.Publish(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	// A message that is not an item at all goes to the dead letters at once.
	if _, err := q.js.Publish(ctx, q.cfg.Subject, []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	var tries atomic.Int32
	h := func(ctx context.Context, it Item) error {
		if it.Title == "poison" {
			tries.Add(1)
			return errors.New("analyse: cannot parse")
		}
		return nil
	}
	var got outcomes
	stop := consume(t, q, 2, h, got.add)
	waitFor(t, "two dead letters", 20*time.Second, func() bool { return got.count(func(o Outcome) bool { return o.Dead }) == 2 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	want := []deadLetter{
		{Title: "", Reason: "decode item: invalid character 'n' looking for beginning of object key string", Attempts: "1"},
		{Title: "poison", Reason: "analyse: cannot parse", Attempts: "3"},
	}
	have := deadLetters(t, q)
	if len(have) == 2 && have[0].Title == "poison" {
		have[0], have[1] = have[1], have[0]
	}
	if !equal(have, want) {
		t.Errorf("dead letters:\n got %+v\nwant %+v", have, want)
	}
	if n := tries.Load(); n != 3 {
		t.Errorf("poison item tried %d times, want 3", n)
	}
	if n, err := q.Pending(ctx); err != nil || n != 0 {
		t.Errorf("Pending = %d, %v; want 0", n, err)
	}
}

func TestShutdownFinishesInFlightWork(t *testing.T) {
	q := openTest(t, Config{})
	ctx := context.Background()
	if _, err := q.Publish(ctx, textItem("Повільна новина.")); err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	var finished atomic.Bool
	h := func(ctx context.Context, it Item) error {
		close(started)
		<-release
		if ctx.Err() != nil {
			return ctx.Err()
		}
		finished.Store(true)
		return nil
	}
	var got outcomes
	stop := consume(t, q, 2, h, got.add)
	<-started
	done := make(chan error, 1)
	go func() { done <- stop() }()
	select {
	case err := <-done:
		t.Fatalf("Consume returned (%v) with work in flight", err)
	case <-time.After(300 * time.Millisecond):
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !finished.Load() {
		t.Error("in-flight item did not finish")
	}
	if n := got.count(func(o Outcome) bool { return o.Err == nil }); n != 1 {
		t.Errorf("%d items acked, want 1", n)
	}
	if n, err := q.Pending(ctx); err != nil || n != 0 {
		t.Errorf("Pending = %d, %v; want 0 (the in-flight item acked)", n, err)
	}
}
