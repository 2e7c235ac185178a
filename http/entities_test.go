package http

import (
	"net/http"
	"strings"
	"testing"
)

// TestEntityLookup: the registry's lookup with paging and filters, the
// redirect of an older id, and entity hits beside article hits in search.
func TestEntityLookup(t *testing.T) {
	_, ts := newFixture(t, fixtureDoc("a1", "en", 6), fixtureDoc("a2", "uk", 7))
	for _, tt := range []struct {
		name, path string
		status     int
		want       string
	}{
		{"all", "/api/entities", 200, `"total":2`},
		{"by name", "/api/entities?q=Ivan+Petrov", 200, `"id":"PER-Ivan-Petrov"`},
		{"by prefix", "/api/entities?q=ivan+pe", 200, `"total":1`},
		{"type", "/api/entities?type=LOC", 200, `"total":1,"entities":[{"id":"LOC-bridge"`},
		{"type none", "/api/entities?type=ORG", 200, `"total":0,"entities":[]`},
		{"type lower case", "/api/entities?type=per", 200, `"id":"PER-Ivan-Petrov"`},
		{"second page", "/api/entities?limit=1&offset=1", 200, `"total":2,"entities":[{"id":"PER-Ivan-Petrov"`},
		{"past the end", "/api/entities?offset=5", 200, `"total":2,"entities":[]`},
		{"lang", "/api/entities?lang=uk", 200, `"total":2`},
		{"lang none", "/api/entities?lang=ru", 200, `"total":0`},
		{"unknown lang", "/api/entities?lang=xx", 400, `lang: want one of ru, uk, en`},
		{"unknown type", "/api/entities?type=CAT", 400, `type: want`},
		{"search by entity name", "/api/search?entity=Ivan+Petrov", 200, `"total":2`},
		{"search by unknown name", "/api/search?entity=Nobody+Here", 404, `no entity is called`},
		{"entity hits beside article hits", "/search?q=Petrov", 200, `class="entity-hits"`},
		{"search page by entity name", "/search?q=bridge&entity=Petrov", 200, `2 found.`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, _, body := get(t, ts, tt.path)
			if status != tt.status || !strings.Contains(body, tt.want) {
				t.Errorf("GET %s = %d, want %d with %q:\n%s", tt.path, status, tt.status, tt.want, body)
			}
		})
	}
	// An id documents use answers with a permanent redirect to the
	// entity's id, on the page and in the API, the query kept.
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for path, want := range map[string]string{
		"/entities/PER-petrov":          "/entities/PER-Ivan-Petrov",
		"/api/entities/PER-petrov?x=1":  "/api/entities/PER-Ivan-Petrov?x=1",
		"/entities/PER-Ivan-Petrov":     "",
		"/api/entities/PER-Ivan-Petrov": "",
	} {
		resp, err := noFollow.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if want == "" {
			if resp.StatusCode != 200 {
				t.Errorf("GET %s = %d, want 200", path, resp.StatusCode)
			}
			continue
		}
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
			t.Errorf("GET %s = %d to %q, want 301 to %q", path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}
}
