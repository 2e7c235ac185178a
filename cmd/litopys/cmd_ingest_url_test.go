package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest/ingesttest"
)

func TestIngestURLsAndFeeds(t *testing.T) {
	srv := ingesttest.NewSite(t)
	db := filepath.Join(t.TempDir(), "l.db")
	r := runCommand(t, runIngestCmd, "--db", db, "--format", "json", "--max-bytes", "100000", "--delay", "0",
		srv.URL+"/page", srv.URL+"/feed", srv.URL+"/big", srv.URL+"/loop", srv.URL+"/nothing", ingesttest.RefusedURL(t))
	if !errorsIsPartial(r.err) {
		t.Fatalf("err = %v, want errPartial", r.err)
	}
	var items []ingestItem
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var it ingestItem
		if err := json.Unmarshal([]byte(line), &it); err == nil && it.Status != "" {
			items = append(items, it)
		}
	}
	var got []string
	for _, it := range items {
		src := strings.TrimPrefix(it.Source, srv.URL)
		if strings.HasPrefix(src, "http://") {
			src = "refused"
		}
		got = append(got, src+" "+it.Status+" "+it.Code)
	}
	want := []string{
		"/page added ",
		"/weather added ",
		"/page unchanged ",
		"/missing failed not_found",
		"/big failed too_large",
		"/loop failed invalid",
		"/nothing failed not_found",
		"refused failed unavailable",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outcomes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	s, err := openStore(context.Background(), db, storeRead)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, err := s.Documents(context.Background(), litopys.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]litopys.DocumentSummary{}
	for _, d := range docs {
		byTitle[d.Title] = d
	}
	if w := byTitle["Погода"]; w.Published.String() != "2023-09-12" || w.URL != srv.URL+"/weather" || w.Outlet != "127.0.0.1" {
		t.Errorf("feed item with content: %+v, want published 2023-09-12 (from \"Вт, 12 вер 2023\"), its URL and outlet", w)
	}
	if p := byTitle["Уряд ухвалив бюджет"]; p.URL != srv.URL+"/page" || p.Lang != "uk" {
		t.Errorf("page: %+v", p)
	}
}

// TestAnalyzeURL analyses a page by its URL, as ingest reads it (analyze
// used to look for a file of that name).
func TestAnalyzeURL(t *testing.T) {
	srv := ingesttest.NewSite(t)
	code, out, errs := runCmd(t, "", "analyze", srv.URL+"/page")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc litopys.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Уряд ухвалив бюджет" || doc.Lang != "uk" || doc.URL != srv.URL+"/page" {
		t.Errorf("analysed %q (%s) from %q", doc.Title, doc.Lang, doc.URL)
	}
}
