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
			qualityFloor{"seeds: participants precision", rep.Participants.P, 0.89},
			qualityFloor{"seeds: participants recall", rep.Participants.R, 0.94})
	} else if os.Getenv("CI") == "true" {
		t.Fatalf("shared seeds missing in CI: %v", err)
	}
	checkFloors(t, floors)
}

func eventFloors(half string, rep eval.TimelineReport) []qualityFloor {
	want := map[string][4]float64{ // events P, R; participants P, R
		// Tuning participants precision went from 0.688 to 0.675 when the
		// date rules found the event of "двумя днями раньше в Ингушетии был
		// обстрелян автомобиль …" (events recall 0.667 → 0.683): it is matched
		// now, with two participants more than the gold's one.
		"tuning":   {0.92, 0.66, 0.67, 0.73},
		"held out": {0.85, 0.81, 0.57, 0.54},
	}[half]
	return []qualityFloor{
		{half + ": events precision", rep.Events.P, want[0]},
		{half + ": events recall", rep.Events.R, want[1]},
		{half + ": participants precision", rep.Participants.P, want[2]},
		{half + ": participants recall", rep.Participants.R, want[3]},
	}
}

// TestRolesUDFloors pins the agent and patient scores of "litopys eval
// roles" on the UD dev treebanks: ru_gsd is the set the role rules were
// tuned on, ru_taiga and uk_iu are held out.
func TestRolesUDFloors(t *testing.T) {
	ud := filepath.Join("..", "..", "shared", "data", "ud")
	if _, err := os.Stat(ud); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing in CI: %v", err)
		}
		t.Skipf("no %s", ud)
	}
	var floors []qualityFloor
	for _, set := range []struct {
		name, file, lang   string
		agentF1, patientF1 float64
	}{
		{"ru_gsd (tuned on)", "ru_gsd-ud-dev.conllu.gz", "ru", 0.59, 0.30},
		{"ru_taiga (held out)", "ru_taiga-ud-dev.conllu.gz", "ru", 0.33, 0.14},
		{"uk_iu (held out)", "uk_iu-ud-dev.conllu.gz", "uk", 0.59, 0.22},
	} {
		rep, err := evalrun.Roles([]string{filepath.Join(ud, set.file)}, set.lang)
		if err != nil {
			t.Fatal(err)
		}
		floors = append(floors,
			qualityFloor{set.name + ": agent F1", rep.Agent.F1, set.agentF1},
			qualityFloor{set.name + ": patient F1", rep.Patient.F1, set.patientF1})
	}
	checkFloors(t, floors)
}
