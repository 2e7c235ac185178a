package http

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/sqlite"
)

// storyDoc is a document of its own story: one mention of entity ent
// (of type typ) and words no other shares.
func storyDoc(id, lang, outlet string, published litopys.Date, ent, typ string) *litopys.Document {
	name := "Name" + id
	text := name + " visited " + id + "ville and spoke of common news."
	word := litopys.Span{Start: len(name) + 9, End: len(name) + 9 + len(id) + 5}
	e := litopys.Entity{ID: ent, Type: typ, Name: name, Names: map[string]string{lang: name}, Aliases: []string{}}
	return &litopys.Document{
		ID: id, Lang: lang, Outlet: outlet, Title: "Title " + id, Published: published, Text: text,
		Paragraphs: []litopys.Span{{Start: 0, End: len(text)}},
		Sentences:  []litopys.Sentence{{Start: 0, End: len(text), Lang: lang}},
		Tokens: []litopys.Token{
			{Start: 0, End: len(name), Text: name, Lemma: strings.ToLower(name), Kind: litopys.TokenWord},
			{Start: word.Start, End: word.End, Text: text[word.Start:word.End], Lemma: strings.ToLower(text[word.Start:word.End]), Kind: litopys.TokenWord},
			{Start: len(text) - 5, End: len(text) - 1, Text: "news", Lemma: "news", Kind: litopys.TokenWord},
		},
		Removed:  []litopys.Removed{},
		Mentions: []litopys.Mention{{Start: 0, End: len(name), Text: name, Base: name, Type: typ, Entity: ent}},
		Entities: []litopys.Entity{e},
	}
}

// ownStories is a story assigner that gives each document a story of its
// own, so that filters are tested apart from clustering.
type ownStories struct{ cursor int64 }

func (a *ownStories) Cursor() int64 { return a.cursor }
func (a *ownStories) Window() int   { return 1 }
func (a *ownStories) Load(w litopys.StoryWindow) error {
	a.cursor = w.Seq
	return nil
}
func (a *ownStories) Assign(unseen []litopys.StoryEntry, docs []*litopys.Document) ([]litopys.StoryEntry, error) {
	var out []litopys.StoryEntry
	for _, d := range docs {
		day := 0
		if !d.Published.IsZero() {
			day = int(d.Published.Time().Unix() / 86400)
		}
		out = append(out, litopys.StoryEntry{Doc: d.ID, Story: "s-" + d.ID, Lang: d.Lang, Outlet: d.Outlet, Published: d.Published, Day: day})
	}
	return out, nil
}
func (a *ownStories) Committed(entries []litopys.StoryEntry) {
	if len(entries) > 0 {
		a.cursor = entries[len(entries)-1].Seq
	}
}
func (a *ownStories) Reset() { a.cursor = 0 }

func filterFixture(t *testing.T) (*Server, func(path string) (int, string)) {
	t.Helper()
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	st.SetStories(&ownStories{})
	for _, d := range []*litopys.Document{
		storyDoc("d1", "ru", "zn.ua", litopys.DayDate(2024, 5, 1), "PER-a", litopys.PER),
		storyDoc("d2", "uk", "zn.ua", litopys.DayDate(2024, 6, 10), "ORG-b", litopys.ORG),
		storyDoc("d3", "en", "bbc.com", litopys.DayDate(2024, 7, 20), "PER-c", litopys.PER),
		storyDoc("d4", "ru", "bbc.com", litopys.Date{}, "LOC-d", litopys.LOC),
	} {
		if _, err := st.PutDocument(t.Context(), d, "test"); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := New(Options{Store: st, OnError: func(r *http.Request, err error) { t.Errorf("%s: %v", r.URL, err) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return srv, func(path string) (int, string) {
		code, _, body := get(t, ts, path)
		return code, body
	}
}

// TestStoryFilters narrows the stories by date range, language, outlet,
// entity and entity type, counts them by facet, pages them, and refuses
// a language, type or range that cannot be.
func TestStoryFilters(t *testing.T) {
	srv, get := filterFixture(t)
	titles := func(body string) []string {
		var l StoryList
		if err := json.Unmarshal([]byte(body), &l); err != nil {
			t.Fatalf("%v: %s", err, body)
		}
		var out []string
		for _, s := range l.Stories {
			out = append(out, strings.TrimPrefix(s.Title, "Title "))
		}
		slices.Sort(out)
		return out
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"d1", "d2", "d3", "d4"}},
		{"lang=ru", []string{"d1", "d4"}},
		{"outlet=bbc.com", []string{"d3", "d4"}},
		{"outlet=ZN.ua", []string{"d1", "d2"}},
		{"from=2024-06", []string{"d2", "d3"}},
		{"from=2024-05-01&to=2024-06", []string{"d1", "d2"}},
		{"to=2024", []string{"d1", "d2", "d3"}},
		{"entity=PER-a", []string{"d1"}},
		{"type=per", []string{"d1", "d3"}},
		{"type=LOC&lang=ru", []string{"d4"}},
		{"lang=uk&outlet=bbc.com", nil},
	}
	for _, tt := range tests {
		code, body := get("/api/stories?" + tt.query)
		if got := titles(body); code != 200 || !slices.Equal(got, tt.want) {
			t.Errorf("?%s: %d %v, want %v", tt.query, code, got, tt.want)
		}
	}
	for _, q := range []string{"lang=xx", "type=XYZ", "from=2024-07&to=2024-05", "from=soon", "limit=-1"} {
		if code, body := get("/api/stories?" + q); code != http.StatusBadRequest || !strings.Contains(body, `"code":"invalid"`) {
			t.Errorf("?%s: %d %s, want 400", q, code, body)
		}
	}
	if code, _ := get("/api/search?q=news&lang=xx"); code != http.StatusBadRequest {
		t.Errorf("search lang=xx: %d, want 400", code)
	}
	_, body := get("/api/stories?outlet=zn.ua")
	var l StoryList
	json.Unmarshal([]byte(body), &l)
	f := l.Facets
	if !slices.Equal(f.Langs, []FacetCount{{Value: "ru", Count: 1}, {Value: "uk", Count: 1}}) || f.Of != 2 ||
		!slices.Equal(f.Outlets, []FacetCount{{Value: "zn.ua", Count: 2}}) ||
		!slices.Equal(f.Entities["PER"], []FacetCount{{Value: "PER-a", Name: "Named1", Count: 1}}) {
		t.Errorf("facets %+v", f)
	}
	_, body = get("/api/stories?limit=1&offset=3")
	json.Unmarshal([]byte(body), &l)
	if l.Total != 4 || l.Offset != 3 || len(l.Stories) != 1 {
		t.Errorf("page 4 of 4: total %d offset %d, %d stories", l.Total, l.Offset, len(l.Stories))
	}
	_ = srv
}

// TestHomeFilters shows the filtered home page: the stories kept, their
// count, facet links that add a filter, and paging.
func TestHomeFilters(t *testing.T) {
	_, get := filterFixture(t)
	code, body := get("/?lang=ru")
	if code != 200 || strings.Count(body, `class="story-card"`) != 2 || !strings.Contains(body, "2 stories match the filters") {
		t.Errorf("/?lang=ru: %d, %d cards", code, strings.Count(body, `class="story-card"`))
	}
	if !strings.Contains(body, `href="/?lang=ru&amp;outlet=bbc.com"`) || !strings.Contains(body, `class="active" href="/"`) {
		t.Errorf("facet links missing:\n%s", body)
	}
	code, body = get("/?limit=3")
	if code != 200 || strings.Count(body, `class="story-card"`) != 3 || !strings.Contains(body, "1–3 of 4") || !strings.Contains(body, `href="/?limit=3&amp;offset=3"`) {
		t.Errorf("paged home: %d %d cards", code, strings.Count(body, `class="story-card"`))
	}
	if code, body = get("/?lang=xx"); code != http.StatusBadRequest || !strings.Contains(body, "lang: want one of") {
		t.Errorf("/?lang=xx: %d", code)
	}
}

// TestSearchFacetsAndExport counts search results by facet and downloads
// every result, across pages of the store's search, as CSV and JSON.
func TestSearchFacetsAndExport(t *testing.T) {
	_, get := filterFixture(t)
	code, body := get("/api/search?q=news&facets=1&limit=2")
	var res SearchList
	if err := json.Unmarshal([]byte(body), &res); code != 200 || err != nil {
		t.Fatalf("%d %v %s", code, err, body)
	}
	if res.Total != 4 || len(res.Results) != 2 || res.Facets == nil || res.Facets.Of != 4 ||
		!slices.Equal(res.Facets.Langs, []FacetCount{{Value: "ru", Count: 2}, {Value: "en", Count: 1}, {Value: "uk", Count: 1}}) {
		t.Errorf("search facets: %+v", res)
	}
	defer func(n int) { exportPage = n }(exportPage)
	exportPage = 3 // the store's search is paged through
	code, body = get("/api/search?q=news&format=csv&limit=1&offset=2")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if code != 200 || err != nil || len(rows) != 5 || rows[0][1] != "id" {
		t.Fatalf("CSV export: %d %v %d rows\n%s", code, err, len(rows), body)
	}
	var ids []string
	for _, r := range rows[1:] {
		ids = append(ids, r[1])
	}
	slices.Sort(ids)
	if !slices.Equal(ids, []string{"d1", "d2", "d3", "d4"}) {
		t.Errorf("exported %v", ids)
	}
	code, body = get("/api/search?q=news&lang=ru&format=json")
	var items []map[string]any
	if err := json.Unmarshal([]byte(body), &items); code != 200 || err != nil || len(items) != 2 || items[0]["lang"] != "ru" {
		t.Errorf("JSON export: %d %v %s", code, err, body)
	}
	code, body = get("/api/search?q=news&type=per")
	var typed SearchList
	if err := json.Unmarshal([]byte(body), &typed); code != 200 || err != nil || typed.Total != 2 {
		t.Errorf("search by type: %d %v, %d found, want 2 (d1, d3)", code, err, typed.Total)
	}
	if code, _ := get("/api/search?q=news&type=person"); code != http.StatusBadRequest {
		t.Errorf("type=person: %d", code)
	}
	if code, _ := get("/api/documents?type=PER"); code != http.StatusBadRequest {
		t.Errorf("documents by type: %d, want 400", code)
	}
	if code, _ := get("/api/search?q=news&format=xml"); code != http.StatusBadRequest {
		t.Errorf("format=xml: %d", code)
	}
	code, body = get("/search?q=news&lang=ru")
	if code != 200 || !strings.Contains(body, `href="/api/search?format=csv&amp;lang=ru&amp;q=news"`) || !strings.Contains(body, `class="facets"`) {
		t.Errorf("search page lacks export links or facets: %d", code)
	}
}

// TestExportChronologyAndMentions downloads a story's chronology and an
// entity's mentions.
func TestExportChronologyAndMentions(t *testing.T) {
	srv, ts := newFixture(t, fixtureDoc("a1", "en", 6), fixtureDoc("a2", "ru", 7))
	sid, _, _ := srv.Index().StoryOf(context.Background(), "a1")
	status, ct, body := get(t, ts, "/api/stories/"+sid+"/chronology?format=csv")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if status != 200 || ct != "text/csv; charset=utf-8" || err != nil || len(rows) < 2 || rows[1][1] != "2024-05-05" || rows[1][3] != "open" {
		t.Errorf("chronology CSV: %d %s %v\n%s", status, ct, err, body)
	}
	status, _, body = get(t, ts, "/api/entities/PER-petrov/mentions?format=csv")
	rows, err = csv.NewReader(strings.NewReader(body)).ReadAll()
	if status != 200 || err != nil || len(rows) != 3 || rows[1][8] != "Ivan Petrov" || !strings.HasPrefix(rows[1][10], "Ivan Petrov") {
		t.Errorf("mentions CSV: %d %v\n%s", status, err, body)
	}
	if status, _, body = get(t, ts, "/api/entities/PER-petrov/mentions"); status != 200 || !strings.HasPrefix(body, "[") {
		t.Errorf("mentions JSON: %d %s", status, body)
	}
	if status, _, _ = get(t, ts, "/api/entities/PER-nobody/mentions"); status != 404 {
		t.Errorf("unknown entity: %d", status)
	}
	if status, _, _ = get(t, ts, "/api/stories/nope/chronology"); status != 404 {
		t.Errorf("unknown story: %d", status)
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "@a": "'@a", "Київ": "Київ", "": ""} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEntityPagePaging lists an entity's articles a hundred at a time, with
// the total (it stopped at 100).
func TestEntityPagePaging(t *testing.T) {
	var docs []*litopys.Document
	for i := range 130 {
		d := storyDoc(fmt.Sprintf("e%03d", i), "ru", "zn.ua", litopys.DayDate(2024, 1, 1+i%28), "PER-many", litopys.PER)
		docs = append(docs, d)
	}
	_, ts := newFixture(t, docs...)
	_, _, body := get(t, ts, "/entities/PER-many")
	// PER-many answers as the registry's id for the entity (a redirect).
	if n := strings.Count(body, `<li><a href="/documents/e`); n != 100 || !strings.Contains(body, "1–100 of 130") || !strings.Contains(body, `?offset=100"`) {
		t.Errorf("first page: %d articles\n%s", n, body)
	}
	_, _, body = get(t, ts, "/entities/PER-many?offset=100")
	if n := strings.Count(body, `<li><a href="/documents/e`); n != 30 || !strings.Contains(body, "101–130 of 130") {
		t.Errorf("second page: %d articles", n)
	}
}

// TestLoadingPages shows, before the story index is loaded, a page saying
// how far it is instead of stories half built; the API says 503.
func TestLoadingPages(t *testing.T) {
	st := testStore(t)
	for _, d := range []*litopys.Document{fixtureDoc("a1", "en", 6), fixtureDoc("a2", "ru", 7)} {
		if _, err := st.PutDocument(t.Context(), d, "test"); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := New(Options{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	srv.load.total.Store(2)
	rec := httptestGet(srv, "/")
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "loading the stories: 0 of 2 articles") ||
		!strings.Contains(rec.Body.String(), `http-equiv="refresh"`) || strings.Contains(rec.Body.String(), "No stories yet") {
		t.Errorf("home while loading: %d\n%s", rec.Code, rec.Body)
	}
	if rec := httptestGet(srv, "/api/stories"); rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), `"code":"loading"`) {
		t.Errorf("API while loading: %d %s", rec.Code, rec.Body)
	}
	if rec := httptestGet(srv, "/documents/a1"); rec.Code != 200 {
		t.Errorf("an article while loading: %d", rec.Code)
	}
	if err := srv.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	if rec := httptestGet(srv, "/"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "story-card") {
		t.Errorf("home after loading: %d", rec.Code)
	}
}

// TestDocumentListTotal gives the listing of documents its total.
func TestDocumentListTotal(t *testing.T) {
	_, get := filterFixture(t)
	for q, want := range map[string][2]int{"": {4, 2}, "lang=ru": {2, 2}, "outlet=bbc.com&offset=1": {2, 1}, "from=2024-06": {2, 2}} {
		_, body := get("/api/documents?limit=2&" + q)
		var l DocumentList
		if err := json.Unmarshal([]byte(body), &l); err != nil || l.Total != want[0] || len(l.Documents) != want[1] {
			t.Errorf("?%s: total %d, %d documents (%v), want %v", q, l.Total, len(l.Documents), err, want)
		}
	}
}

// TestStoryDocumentsPaged pages a story's documents in the API.
func TestStoryDocumentsPaged(t *testing.T) {
	srv, ts := newFixture(t, fixtureDoc("a1", "en", 6), fixtureDoc("a2", "ru", 7))
	sid, _, _ := srv.Index().StoryOf(context.Background(), "a1")
	var v struct {
		Count int                       `json:"document_count"`
		Docs  []litopys.DocumentSummary `json:"documents"`
	}
	for q, want := range map[string]int{"": 2, "?limit=1": 1, "?offset=1": 1, "?offset=5": 0} {
		_, _, body := get(t, ts, "/api/stories/"+sid+q)
		if err := json.Unmarshal([]byte(body), &v); err != nil || v.Count != 2 || len(v.Docs) != want {
			t.Errorf("%q: %d of %d documents (%v), want %d", q, len(v.Docs), v.Count, err, want)
		}
	}
}

// FuzzStoryQuery feeds any query string to the stories' filters and
// paging: an answer is 200 or 400, never a 500 or a panic.
func FuzzStoryQuery(f *testing.F) {
	for _, q := range []string{"lang=ru&from=2024-05&to=2024", "type=per&entity=PER-a&offset=3&limit=1", "from=2024-13-40", "lang=%ff", "limit=99999999999999999999"} {
		f.Add(q)
	}
	srv, _ := newFixture(f, storyDoc("d1", "ru", "zn.ua", litopys.DayDate(2024, 5, 1), "PER-a", litopys.PER))
	f.Fuzz(func(t *testing.T, q string) {
		for _, target := range [][2]string{{"/api/stories", ""}, {"/", ""}, {"/api/documents", ""}, {"/search", "q=x&"}, {"/api/search", "q=x&facets=1&"}} {
			req := localRequest(http.MethodGet, "/", nil)
			req.URL.Path, req.URL.RawQuery = target[0], target[1]+q
			rec := httptestDo(srv, req)
			if rec.Code != 200 && rec.Code != 400 {
				t.Fatalf("%s?%s: %d %s", target[0], req.URL.RawQuery, rec.Code, rec.Body)
			}
		}
	})
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{"litopys-search-Ким Чен Ын": "litopys-search", "litopys-story-s-12ab-chronology": "litopys-story-s-12ab-chronology", "a  b//c": "a-b-c", "": ""} {
		if got := fileName(in); got != want {
			t.Errorf("fileName(%q) = %q, want %q", in, got, want)
		}
	}
}
