package event_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/event"
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
// be. Floors sit about 0.02 under the figures, so that a change elsewhere
// (dates, lemmas) that moves one event does not fail the build, while a
// real loss does.
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
// on the tuning and the held-out half, of events2 and events3, and of
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
		rep, err := evalrun.EventsTimeline(context.Background(), p, gold, evalrun.EventsOptions{Keep: globs(t, half.docs)})
		if err != nil {
			t.Fatal(err)
		}
		floors = append(floors, eventFloors(half.name, rep)...)
	}
	// The second tuning set (eval/testdata/events2), annotated blind in
	// session 23 and read while the role rules were revised.
	rep, err := evalrun.EventsTimeline(context.Background(), p, filepath.Join("..", "eval", "testdata", "events2", "timeline.json"), evalrun.EventsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	floors = append(floors,
		qualityFloor{"events2: events recall", rep.Events.R, 0.72},
		// Raised 0.80 / 0.79 → 0.83 / 0.85 in session 25 (a bare title,
		// the headline's names): figures 0.850 / 0.872.
		qualityFloor{"events2: participants precision", rep.Participants.P, 0.83},
		qualityFloor{"events2: participants recall", rep.Participants.R, 0.85})
	// The third set (eval/testdata/events3), annotated blind in session 24
	// and only scored, never read: floors one matched item under its second
	// run (after the recall round of issue 16), so that a regression fails.
	rep, err = evalrun.EventsTimeline(context.Background(), p, filepath.Join("..", "eval", "testdata", "events3", "timeline.json"), evalrun.EventsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	floors = append(floors,
		qualityFloor{"events3: events precision", rep.Events.P, 0.87},
		qualityFloor{"events3: events recall", rep.Events.R, 0.62},
		qualityFloor{"events3: dates accuracy", rep.Dates.Accuracy, 0.87},
		// Participants one item under session 25's run (0.588 / 0.488).
		qualityFloor{"events3: participants precision", rep.Participants.P, 0.56},
		qualityFloor{"events3: participants recall", rep.Participants.R, 0.46},
		qualityFloor{"events3: attributions precision", rep.Attributions.P, 0.78},
		qualityFloor{"events3: attributions recall", rep.Attributions.R, 0.46})
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
			qualityFloor{"seeds: participants precision", rep.Participants.P, 0.9},
			qualityFloor{"seeds: participants recall", rep.Participants.R, 0.95})
	} else if os.Getenv("CI") == "true" {
		t.Fatalf("shared seeds missing in CI: %v", err)
	}
	checkFloors(t, floors)
}

func eventFloors(half string, rep eval.TimelineReport) []qualityFloor {
	// events P, R; participants P, R; dates, types; attributions P, R
	want := map[string][8]float64{
		// Participants recall counts matched events only: events found
		// since (a memorandum "представлен во вторник" whose five gold
		// participants the text names elsewhere) lowered it 0.827 → 0.771.
		// Participants raised in session 25 (a dated event that names
		// nobody takes the headline's names): tuning 0.798 / 0.835, held
		// out 0.653 / 0.627.
		"tuning":   {0.91, 0.73, 0.78, 0.81, 0.95, 0.85, 0.61, 0.45},
		"held out": {0.84, 0.80, 0.63, 0.60, 0.92, 0.72, 0.46, 0.38},
	}[half]
	return []qualityFloor{
		{half + ": events precision", rep.Events.P, want[0]},
		{half + ": events recall", rep.Events.R, want[1]},
		{half + ": participants precision", rep.Participants.P, want[2]},
		{half + ": participants recall", rep.Participants.R, want[3]},
		{half + ": dates accuracy", rep.Dates.Accuracy, want[4]},
		{half + ": types accuracy", rep.Types.Accuracy, want[5]},
		{half + ": attributions precision", rep.Attributions.P, want[6]},
		{half + ": attributions recall", rep.Attributions.R, want[7]},
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
		{"ru_gsd (tuned on)", "ru_gsd-ud-dev.conllu.gz", "ru", 0.62, 0.40},
		{"ru_taiga (held out)", "ru_taiga-ud-dev.conllu.gz", "ru", 0.32, 0.18},
		{"uk_iu (held out)", "uk_iu-ud-dev.conllu.gz", "uk", 0.58, 0.24},
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

// BenchmarkFind runs the event stage alone on the two seed articles, in
// turn, analysed once by the whole pipeline.
func BenchmarkFind(b *testing.B) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	raw, _, err := eval.ReadBSNLPGold(filepath.Join("..", "..", "shared", "seeds", "bsnlp"))
	if err != nil {
		b.Skip(err)
	}
	docs, err := evalrun.AnalyzeRaw(context.Background(), p, raw, false)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		event.Find(docs[i%len(docs)])
		i++
	}
}
