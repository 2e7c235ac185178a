package ingest

import (
	"context"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest/ingesttest"
)

func docs(spec ...string) []*litopys.Document {
	var out []*litopys.Document
	for _, s := range spec {
		d := &litopys.Document{ID: s}
		if s[0] == '!' {
			d.Title = "bad"
		}
		out = append(out, d)
	}
	return out
}

func TestCommit(t *testing.T) {
	st := ingesttest.NewStore("b")
	res, err := Commit(context.Background(), st, "v", docs("a", "b", "c"))
	if err != nil || len(st.Batches) != 1 || st.Singles != 0 {
		t.Fatalf("a good batch: err %v, batches %v, %d singles", err, st.Batches, st.Singles)
	}
	if got := outcomes(res); got != "added unchanged added" {
		t.Errorf("a good batch: %s", got)
	}
	res, err = Commit(context.Background(), st, "v", docs("d", "!e", "a", "f"))
	if err != nil || st.Singles != 4 {
		t.Fatalf("a batch with a bad document: err %v, %d singles, want 4", err, st.Singles)
	}
	if got := outcomes(res); got != "added error unchanged added" {
		t.Errorf("a batch with a bad document: %s", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = Commit(ctx, st, "v", docs("g", "h"))
	if err == nil || st.Singles != 4 || outcomes(res) != "error error" {
		t.Errorf("cancelled: err %v, %d singles (want no retry), %s", err, st.Singles, outcomes(res))
	}
	if res, err := Commit(context.Background(), st, "v", nil); err != nil || len(res) != 0 {
		t.Errorf("no documents: %v %v", res, err)
	}
}

func outcomes(res []Result) string {
	s := ""
	for i, r := range res {
		if i > 0 {
			s += " "
		}
		switch {
		case r.Err != nil:
			s += "error"
		case r.Added:
			s += "added"
		default:
			s += "unchanged"
		}
	}
	return s
}
