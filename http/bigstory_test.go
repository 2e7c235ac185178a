package http

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// oneStory is a story assigner that files every document in one story.
type oneStory struct{ cursor int64 }

func (a *oneStory) Cursor() int64 { return a.cursor }
func (a *oneStory) Window() int   { return 1 }
func (a *oneStory) Load(w litopys.StoryWindow) error {
	a.cursor = w.Seq
	return nil
}
func (a *oneStory) Assign(_ []litopys.StoryEntry, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	var out []litopys.StoryEntry
	for _, d := range docs {
		out = append(out, litopys.StoryEntry{Doc: d.ID, Story: "big", Lang: d.Lang, Outlet: d.Outlet, Published: d.Published})
	}
	return out, nil
}
func (a *oneStory) Committed(entries []litopys.StoryEntry) {
	if len(entries) > 0 {
		a.cursor = entries[len(entries)-1].Seq
	}
}
func (a *oneStory) Reset() { a.cursor = 0 }

// bigStoryDoc makes document i of a large story: eventsPerDoc sentences,
// each a dated event of its own (a different person each time, beside the
// story's two core entities), dates spread over two years.
func bigStoryDoc(i, eventsPerDoc int) *litopys.Document {
	types := []string{"meet", "military", "statement", "court", "visit", "disaster", "vote", "accuse"}
	start := time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)
	doc := &litopys.Document{ID: fmt.Sprintf("big-%03d", i), Lang: []string{"ru", "uk"}[i%2], Outlet: "example.org",
		Title: fmt.Sprintf("Article %d of the big story", i), Published: litopys.DateOf(start.AddDate(0, 0, 730)),
		Entities: []litopys.Entity{{ID: "GPE-Core", Type: litopys.LOC, Name: "Core"}, {ID: "PER-Lead", Type: litopys.PER, Name: "Lead"}},
		Removed:  []litopys.Removed{}}
	var b strings.Builder
	for j := range eventsPerDoc {
		k := i*eventsPerDoc + j
		day := start.AddDate(0, 0, k*730/(100*eventsPerDoc))
		s := b.Len()
		fmt.Fprintf(&b, "On %s Lead and Person %d met in Core about matter %d. ", day.Format("2 January 2006"), k, k)
		sent := litopys.Span{Start: s, End: b.Len() - 1}
		other := fmt.Sprintf("PER-p%04d", k)
		doc.Sentences = append(doc.Sentences, litopys.Sentence{Start: sent.Start, End: sent.End, Lang: doc.Lang})
		doc.Events = append(doc.Events, litopys.Event{Type: types[k%len(types)], Trigger: "meet", TriggerSpan: sent,
			Date: litopys.TimexOf(litopys.DateOf(day)), Granularity: "day", Time: -1, Attribution: -1, Evidence: sent,
			Participants: []litopys.Participant{{Entity: "PER-Lead", Role: litopys.RoleAgent}, {Entity: other, Role: litopys.RolePatient}, {Entity: "GPE-Core", Role: litopys.RolePlace}}})
		doc.Entities = append(doc.Entities, litopys.Entity{ID: other, Type: litopys.PER, Name: fmt.Sprintf("Person %d", k)})
	}
	doc.Text = b.String()
	for j := range doc.Events {
		doc.Events[j].Text = doc.Text[doc.Events[j].Evidence.Start:doc.Events[j].Evidence.End]
	}
	doc.Paragraphs = []litopys.Span{{Start: 0, End: len(doc.Text)}}
	return doc
}

// bigStoryServer serves one story of docs articles with eventsPerDoc
// dated events each.
func bigStoryServer(tb testing.TB, docs, eventsPerDoc int) (*Server, *httptest.Server) {
	tb.Helper()
	st := testStore(tb)
	st.(litopys.StoryWriter).SetStories(&oneStory{})
	ctx := context.Background()
	for i := range docs {
		if _, err := st.PutDocument(ctx, bigStoryDoc(i, eventsPerDoc), "test"); err != nil {
			tb.Fatal(err)
		}
	}
	srv, err := New(Options{Store: st,
		OnError: func(r *http.Request, err error) { tb.Errorf("%s %s: %v", r.Method, r.URL, err) }})
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

// TestBigStoryPage: a story of 100 articles and 1,000 events lists its
// chronology 50 rows a page, draws the timeline as weekly bars that count
// every event, and its links reach the page of each row.
func TestBigStoryPage(t *testing.T) {
	srv, _ := bigStoryServer(t, 100, 10)
	v, err := srv.storyView(t.Context(), "big", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Chronology) != 1000 {
		t.Fatalf("chronology of %d rows, want 1000", len(v.Chronology))
	}
	if v.Timeline.Unit != "week" || len(v.Timeline.Bars) == 0 || v.Timeline.Rows != 1000 {
		t.Errorf("timeline by %s with %d bars of %d rows", v.Timeline.Unit, len(v.Timeline.Bars), v.Timeline.Rows)
	}
	h := srv.Handler()
	get := func(path string) string {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Host = "localhost"
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d", path, rec.Code)
		}
		return rec.Body.String()
	}
	first := get("/stories/big")
	if n := strings.Count(first, `class="row"`); n != chronPageSize {
		t.Errorf("first page lists %d rows, want %d", n, chronPageSize)
	}
	last := v.Timeline.Bars[len(v.Timeline.Bars)-1]
	page := get("/stories/big" + strings.Split(last.Link, "#")[0])
	if !strings.Contains(page, `id="row-`+fmt.Sprint(last.First)+`"`) || !strings.Contains(page, "events 951–1000 of 1000") {
		t.Errorf("the last bar's link %q does not reach row %d", last.Link, last.First)
	}
	if !strings.Contains(first, `class="tl-legend"`) || strings.Count(first, `<a href="?rows=`) < 10 {
		t.Errorf("page lacks the legend or the bars' links")
	}
	// Zoomed to months, on page 2: the pager and the bars keep the zoom.
	zoomed := get("/stories/big?tl=month&rows=50")
	if !strings.Contains(zoomed, `href="?rows=100&amp;tl=month#chronology"`) || !strings.Contains(zoomed, "<b>month</b>") {
		t.Errorf("zoomed page does not keep tl=month in its links")
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/stories/big?tl=decade", nil)
	req.Host = "localhost"
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusBadRequest {
		t.Errorf("tl=decade: %d, want 400", rec.Code)
	}
}

// BenchmarkBigStoryPage renders the page of a story with 1,000 events
// (100 articles, all in the document cache after the first request).
func BenchmarkBigStoryPage(b *testing.B) {
	srv, _ := bigStoryServer(b, 100, 10)
	h := srv.Handler()
	for b.Loop() {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/stories/big", nil)
		req.Host = "localhost"
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

// BenchmarkBigStoryPageCold renders the same page with an empty document
// cache: the 100 articles are read and decoded from the store each time.
func BenchmarkBigStoryPageCold(b *testing.B) {
	srv, _ := bigStoryServer(b, 100, 10)
	h := srv.Handler()
	for b.Loop() {
		srv.docs = newLRU[*litopys.Document](docCacheSize)
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/stories/big", nil)
		req.Host = "localhost"
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}
