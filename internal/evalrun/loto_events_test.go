package evalrun_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/internal/evalrun"
)

// TestLOTOEventFloor holds out brexit, the topic with most of the named
// events of the annotated data, trains the NER model and gazetteer without
// it and pins floors just under its EVT and PRO recall in docs/EVAL.md
// ("litopys eval ner --by-topic", section "Events and products"): events
// and products are learnt from few examples, so a change of data or
// features can lose them while the pooled scores hardly move. One fold,
// one to two minutes of CPU.
func TestLOTOEventFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	data := sharedPath(t, "data")
	run, err := evalrun.LOTO(context.Background(), []string{filepath.Join(data, "bsnlp")},
		evalrun.LOTOOptions{DataDir: data, Topics: []string{"brexit"}})
	if err != nil {
		t.Fatal(err)
	}
	r := run.Report.Topics["brexit"]
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		{"ru EVT recall", r["ru"].PerType["EVT"].R, eventFloors.ruEVT},
		{"uk EVT recall", r["uk"].PerType["EVT"].R, eventFloors.ukEVT},
		{"ru EVT precision", r["ru"].PerType["EVT"].P, eventFloors.ruEVTPrec},
		{"ru PRO recall", r["ru"].PerType["PRO"].R, eventFloors.ruPRO},
		{"uk PRO recall", r["uk"].PerType["PRO"].R, eventFloors.ukPRO},
		{"ru relaxed partial F1", r["ru"].RelaxedPartial.F1, eventFloors.ruPartial},
	} {
		t.Logf("brexit %s %.3f", f.name, f.got)
		if f.got < f.want {
			t.Errorf("brexit %s %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}

var eventFloors = struct{ ruEVT, ukEVT, ruEVTPrec, ruPRO, ukPRO, ruPartial float64 }{0.74, 0.87, 0.93, 0.42, 0.47, 0.86}
