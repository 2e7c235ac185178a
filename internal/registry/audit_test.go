package registry_test

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/sqlite"
)

// audit is testdata/audit.json: the entities with most mentions in a store
// of ../shared/data/news and ../shared/data/bsnlp, each read by hand (its
// members, spellings and contexts), as groups of ids documents use that
// must be one entity and pairs that must stay apart, with the documents
// (by their input source) that name them.
type audit struct {
	Note    string       `json:"note"`
	Sources []string     `json:"sources"` // relative to ../shared/data
	One     []auditGroup `json:"one"`
	Apart   []auditPair  `json:"apart"`
}

type auditGroup struct {
	Entity  string   `json:"entity"` // its id in the full store, for people
	Members []string `json:"members"`
}

type auditPair struct {
	A, B string
	Why  string `json:"why"`
}

// TestAudit rebuilds a store of the documents the audit lists — a subset of
// the real corpora that names every audited entity by every id it has —
// and checks the groups: every group one entity, every pair apart.
func TestAudit(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses about a thousand real articles")
	}
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("shared data missing in CI: %v", err)
		}
		t.Skip("../shared/data not here")
	}
	b, err := os.ReadFile(filepath.Join("testdata", "audit.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a audit
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	docs := auditDocs(t, ctx, data, a.Sources)
	// LITOPYS_AUDIT_DB keeps the store for a look at it (litopys entities).
	path := os.Getenv("LITOPYS_AUDIT_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "audit.db")
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < len(docs); i += 128 {
		if _, err := db.PutDocuments(ctx, docs[i:min(len(docs), i+128)], pipeline.Version); err != nil {
			t.Fatal(err)
		}
	}
	canonical := func(id string) string {
		c, err := db.CanonicalEntity(ctx, id)
		if err != nil {
			return ""
		}
		return c
	}
	// The members are the ids the analyser gave mentions when the audit was
	// made; a better tagger stops making some of them (a country typed as a
	// person, say). Those are not in the store and cannot be split off, so
	// they are counted rather than failed — unless so many are gone that
	// the audit no longer describes what the analyser makes.
	var members, missing, checked int
	for _, g := range a.One {
		ids := map[string][]string{}
		for _, m := range g.Members {
			members++
			c := canonical(m)
			if c == "" {
				missing++
				t.Logf("%s: member %s is no longer made by the analyser", g.Entity, m)
				continue
			}
			ids[c] = append(ids[c], m)
		}
		if len(ids) > 1 {
			t.Errorf("%s has %d ids, want one: %v", g.Entity, len(ids), ids)
		}
		present := 0
		for _, ms := range ids {
			present += len(ms)
		}
		if present >= 2 {
			checked++
		}
	}
	t.Logf("%d of %d audited ids no longer made; %d of %d groups checked with two ids or more", missing, members, checked, len(a.One))
	if missing*3 > members {
		t.Errorf("%d of %d audited ids are no longer made by the analyser: audit the corpus again", missing, members)
	}
	for _, p := range a.Apart {
		ca, cb := canonical(p.A), canonical(p.B)
		if ca == "" || cb == "" {
			t.Logf("apart %s / %s: not both made by the analyser any more", p.A, p.B)
			continue
		}
		if ca == cb {
			t.Errorf("%s and %s are one entity %s, want apart (%s)", p.A, p.B, ca, p.Why)
		}
	}
}

// auditDocs analyses the records of the given sources.
func auditDocs(t *testing.T, ctx context.Context, data string, sources []string) []*litopys.Document {
	t.Helper()
	want := map[string]bool{}
	files := map[string]bool{}
	for _, s := range sources {
		want[s] = true
		f, _, _ := strings.Cut(s, "#")
		files[filepath.Join(data, f)] = true
	}
	p, err := pipeline.New(pipeline.Options{Now: func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	var recs []input.Record
	for rec := range input.Read(ctx, slices.Sorted(maps.Keys(files)), nil, input.Options{}) {
		rel, err := filepath.Rel(data, rec.Source)
		if err == nil && want[filepath.ToSlash(rel)] && rec.Err == nil {
			recs = append(recs, rec)
		}
	}
	if len(recs) != len(sources) {
		t.Fatalf("read %d of the %d audited documents", len(recs), len(sources))
	}
	docs := make([]*litopys.Document, len(recs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, rec := range recs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			d, err := p.Analyze(ctx, rec)
			if err != nil {
				t.Errorf("%s: %v", rec.Source, err)
				return
			}
			docs[i] = d
		}()
	}
	wg.Wait()
	return slices.DeleteFunc(docs, func(d *litopys.Document) bool { return d == nil })
}
