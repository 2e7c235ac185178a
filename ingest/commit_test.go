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

// TestReplace: a batch of replacements that fails is retried document by
// document, so that only the document that cannot be replaced fails.
func TestReplace(t *testing.T) {
	st := ingesttest.NewStore("a", "b", "c")
	res, err := Replace(context.Background(), st, "v", docs("a", "b"))
	if err != nil || outcomes(res) != "unchanged unchanged" || len(st.Batches) != 1 || st.Singles != 0 {
		t.Fatalf("a good batch: %v, %s, batches %v, %d singles", err, outcomes(res), st.Batches, st.Singles)
	}
	res, err = Replace(context.Background(), st, "v", docs("a", "x", "c"))
	if err != nil || outcomes(res) != "unchanged error unchanged" || st.Singles != 3 {
		t.Fatalf("a batch with a document not stored: %v, %s, %d singles", err, outcomes(res), st.Singles)
	}
	if litopys.ErrorCode(res[1].Err) != litopys.ENOTFOUND {
		t.Errorf("the missing document: %v, want not_found", res[1].Err)
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
