package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest/ingesttest"
)

// TestWriter feeds analysed and failed inputs: outcomes come in input
// order with their statuses, documents are stored Size to a transaction,
// and the totals add up.
func TestWriter(t *testing.T) {
	st := ingesttest.NewStore()
	var got []string
	w := &Writer{Store: st, Version: "v", Size: 2, Report: func(o Outcome) error {
		got = append(got, o.Source+" "+o.Status+" "+litopys.ErrorCode(o.Err))
		return nil
	}}
	ctx := context.Background()
	in := []Analyzed{
		{Source: "1", Doc: docs("a")[0]},
		{Source: "2", Err: litopys.Errorf(litopys.EINVALID, "not JSON")},
		{Source: "3", Err: litopys.Errorf(litopys.EUNSUPPORTED, "an image")},
		{Source: "4", Doc: docs("a")[0]},
		{Source: "5", Doc: docs("!b")[0]},
		{Source: "6", Doc: docs("c")[0]},
	}
	for _, a := range in {
		if err := w.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	want := []string{"1 added ", "2 failed invalid", "3 skipped unsupported", "4 unchanged ", "5 failed internal", "6 added "}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outcomes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if want := (Totals{Added: 2, Unchanged: 1, Skipped: 1, Failed: 2}); w.Totals != want {
		t.Errorf("totals %+v, want %+v", w.Totals, want)
	}
	if w.Totals.String() != "2 added, 1 unchanged, 1 skipped, 2 failed" || w.Totals.Done() != 6 {
		t.Errorf("totals read %q, %d done", w.Totals, w.Totals.Done())
	}
	// Batches: {a, a} then {!b, c}, which failed and was retried.
	if len(st.Batches) != 2 || st.Singles != 2 {
		t.Errorf("batches %v, %d singles; want 2 batches and 2 singles", st.Batches, st.Singles)
	}
}

// TestWriterReportStops: an error of Report (the output is gone) stops
// the Writer with it.
func TestWriterReportStops(t *testing.T) {
	stop := errors.New("write output: broken pipe")
	w := &Writer{Store: ingesttest.NewStore(), Size: 1, Report: func(Outcome) error { return stop }}
	if err := w.Add(context.Background(), Analyzed{Source: "1", Doc: docs("a")[0]}); !errors.Is(err, stop) {
		t.Errorf("err = %v, want %v", err, stop)
	}
}
