package http

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/story"
)

// hostile is article text that must never reach a page unescaped.
const hostile = `<script>alert("x")</script>`

// testStore opens an empty SQLite store in a temporary directory, its
// writers assigning stories with package story's Log.
func testStore(tb testing.TB) litopys.Store {
	tb.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatal(err)
	}
	st.SetStories(story.NewLog(story.Options{}))
	tb.Cleanup(func() { st.Close() })
	return st
}

// fixtureDoc builds an analysed document by hand: text with an entity
// mention, a date, an event and an attribution, whose every piece carries
// text a browser would run if it were not escaped.
func fixtureDoc(id, lang string, day int) *litopys.Document {
	text := "Ivan Petrov " + hostile + " said on 5 May that the bridge opened.\n\nSecond paragraph."
	at := func(s string) litopys.Span {
		i := strings.Index(text, s)
		return litopys.Span{Start: i, End: i + len(s)}
	}
	per, date, trig := at("Ivan Petrov"), at("5 May"), at("opened")
	sent := litopys.Span{Start: 0, End: strings.Index(text, "\n")}
	ent := litopys.Entity{ID: "PER-petrov", Type: litopys.PER, Name: "Ivan Petrov " + hostile,
		Names: map[string]string{lang: "Ivan Petrov"}, Aliases: []string{"Petrov"}}
	place := litopys.Entity{ID: "LOC-bridge", Type: litopys.LOC, Name: "Bridge", Names: map[string]string{lang: "Bridge"}, Aliases: []string{}}
	return &litopys.Document{
		ID: id, Outlet: "example.org", URL: "https://example.org/" + id, Title: "Bridge " + hostile + " " + id,
		Published: litopys.DayDate(2024, 5, day), Lang: lang, Text: text,
		Paragraphs: []litopys.Span{sent, {Start: sent.End + 2, End: len(text)}},
		Sentences:  []litopys.Sentence{{Start: sent.Start, End: sent.End, Lang: lang}},
		Tokens:     []litopys.Token{{Start: 0, End: 4, Text: "Ivan", Lemma: "ivan"}, {Start: trig.Start, End: trig.End, Text: "opened", Lemma: "open"}, {Start: at("bridge").Start, End: at("bridge").End, Text: "bridge", Lemma: "bridge"}},
		Removed:    []litopys.Removed{{Text: "Subscribe " + hostile, Kind: litopys.RemovedShare}},
		Mentions: []litopys.Mention{
			{Start: per.Start, End: per.End, Text: "Ivan Petrov", Base: "Ivan Petrov", Type: litopys.PER, Entity: ent.ID},
			{Start: at("bridge").Start, End: at("bridge").End, Text: "bridge", Base: "bridge", Type: litopys.LOC, Entity: place.ID},
		},
		Entities: []litopys.Entity{ent, place},
		Times:    []litopys.TimeExpr{{Start: date.Start, End: date.End, Text: "5 May", Value: litopys.TimexOf(litopys.DayDate(2024, 5, 5)), Granularity: "day", Date: litopys.DayDate(2024, 5, 5)}},
		Events: []litopys.Event{{Type: "open", Trigger: "opened", TriggerSpan: trig, Date: litopys.TimexOf(litopys.DayDate(2024, 5, 5)), Granularity: "day",
			Participants: []litopys.Participant{{Entity: ent.ID, Role: litopys.RoleAgent, Text: "Ivan Petrov", Start: per.Start, End: per.End}},
			Evidence:     sent, Text: text[sent.Start:sent.End], Attribution: 0}},
		Attributions: []litopys.Attribution{{Source: ent.ID, SourceText: "Ivan Petrov", Cue: "said", Evidence: sent, Text: text[sent.Start:sent.End], Scope: sent}},
	}
}

// stubAnalyzer "analyses" a record into a bare document: enough to test
// ingest without loading the models.
type stubAnalyzer struct{}

func (stubAnalyzer) Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error) {
	if strings.TrimSpace(rec.Body) == "" {
		return nil, litopys.Errorf(litopys.EINVALID, "empty")
	}
	id := rec.ID
	if id == "" {
		id = "stub-" + rec.Title
	}
	return &litopys.Document{ID: id, Title: rec.Title, Lang: rec.Lang, Text: rec.Body, Published: rec.Published,
		Outlet: rec.Outlet, URL: rec.URL, Sentences: []litopys.Sentence{}, Tokens: []litopys.Token{}, Removed: []litopys.Removed{}}, nil
}

// newFixture starts a server over a store holding docs, with token
// "secret" and the stub analyser.
func newFixture(tb testing.TB, docs ...*litopys.Document) (*Server, *httptest.Server) {
	tb.Helper()
	st := testStore(tb)
	for _, d := range docs {
		if _, err := st.PutDocument(context.Background(), d, "test"); err != nil {
			tb.Fatal(err)
		}
	}
	srv, err := New(Options{Store: st, Analyzer: stubAnalyzer{}, AnalyzerVersion: "test", Token: "secret",
		OnError: func(r *http.Request, err error) { tb.Errorf("%s %s: unexpected error: %v", r.Method, r.URL, err) }})
	if err != nil {
		tb.Fatal(err)
	}
	if err := srv.Load(context.Background()); err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	tb.Cleanup(ts.Close)
	return srv, ts
}

// get fetches path and returns the status, content type and body.
func get(tb testing.TB, ts *httptest.Server, path string) (int, string, string) {
	tb.Helper()
	return do(tb, ts, http.MethodGet, path, "", nil)
}

func do(tb testing.TB, ts *httptest.Server, method, path, contentType string, body io.Reader, header ...string) (int, string, string) {
	tb.Helper()
	req, err := http.NewRequest(method, ts.URL+path, body)
	if err != nil {
		tb.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}

// httptestGet serves one GET through the handler without a network.
func httptestGet(srv *Server, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, localRequest(http.MethodGet, path, nil))
	return rec
}

// httptestDo serves one request through the handler without a network.
func httptestDo(srv *Server, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req)
	return rec
}

func codeOf(err error) string { return litopys.ErrorCode(err) }

// localRequest is httptest.NewRequest for a server on this machine: its
// Host is localhost, which the host check accepts (example.com is not).
func localRequest(method, target string, body io.Reader) *http.Request {
	req := httptest.NewRequest(method, target, body)
	req.Host = "localhost"
	return req
}

// isoDate is the Date of an ISO string the test writes.
func isoDate(s string) litopys.Date {
	d, err := litopys.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}
