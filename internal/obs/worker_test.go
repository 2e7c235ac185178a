package obs

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/natsq"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestWorkerMetrics(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	m := NewWorker(reg)
	ctx := context.Background()
	doc := &litopys.Document{ID: "d"}
	m.Stored(ctx, doc, true, 2*time.Millisecond)
	m.Stored(ctx, doc, true, 3*time.Millisecond)
	m.Stored(ctx, doc, false, time.Millisecond)
	m.Settled(natsq.Outcome{})
	for _, r := range []string{
		m.Settled(natsq.Outcome{Err: errors.New("boom")}),
		m.Settled(natsq.Outcome{Err: litopys.Errorf(litopys.EINVALID, "bad"), Dead: true}),
		m.Settled(natsq.Outcome{Err: litopys.Errorf(litopys.EINVALID, "bad")}),
	} {
		if r == "" {
			t.Error("a failure settled with no reason")
		}
	}
	m.SetLag(7)
	for _, s := range []string{"segment", "ner", "ner"} {
		end := m.Trace(s)
		end()
	}

	const want = `
# HELP litopys_documents_processed_total Documents analysed and put into the store, by result: added, or unchanged (already stored).
# TYPE litopys_documents_processed_total counter
litopys_documents_processed_total{result="added"} 2
litopys_documents_processed_total{result="unchanged"} 1
# HELP litopys_failures_total Failed deliveries of queued items, by reason; an item given up on and dead-lettered counts as poison.
# TYPE litopys_failures_total counter
litopys_failures_total{reason="analysis"} 0
litopys_failures_total{reason="fetch"} 0
litopys_failures_total{reason="internal"} 1
litopys_failures_total{reason="invalid_input"} 1
litopys_failures_total{reason="poison"} 1
litopys_failures_total{reason="queue"} 0
litopys_failures_total{reason="store"} 0
# HELP litopys_queue_lag_messages Items the workers' JetStream consumer has yet to finish: pending delivery plus delivered and not acked.
# TYPE litopys_queue_lag_messages gauge
litopys_queue_lag_messages 7
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want),
		"litopys_documents_processed_total", "litopys_failures_total", "litopys_queue_lag_messages"); err != nil {
		t.Error(err)
	}

	// Histograms: how many observations each has.
	counts := map[string]int{}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		for _, x := range mf.GetMetric() {
			if h := x.GetHistogram(); h != nil {
				key := mf.GetName()
				for _, l := range x.GetLabel() {
					key += "/" + l.GetValue()
				}
				counts[key] = int(h.GetSampleCount())
			}
		}
	}
	wantCounts := map[string]int{
		"litopys_stage_seconds/ner":     2,
		"litopys_stage_seconds/segment": 1,
		"litopys_store_seconds":         3,
		// No document came through a queue: no latency to observe.
		"litopys_queue_to_store_seconds": 0,
	}
	if !reflect.DeepEqual(counts, wantCounts) {
		t.Errorf("histogram counts %v, want %v", counts, wantCounts)
	}

	wantTotals := Totals{Added: 2, Unchanged: 1, Failures: map[string]int64{ReasonInternal: 1, ReasonInvalid: 1, ReasonPoison: 1}}
	if got := m.Totals(); !reflect.DeepEqual(got, wantTotals) {
		t.Errorf("Totals() = %+v, want %+v", got, wantTotals)
	}
}
