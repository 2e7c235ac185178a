package http

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// TestRoutes asks every route and checks the status, the content type
// and a piece of the body.
func TestRoutes(t *testing.T) {
	srv, ts := newFixture(t, fixtureDoc("a1", "en", 6), fixtureDoc("a2", "uk", 7))
	stories, _, _ := srv.Index().Stories(context.Background(), "", 10, 0)
	if len(stories) == 0 {
		t.Fatal("no stories")
	}
	sid := url.PathEscape(stories[0].ID)
	const jsonCT, htmlCT = "application/json; charset=utf-8", "text/html; charset=utf-8"
	tests := []struct {
		name, path string
		status     int
		ct, want   string
	}{
		{"healthz", "/healthz", 200, jsonCT, `"status":"ok"`},
		{"readyz", "/readyz", 200, jsonCT, `"documents":2`},
		{"openapi", "/api/openapi.json", 200, jsonCT, `"openapi": "3.1.0"`},
		{"stories", "/api/stories", 200, jsonCT, `"total":`},
		{"stories bad limit", "/api/stories?limit=x", 400, jsonCT, `"code":"invalid"`},
		{"story", "/api/stories/" + sid, 200, jsonCT, `"chronology":[`},
		{"story missing", "/api/stories/nope", 404, jsonCT, `"code":"not_found"`},
		{"entities", "/api/entities?q=petrov", 200, jsonCT, `"id":"PER-Ivan-Petrov"`},
		{"entities none", "/api/entities?q=zzzz", 200, jsonCT, `"entities":[]`},
		{"entity", "/api/entities/PER-petrov", 200, jsonCT, `"mentions":2`},
		{"entity missing", "/api/entities/PER-nobody", 404, jsonCT, `"code":"not_found"`},
		{"documents", "/api/documents?lang=uk", 200, jsonCT, `"id":"a2"`},
		{"documents bad date", "/api/documents?from=May", 400, jsonCT, `from: date`},
		{"document", "/api/documents/a1", 200, jsonCT, `"story":"`},
		{"document missing", "/api/documents/zz", 404, jsonCT, `"status":404`},
		{"search", "/api/search?q=bridge", 200, jsonCT, `"total":2`},
		{"search filtered", "/api/search?q=bridge&lang=uk&limit=5", 200, jsonCT, `"total":1`},
		{"search by entity", "/api/search?entity=PER-petrov", 200, jsonCT, `"total":2`},
		{"search empty", "/api/search", 400, jsonCT, `give q or entity`},
		{"search bad offset", "/api/search?q=x&offset=-1", 400, jsonCT, `offset`},
		{"api unknown", "/api/nothing", 404, jsonCT, `"code":"not_found"`},
		{"home", "/", 200, htmlCT, `href="/stories/` + sid + `"`},
		{"story page", "/stories/" + sid, 200, htmlCT, `<svg class="timeline"`},
		{"story page missing", "/stories/nope", 404, htmlCT, `story &#34;nope&#34; not found`},
		{"entity page", "/entities/PER-petrov", 200, htmlCT, `<svg class="graph"`},
		{"entity page missing", "/entities/x", 404, htmlCT, `not_found`},
		{"document page", "/documents/a1", 200, htmlCT, `<a class="hl-entity t-PER" href="/entities/PER-petrov"`},
		{"document page missing", "/documents/x", 404, htmlCT, `not_found`},
		{"search page", "/search?q=bridge", 200, htmlCT, `2 found.`},
		{"search page nothing", "/search?q=zebra", 200, htmlCT, `Nothing found`},
		{"search page blank", "/search", 200, htmlCT, `Type words to search`},
		{"search page bad date", "/search?q=x&to=tomorrow", 400, htmlCT, `to: date`},
		{"css", "/static/style.css", 200, "text/css; charset=utf-8", `.hl-entity`},
		{"unknown page", "/no/such/page", 404, htmlCT, `page /no/such/page not found`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, ct, body := get(t, ts, tt.path)
			if status != tt.status || ct != tt.ct {
				t.Errorf("GET %s = %d %q, want %d %q\n%s", tt.path, status, ct, tt.status, tt.ct, body)
			}
			if !strings.Contains(body, tt.want) {
				t.Errorf("GET %s: body lacks %q:\n%s", tt.path, tt.want, body)
			}
		})
	}
}

// TestStoryJSON checks the shape of a story: its summary, documents,
// entities and chronology rows with their sources.
func TestStoryJSON(t *testing.T) {
	srv, ts := newFixture(t, fixtureDoc("a1", "en", 6))
	stories, _, _ := srv.Index().Stories(context.Background(), "", 10, 0)
	_, _, body := get(t, ts, "/api/stories/"+url.PathEscape(stories[0].ID))
	var got struct {
		ID         string         `json:"id"`
		Title      string         `json:"title"`
		Languages  map[string]int `json:"languages"`
		Outlets    map[string]int `json:"outlets"`
		Count      int            `json:"document_count"`
		First      string         `json:"first"`
		Documents  []struct{ ID string }
		Entities   []struct{ ID string }
		Chronology []map[string]any `json:"chronology"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != stories[0].ID || got.Count != 1 || got.Languages["en"] != 1 || got.Outlets["example.org"] != 1 ||
		got.First != "2024-05-06" || len(got.Documents) != 1 || len(got.Entities) != 2 {
		t.Errorf("story = %+v", got)
	}
	if len(got.Chronology) != 1 {
		t.Fatalf("chronology = %v, want one row", got.Chronology)
	}
	row := got.Chronology[0]
	for _, k := range []string{"date", "granularity", "type", "summary", "sources"} {
		if _, ok := row[k]; !ok {
			t.Errorf("chronology row lacks %q: %v", k, row)
		}
	}
	if row["date"] != "2024-05-05" || row["granularity"] != "day" || row["type"] != "open" {
		t.Errorf("row = %v", row)
	}
	if src, _ := row["sources"].([]any); len(src) != 1 || src[0].(map[string]any)["doc"] != "a1" {
		t.Errorf("sources = %v", row["sources"])
	}
}

// ownScript is the one script element the layout loads.
const ownScript = `<script src="/static/suggest.js" defer></script>`

// TestEscaping opens every page showing article text and checks that the
// hostile markup arrives escaped.
func TestEscaping(t *testing.T) {
	srv, ts := newFixture(t, fixtureDoc("a1", "en", 6))
	stories, _, _ := srv.Index().Stories(context.Background(), "", 10, 0)
	for _, path := range []string{"/", "/stories/" + url.PathEscape(stories[0].ID), "/entities/PER-petrov", "/documents/a1", "/search?q=bridge", "/search?q=" + url.QueryEscape(hostile)} {
		_, _, body := get(t, ts, path)
		// The page's own script, from /static, is the only one allowed.
		if strings.Contains(strings.Replace(body, ownScript, "", 1), "<script") {
			t.Errorf("%s: unescaped <script> in the page", path)
		}
		if !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("%s: the escaped text is missing", path)
		}
	}
	status, _, body := get(t, ts, "/api/documents/a1")
	if status != 200 || strings.Contains(body, "<script") {
		t.Errorf("JSON carries raw markup (%d): want it \\u003c-escaped", status)
	}
}

// TestReadyz says not ready until the index is loaded.
func TestReadyz(t *testing.T) {
	srv, err := New(Options{Store: testStore(t)})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptestGet(srv, "/readyz")
	if rec.Code != 503 {
		t.Errorf("before Load: %d, want 503", rec.Code)
	}
	if err := srv.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	if rec := httptestGet(srv, "/readyz"); rec.Code != 200 {
		t.Errorf("after Load: %d, want 200", rec.Code)
	}
	if rec := httptestGet(srv, "/"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "No stories yet") {
		t.Errorf("empty home: %d %s", rec.Code, rec.Body)
	}
}
