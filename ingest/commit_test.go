package ingest

import (
	"context"
	"fmt"
	"testing"

	"github.com/litopys/litopys"
)

// fakeStore keeps document ids; a batch holding a document titled "bad"
// fails, and so does that document alone.
type fakeStore struct {
	litopys.Store
	batches, singles int
	stored           map[string]bool
}

func newFakeStore() *fakeStore { return &fakeStore{stored: map[string]bool{}} }

func (s *fakeStore) PutDocuments(ctx context.Context, docs []*litopys.Document, _ string) ([]bool, error) {
	s.batches++
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, d := range docs {
		if d.Title == "bad" {
			return nil, fmt.Errorf("bad document %s", d.ID)
		}
	}
	added := make([]bool, len(docs))
	for i, d := range docs {
		added[i] = !s.stored[d.ID]
		s.stored[d.ID] = true
	}
	return added, nil
}

func (s *fakeStore) PutDocument(ctx context.Context, d *litopys.Document, v string) (bool, error) {
	s.singles++
	s.batches--
	a, err := s.PutDocuments(ctx, []*litopys.Document{d}, v)
	if err != nil {
		return false, err
	}
	return a[0], nil
}

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
	st := newFakeStore()
	st.stored["b"] = true
	res, err := Commit(context.Background(), st, "v", docs("a", "b", "c"))
	if err != nil || st.batches != 1 || st.singles != 0 {
		t.Fatalf("a good batch: err %v, %d batches, %d singles", err, st.batches, st.singles)
	}
	if got := outcomes(res); got != "added unchanged added" {
		t.Errorf("a good batch: %s", got)
	}
	res, err = Commit(context.Background(), st, "v", docs("d", "!e", "a", "f"))
	if err != nil || st.singles != 4 {
		t.Fatalf("a batch with a bad document: err %v, %d singles, want 4", err, st.singles)
	}
	if got := outcomes(res); got != "added error unchanged added" {
		t.Errorf("a batch with a bad document: %s", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = Commit(ctx, st, "v", docs("g", "h"))
	if err == nil || st.singles != 4 || outcomes(res) != "error error" {
		t.Errorf("cancelled: err %v, %d singles (want no retry), %s", err, st.singles, outcomes(res))
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
