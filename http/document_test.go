package http

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// TestDocumentAPILayers pages the layers of a document in the API: a page
// holds limit items of each layer from offset, and the layers cut say how
// many there are in all; the server's path of the source is not shown.
func TestDocumentAPILayers(t *testing.T) {
	doc := fixtureDoc("a1", "en", 6)
	doc.Source = "/home/analyst/news/feeds.csv#line 12"
	for i := range 25 {
		doc.Tokens = append(doc.Tokens, litopys.Token{Start: i, End: i + 1, Text: "x"})
	}
	_, ts := newFixture(t, doc)
	var v struct {
		Source   string               `json:"source"`
		Tokens   []litopys.Token      `json:"tokens"`
		Mentions []litopys.Mention    `json:"mentions"`
		Layers   map[string]LayerPage `json:"layers"`
	}
	code, _, body := get(t, ts, "/api/documents/a1?offset=20&limit=5")
	if code != http.StatusOK {
		t.Fatalf("%d %s", code, body)
	}
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	total := 28 // three of the fixture's, 25 added
	if len(v.Tokens) != 5 || v.Layers["tokens"] != (LayerPage{Total: total, Offset: 20, Count: 5}) {
		t.Errorf("tokens: %d, layers %+v", len(v.Tokens), v.Layers)
	}
	if len(v.Mentions) != 0 || v.Layers["mentions"] != (LayerPage{Total: 2, Offset: 20, Count: 0}) {
		t.Errorf("mentions past their end: %d, %+v", len(v.Mentions), v.Layers["mentions"])
	}
	if v.Source != "feeds.csv#line 12" || strings.Contains(body, "/home/analyst") {
		t.Errorf("source %q; the answer shows the server's path: %v", v.Source, strings.Contains(body, "/home/analyst"))
	}
	v.Layers = nil
	get := func(path string) {
		code, _, body := get(t, ts, path)
		if code != http.StatusOK {
			t.Fatalf("%s: %d", path, code)
		}
		json.Unmarshal([]byte(body), &v)
	}
	get("/api/documents/a1")
	if len(v.Tokens) != total || v.Layers != nil {
		t.Errorf("whole document: %d tokens, layers %v", len(v.Tokens), v.Layers)
	}
	if code, _, _ := do(t, ts, http.MethodGet, "/api/documents/a1?limit=x", "", nil); code != http.StatusBadRequest {
		t.Errorf("limit=x: %d", code)
	}
}

func TestPublicSource(t *testing.T) {
	tests := map[string]string{
		"":                                   "",
		"-":                                  "-",
		"-#line 3":                           "-#line 3",
		"https://zn.ua/a/1.html":             "https://zn.ua/a/1.html",
		"/srv/data/news/a.txt":               "a.txt",
		"../shared/data/uk.csv#line 2776":    "uk.csv#line 2776",
		`C:\data\news.jsonl#line 1`:          "news.jsonl#line 1",
		"relative/dir/page.html":             "page.html",
		"/data/dump.json#item 4":             "dump.json#item 4",
		"https://example.org/feed#item 2":    "https://example.org/feed#item 2",
		"/tmp/x/ru-10.txt":                   "ru-10.txt",
		"file with spaces/and #hash in.name": "and #hash in.name",
	}
	for in, want := range tests {
		if got := publicSource(in); got != want {
			t.Errorf("publicSource(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCutParts checks that parts give the paragraphs back, keep marks
// whole and stay near their size.
func TestCutParts(t *testing.T) {
	doc := randomDoc(64<<10, 7)
	paras := highlight(doc, "")
	parts := cutParts(paras, 4096)
	var got, want strings.Builder
	for _, p := range paras {
		for _, s := range p {
			want.WriteString(s.Text)
		}
	}
	marks := 0
	for i, part := range parts {
		n := 0
		for _, p := range part {
			for _, s := range p {
				got.WriteString(s.Text)
				n += len(s.Text)
				if s.Kind != "" {
					marks++
				}
			}
		}
		if n > 4096+64 || (i < len(parts)-1 && n < 4096) {
			t.Errorf("part %d holds %d bytes", i+1, n)
		}
	}
	wantMarks := 0
	for _, p := range paras {
		for _, s := range p {
			if s.Kind != "" {
				wantMarks++
			}
		}
	}
	if got.String() != want.String() || marks != wantMarks || len(parts) < 16 {
		t.Errorf("%d parts give the text back: %v; %d marks of %d", len(parts), got.String() == want.String(), marks, wantMarks)
	}
}

// TestDocumentPageParts shows a long article in parts with links between
// them, and refuses a part that is not there.
func TestDocumentPageParts(t *testing.T) {
	srv, _ := newFixture(t)
	doc := randomDoc(3*partBytes+100, 3)
	srv.docs.put(doc.ID, doc)
	v, err := srv.documentPage(t.Context(), doc.ID)
	if err != nil || len(v.Parts) != 3 {
		t.Fatalf("%d parts (%v), want 3", len(v.Parts), err)
	}
	rec := httptestGet(srv, "/documents/"+doc.ID+"?part=2")
	body := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(body, "part 2 of 3") ||
		!strings.Contains(body, fmt.Sprintf(`href="/documents/%s?part=1"`, doc.ID)) || !strings.Contains(body, fmt.Sprintf(`href="/documents/%s?part=3"`, doc.ID)) {
		t.Errorf("part 2: %d, nav missing", rec.Code)
	}
	if len(body) > 2*partBytes*4 {
		t.Errorf("part 2 page is %d bytes: the whole article?", len(body))
	}
	if rec := httptestGet(srv, "/documents/"+doc.ID+"?part=4"); rec.Code != http.StatusBadRequest {
		t.Errorf("part 4 of 3: %d", rec.Code)
	}
}

// TestHostCheck refuses a request whose Host header names a host the
// server does not serve (a DNS rebinding page), and serves IP addresses,
// localhost and the names it is given.
func TestHostCheck(t *testing.T) {
	srv, err := New(Options{Store: testStore(t), Hosts: []string{"news.example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	for host, want := range map[string]int{
		"127.0.0.1:8080": 200, "[::1]:8080": 200, "localhost:8080": 200, "LOCALHOST": 200, "10.1.2.3": 200,
		"news.example.org": 200, "news.example.org.:443": 200,
		"evil.example:8080": http.StatusMisdirectedRequest, "127.0.0.1.evil.example": http.StatusMisdirectedRequest,
	} {
		req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		req.Host = host
		if rec := httptestDo(srv, req); rec.Code != want {
			t.Errorf("Host %s: %d, want %d", host, rec.Code, want)
		}
	}
	any, _ := New(Options{Store: testStore(t), Hosts: []string{"*"}})
	req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
	req.Host = "evil.example"
	if rec := httptestDo(any, req); rec.Code != 200 {
		t.Errorf("with *: %d", rec.Code)
	}
}
