package ingest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest/ingesttest"
)

// staleStore is a store of documents made by analyser versions.
type staleStore struct {
	*ingesttest.Store
	docs    map[string]*litopys.Document
	version map[string]string
}

func (s *staleStore) Document(_ context.Context, id string) (*litopys.Document, error) {
	return s.docs[id], nil
}

func (s *staleStore) Stale(_ context.Context, analyser, after string, limit int) ([]string, error) {
	var ids []string
	for id, v := range s.version {
		if v != analyser && id > after {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids[:min(limit, len(ids))], nil
}

func (s *staleStore) ReplaceDocuments(ctx context.Context, docs []*litopys.Document, analyser string) error {
	if err := s.Store.ReplaceDocuments(ctx, docs, analyser); err != nil {
		return err
	}
	for _, d := range docs {
		s.version[d.ID] = analyser
	}
	return nil
}

// TestReanalysis: stale documents are analysed again and replaced a batch
// at a time; one whose analysis fails and one the store refuses fail alone
// (they stay stale), and the run goes past them.
func TestReanalysis(t *testing.T) {
	st := &staleStore{Store: ingesttest.NewStore(), docs: map[string]*litopys.Document{}, version: map[string]string{}}
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		st.docs[id] = &litopys.Document{ID: id}
		st.version[id] = "old"
		st.Stored[id] = true
	}
	st.version["c"] = "new"
	var failed []string
	r := Reanalysis{Store: st, Version: "new", Batch: 2, Workers: 2,
		Analyze: func(_ context.Context, old *litopys.Document) (*litopys.Document, error) {
			if old.ID == "b" {
				return nil, errors.New("analysis failed")
			}
			d := *old
			if d.ID == "e" {
				d.Title = "bad"
			}
			return &d, nil
		},
		Failed: func(id string, err error) { failed = append(failed, id+": "+err.Error()) },
	}
	n, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != (Reanalyzed{Reanalyzed: 2, Failed: 2}) || strings.Join(failed, "; ") != "b: analysis failed; e: bad document e" {
		t.Errorf("%+v, failed %q", n, failed)
	}
	if st.version["a"] != "new" || st.version["d"] != "new" || st.version["b"] != "old" || st.version["e"] != "old" {
		t.Errorf("versions after: %v", st.version)
	}
	r.All = true
	if n, err := r.Run(context.Background()); err != nil || n.Reanalyzed != 3 || n.Failed != 2 {
		t.Errorf("--all: %+v, %v; want a, c and d reanalysed and 2 failed", n, err)
	}
}
