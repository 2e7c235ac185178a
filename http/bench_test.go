package http

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// BenchmarkPages renders the demo's pages and API answers through the
// handler, without a network.
func BenchmarkPages(b *testing.B) {
	srv, _ := seededServer(b)
	stories, _, _ := srv.Index().Stories(context.Background(), "", 1, 0)
	sid := url.PathEscape(stories[0].ID)
	h := srv.Handler()
	for _, path := range []string{"/", "/stories/" + sid, "/api/stories/" + sid, "/entities/PER-kimchenin", "/documents/000_d0670793ce43c562", "/api/search?q=КНДР"} {
		// An id the registry merged into another redirects there: time
		// the page it redirects to.
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, localRequest(http.MethodGet, path, nil))
		if rec.Code == http.StatusMovedPermanently {
			path = rec.Header().Get("Location")
		}
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, localRequest(http.MethodGet, path, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d", path, rec.Code)
				}
			}
		})
	}
}

func BenchmarkHighlight(b *testing.B) {
	srv, _ := seededServer(b)
	doc, err := srv.document(b.Context(), "000_d0670793ce43c562")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		highlight(doc, "s")
	}
}
