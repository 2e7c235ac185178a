package http

import (
	"context"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/seeds"
	"github.com/litopys/litopys/pipeline"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// seededServer serves what "litopys demo" serves: the two seed articles
// analysed by the real pipeline into a fresh SQLite store, and the extra
// documents given.
func seededServer(tb testing.TB, extra ...*litopys.Document) (*Server, *httptest.Server) {
	tb.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{}) })
	if pipeErr != nil {
		tb.Fatal(pipeErr)
	}
	dir := tb.TempDir()
	var paths []string
	for _, name := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS(), name)
		if err != nil {
			tb.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, p)
	}
	st := testStore(tb)
	ctx := context.Background()
	for rec := range input.Read(ctx, paths, nil, input.Options{}) {
		doc, err := pipe.Analyze(ctx, rec)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := st.PutDocument(ctx, doc, pipeline.Version); err != nil {
			tb.Fatal(err)
		}
	}
	for _, doc := range extra {
		if _, err := st.PutDocument(ctx, doc, pipeline.Version); err != nil {
			tb.Fatal(err)
		}
	}
	srv, err := New(Options{Store: st, Analyzer: pipe, AnalyzerVersion: pipeline.Version, Token: "secret",
		OnError: func(r *http.Request, err error) { tb.Errorf("%s %s: unexpected error: %v", r.Method, r.URL, err) }})
	if err != nil {
		tb.Fatal(err)
	}
	if err := srv.Load(ctx); err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	tb.Cleanup(ts.Close)
	return srv, ts
}

// TestSeedStory checks what the demo shows: the ru and uk seeds form one
// story whose chronology merges reports of both, and Kim Jong Un has his
// name in both languages.
func TestSeedStory(t *testing.T) {
	srv, _ := seededServer(t)
	stories, total, _ := srv.Index().Stories(context.Background(), "", 10, 0)
	if total != 1 || stories[0].Languages["ru"] != 1 || stories[0].Languages["uk"] != 1 {
		t.Fatalf("stories = %+v, want one with a ru and a uk article", stories)
	}
	v, err := srv.storyView(t.Context(), stories[0].ID, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]bool{}
	for _, r := range v.Chronology {
		for _, s := range r.Sources {
			langs[s.Lang] = true
		}
	}
	if len(v.Chronology) < 5 || !langs["ru"] || !langs["uk"] {
		t.Errorf("chronology has %d rows from %v, want ≥5 from ru and uk", len(v.Chronology), langs)
	}
	// The story lists the registry's id of PER-kimchenin.
	i := slices.IndexFunc(v.Entities, func(e EntityCount) bool { return e.ID == "PER-Kim-Chen-Yn" })
	if i < 0 || v.Entities[i].Documents != 2 {
		t.Fatalf("story entities lack Kim Jong Un in both articles: %+v", v.Entities)
	}
	e, err := srv.entityView(t.Context(), "PER-kimchenin")
	if err != nil {
		t.Fatal(err)
	}
	if e.Names["ru"] != "Ким Чен Ын" || e.Names["uk"] != "Кім Чен Ин" || len(e.Documents) != 2 || len(e.Cooccurring) == 0 {
		t.Errorf("entity = names %v, %d documents, %d co-occurring", e.Names, len(e.Documents), len(e.Cooccurring))
	}
}
