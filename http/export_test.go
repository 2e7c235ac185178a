package http

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

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
	sid, _ := srv.Index().StoryOf("a1")
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
