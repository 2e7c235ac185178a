package natsq

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"
)

// testURL returns the NATS server the tests run against, skipping the test
// when LITOPYS_TEST_NATS is unset — unless CI=true and
// LITOPYS_REQUIRE_NATS=1, when a missing server is a failure.
func testURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("LITOPYS_TEST_NATS")
	if u == "" {
		if os.Getenv("CI") == "true" && os.Getenv("LITOPYS_REQUIRE_NATS") == "1" {
			tb.Fatal("LITOPYS_TEST_NATS is not set (run .ci/nats.sh)")
		}
		tb.Skip("LITOPYS_TEST_NATS is not set (eval \"$(.ci/nats.sh)\" to run against a real server)")
	}
	return u
}

// openTest opens a queue with streams of its own, deleted when the test ends.
func openTest(tb testing.TB, cfg Config) *Queue {
	tb.Helper()
	u := testURL(tb)
	b := make([]byte, 4)
	rand.Read(b)
	tag := "T" + hex.EncodeToString(b)
	cfg.Stream, cfg.Subject = tag+"_WORK", "test."+tag+".work"
	cfg.DeadStream, cfg.DeadSubject = tag+"_DEAD", "test."+tag+".dead"
	cfg.Consumer = tag + "-worker"
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := Open(ctx, u, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		q.js.DeleteStream(ctx, q.cfg.Stream)
		q.js.DeleteStream(ctx, q.cfg.DeadStream)
		q.Close()
	})
	return q
}

// waitFor polls cond until it holds or the time is up.
func waitFor(tb testing.TB, what string, d time.Duration, cond func() bool) {
	tb.Helper()
	for end := time.Now().Add(d); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(end) {
			tb.Fatalf("timed out after %v waiting for %s", d, what)
		}
	}
}

func textItem(text string) Item {
	return Item{Kind: KindDocument, Text: text}
}

func TestPublishTwiceStoresOnce(t *testing.T) {
	q := openTest(t, Config{})
	ctx := context.Background()
	a, b := textItem("Перша новина дня."), textItem("Друга новина дня.")
	var got []bool
	for _, it := range []Item{a, a, b, a} {
		added, err := q.Publish(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, added)
	}
	if want := []bool{true, false, true, false}; !equal(got, want) {
		t.Errorf("added = %v, want %v", got, want)
	}
	n, err := q.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("Pending = %d, want 2", n)
	}
}

func TestPublishRefusesInvalid(t *testing.T) {
	q := openTest(t, Config{})
	for _, it := range []Item{{Kind: KindDocument}, {Kind: "video", URL: "https://x"}, {Kind: KindURL}} {
		if _, err := q.Publish(context.Background(), it); err == nil {
			t.Errorf("Publish(%+v) = nil error", it)
		} else if !strings.Contains(err.Error(), "item") {
			t.Errorf("Publish(%+v) = %v", it, err)
		}
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
