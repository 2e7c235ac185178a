package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/sqlite"
)

// TestReanalyze: documents an older analyser made (here: without entities)
// are analysed again and replaced; search and the story log still hold
// them once; a second run has nothing to do and --all redoes every one.
func TestReanalyze(t *testing.T) {
	seeds := sharedSeeds(t)
	db := filepath.Join(t.TempDir(), "l.db")
	if r := runCommand(t, runIngestCmd, append([]string{"--db", db}, seeds...)...); r.err != nil {
		t.Fatalf("ingest: %v\n%s", r.err, r.stderr)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.Documents(ctx, litopys.DocumentFilter{})
	if err != nil || len(list) != 2 {
		t.Fatalf("documents: %v, %v", list, err)
	}
	var old []*litopys.Document
	for _, d := range list {
		doc, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		doc.Mentions, doc.Entities = nil, nil
		old = append(old, doc)
	}
	if err := s.ReplaceDocuments(ctx, old, "0.0.0-old"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	var tot reanalyzeTotals
	r := runCommand(t, runReanalyzeCmd, "--db", db, "--format", "json")
	if r.err != nil {
		t.Fatalf("reanalyze: %v\n%s", r.err, r.stderr)
	}
	lastJSON(t, r.stdout, &tot)
	if tot.Reanalyzed != 2 || tot.Failed != 0 || tot.Analyser != pipeline.Version {
		t.Errorf("reanalyze: %+v, want 2 reanalyzed with %s", tot, pipeline.Version)
	}

	s, err = sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ids, err := s.Stale(ctx, pipeline.Version, "", 10); err != nil || len(ids) != 0 {
		t.Errorf("stale after reanalyze: %v, %v", ids, err)
	}
	for _, d := range list {
		doc, err := s.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Mentions) == 0 || len(doc.Entities) == 0 {
			t.Errorf("%s: %d mentions, %d entities after reanalyze", d.ID, len(doc.Mentions), len(doc.Entities))
		}
	}
	res, err := s.Search(ctx, litopys.Query{Text: "Ким Чен Ын"})
	if err != nil || res.Total != 2 {
		t.Errorf("search after reanalyze: %d results, %v", res.Total, err)
	}
	log, err := s.StoryEntries(ctx, 0, 10)
	if err != nil || len(log) != 2 {
		t.Errorf("story log after reanalyze: %d entries, %v", len(log), err)
	}
	if n, err := s.Count(ctx); err != nil || n != 2 {
		t.Errorf("count after reanalyze: %d, %v", n, err)
	}

	r = runCommand(t, runReanalyzeCmd, "--db", db, "--format", "json")
	lastJSON(t, r.stdout, &tot)
	if r.err != nil || tot.Reanalyzed != 0 {
		t.Errorf("second reanalyze: %+v, %v", tot, r.err)
	}
	r = runCommand(t, runReanalyzeCmd, "--db", db, "--format", "json", "--all")
	lastJSON(t, r.stdout, &tot)
	if r.err != nil || tot.Reanalyzed != 2 {
		t.Errorf("reanalyze --all: %+v, %v", tot, r.err)
	}
}
