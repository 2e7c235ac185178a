package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/seeds"
	"github.com/litopys/litopys/pipeline"
)

// Run runs the conformance suite. open returns a new, empty store for each
// subtest and arranges for it to be closed when the subtest ends.
func Run(t *testing.T, open func(t *testing.T) litopys.Store) {
	f := newFixture(t)
	tests := []struct {
		name string
		run  func(t *testing.T, f *fixture, s litopys.Store)
	}{
		{"PutIsIdempotent", testPutIdempotent},
		{"GetRoundTrips", testGetRoundTrips},
		{"NotFound", testNotFound},
		{"SearchWordForms", testSearchWordForms},
		{"SearchAcrossLanguages", testSearchAcrossLanguages},
		{"SearchFilters", testSearchFilters},
		{"SearchPagination", testSearchPagination},
		{"SearchRanking", testSearchRanking},
		{"SearchEmpty", testSearchEmpty},
		{"Documents", testDocuments},
		{"Entity", testEntity},
		{"PutBatch", testPutBatch},
		{"ConcurrentPuts", testConcurrentPuts},
		{"ConcurrentBatches", testConcurrentBatches},
		{"HostileText", testHostileText},
		{"Reanalyze", testReanalyze},
		{"SmallBatches", testSmallBatches},
		{"Registry", testRegistry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, f, open(t)) })
	}
}

// fixture holds the analysed documents the tests store.
type fixture struct {
	p     *pipeline.Pipeline
	seeds []*litopys.Document // ru, uk
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{Now: func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{p: p}
	dir := t.TempDir()
	for _, n := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS(), n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for rec := range input.Read(context.Background(), []string{dir}, nil, input.Options{}) {
		doc, err := p.Analyze(context.Background(), rec)
		if err != nil {
			t.Fatalf("analyse seed %s: %v", rec.Source, err)
		}
		f.seeds = append(f.seeds, doc)
	}
	if len(f.seeds) != 2 || f.seeds[0].Lang != "ru" || f.seeds[1].Lang != "uk" {
		t.Fatalf("seeds: want a ru and a uk document, got %d", len(f.seeds))
	}
	return f
}

// article analyses a short text as an article of outlet in lang.
func (f *fixture) article(t testing.TB, id, lang, outlet, published, text string) *litopys.Document {
	t.Helper()
	rec := input.Record{Source: id, Format: input.FormatText, ID: id, Lang: lang, Outlet: outlet, Body: text}
	if published != "" {
		d, err := litopys.ParseDate(published)
		if err != nil {
			t.Fatal(err)
		}
		rec.Published = d
	}
	doc, err := f.p.Analyze(context.Background(), rec)
	if err != nil {
		t.Fatalf("analyse %s: %v", id, err)
	}
	return doc
}

func put(t testing.TB, s litopys.Store, docs ...*litopys.Document) {
	t.Helper()
	for _, d := range docs {
		added, err := s.PutDocument(context.Background(), d, pipeline.Version)
		if err != nil {
			t.Fatalf("put %s: %v", d.ID, err)
		}
		if !added {
			t.Fatalf("put %s: not added", d.ID)
		}
	}
}

func count(t testing.TB, s litopys.Store) int {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// roundTrip is doc as JSON gives it back: what a store must return.
func roundTrip(t testing.TB, doc *litopys.Document) string {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var d litopys.Document
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(&d)
	return string(b)
}

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(err)
	}
	return string(b)
}
