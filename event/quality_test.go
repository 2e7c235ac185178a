package event_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/internal/evalrun"
	"github.com/litopys/litopys/pipeline"
)

// The events gold (eval/testdata/events) is split once, before tuning:
// the odd-numbered articles (ru01, ru03 … uk09) are the ones whose errors
// were read while the extractor was improved; the even-numbered ones are
// held out and their score is the out-of-sample figure.
const (
	tuneDocs    = "ru0[13579]*,uk0[13579]*"
	heldOutDocs = "ru0[2468]*,ru10*,uk0[2468]*,uk10*"
)

// qualityFloor is a figure of "litopys eval timeline" and the least it may
// be.
type qualityFloor struct {
	name      string
	got, want float64
}

func checkFloors(t *testing.T, floors []qualityFloor) {
	t.Helper()
	for _, f := range floors {
		t.Logf("%-40s %.3f (floor %.3f)", f.name, f.got, f.want)
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.want)
		}
	}
}

func globs(t *testing.T, s string) func(string) bool {
	t.Helper()
	keep, err := evalrun.DocGlobs(s)
	if err != nil {
		t.Fatal(err)
	}
	return keep
}

// TestEventsGoldFloors pins the scores of
// "litopys eval timeline --gold eval/testdata/events/timeline.json --only …"
// on the tuning and the held-out half, and of
// "litopys eval timeline --gold ../shared/seeds/gold/timeline.json".
func TestEventsGoldFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over 20 articles")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join("..", "eval", "testdata", "events", "timeline.json")
	if _, err := os.Stat(gold); err != nil {
		t.Fatal(err)
	}
	var floors []qualityFloor
	for _, half := range []struct{ name, docs string }{{"tuning", tuneDocs}, {"held out", heldOutDocs}} {
		rep, err := evalrun.EventsTimeline(context.Background(), p, gold, globs(t, half.docs), false)
		if err != nil {
			t.Fatal(err)
		}
		floors = append(floors, eventFloors(half.name, rep)...)
	}
	seeds := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err == nil {
		rep, err := evalrun.Timeline(context.Background(), p, filepath.Join(seeds, "gold", "timeline.json"), filepath.Join(seeds, "bsnlp"), false)
		if err != nil {
			t.Fatal(err)
		}
		floors = append(floors,
			qualityFloor{"seeds: events recall", rep.Events.R, 1},
			qualityFloor{"seeds: events precision", rep.Events.P, 0.93},
			qualityFloor{"seeds: dates", rep.Dates.Accuracy, 1},
			qualityFloor{"seeds: participants precision", rep.Participants.P, 0.88},
			qualityFloor{"seeds: participants recall", rep.Participants.R, 0.88})
	} else if os.Getenv("CI") == "true" {
		t.Fatalf("shared seeds missing in CI: %v", err)
	}
	checkFloors(t, floors)
}

func eventFloors(half string, rep eval.TimelineReport) []qualityFloor {
	want := map[string][4]float64{ // events P, R; participants P, R
		"tuning":   {0.92, 0.67, 0.69, 0.76},
		"held out": {0.85, 0.81, 0.58, 0.55},
	}[half]
	return []qualityFloor{
		{half + ": events precision", rep.Events.P, want[0]},
		{half + ": events recall", rep.Events.R, want[1]},
		{half + ": participants precision", rep.Participants.P, want[2]},
		{half + ": participants recall", rep.Participants.R, want[3]},
	}
}
