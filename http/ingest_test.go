package http

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestIngest(t *testing.T) {
	srv, ts := newFixture(t)
	srv.opt.MaxBody = 1 << 10
	auth := []string{"Authorization", "Bearer secret"}
	tests := []struct {
		name, ct, body string
		header         []string
		status         int
		want           string
	}{
		{"no token", "application/json", `{"text":"x"}`, nil, 401, `"code":"unauthorized"`},
		{"wrong token", "application/json", `{"text":"x"}`, []string{"Authorization", "Bearer nope"}, 401, `"code":"unauthorized"`},
		{"bad JSON", "application/json", `{"text":`, auth, 400, `bad JSON`},
		{"unknown field", "application/json", `{"txt":"x"}`, auth, 400, `unknown field`},
		{"trailing data", "application/json", `{"text":"x"} {}`, auth, 400, `data after the object`},
		{"no text", "application/json", `{"id":"x","title":"t"}`, auth, 400, `no text or html`},
		{"bad date", "application/json", `{"text":"x","published":"soon"}`, auth, 400, `bad JSON`},
		{"too large", "text/plain", strings.Repeat("слово ", 400), auth, 413, `"code":"too_large"`},
		{"json", "application/json", `{"id":"n1","url":"https://www.news.example/a","title":"New","published":"2024-05-01","lang":"en","text":"A new article."}`, auth, 201, `"id":"n1"`},
		{"json again", "application/json", `{"id":"n1","title":"New","lang":"en","text":"A new article."}`, auth, 200, `"added":false`},
		{"raw text", "text/plain; charset=utf-8", "Plain text article.", auth, 201, `"added":true`},
		{"sniffed JSON", "", `{"id":"n2","text":"Another."}`, auth, 201, `"id":"n2"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, ct, body := do(t, ts, http.MethodPost, "/api/documents", tt.ct, strings.NewReader(tt.body), tt.header...)
			if status != tt.status || !strings.HasPrefix(ct, "application/json") || !strings.Contains(body, tt.want) {
				t.Errorf("POST %s = %d %s\n%s\nwant %d with %q", tt.name, status, ct, body, tt.status, tt.want)
			}
		})
	}
	if status, _, body := do(t, ts, http.MethodDelete, "/api/documents", "", nil); status != 405 || !strings.Contains(body, "allowed GET, POST") {
		t.Errorf("DELETE /api/documents = %d %s, want 405", status, body)
	}
	if status, _, _ := do(t, ts, http.MethodPost, "/api/stories", "", nil); status != 405 {
		t.Errorf("POST /api/stories = %d, want 405", status)
	}
	status, _, body := get(t, ts, "/api/documents/n1")
	var doc struct {
		ID, Outlet, Story, Published string
	}
	if err := json.Unmarshal([]byte(body), &doc); status != 200 || err != nil {
		t.Fatalf("stored document: %d %v", status, err)
	}
	if doc.Outlet != "news.example" || doc.Published != "2024-05-01" || doc.Story == "" {
		t.Errorf("stored document = %+v", doc)
	}
	if _, total, _ := srv.Index().Stories(context.Background(), "", 10, 0); total != 3 {
		t.Errorf("stories after ingest = %d, want 3", total)
	}
}

// TestIngestDisabled refuses writes when the server has no token or no
// analyser.
func TestIngestDisabled(t *testing.T) {
	for _, tt := range []struct {
		name   string
		opt    Options
		status int
	}{
		{"no token", Options{Analyzer: stubAnalyzer{}}, 401},
		{"no analyser", Options{Token: "secret"}, 503},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.Store = testStore(t)
			srv, err := New(tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			req, _ := http.NewRequest(http.MethodPost, "/api/documents", strings.NewReader(`{"text":"x"}`))
			req.Header.Set("Authorization", "Bearer secret")
			rec := httptestDo(srv, req)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
		})
	}
}

// FuzzReadIngest feeds arbitrary bodies to the request parser: it must
// return a record or a domain error, never panic or an internal error.
func FuzzReadIngest(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x","published":"2024-01"}`), "application/json")
	f.Add([]byte(`{"html":"<p>x</p>"}`), "")
	f.Add([]byte("\xff\xfeplain"), "text/plain")
	f.Add([]byte(`{"text":1}`), "application/json; charset=utf-8")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		rec, err := readIngest(strings.NewReader(string(body)), ct)
		if err != nil {
			if c := codeOf(err); c == "internal" {
				t.Fatalf("internal error for %q: %v", body, err)
			}
			return
		}
		if strings.TrimSpace(rec.Body) == "" {
			t.Fatalf("empty record accepted from %q", body)
		}
	})
}
