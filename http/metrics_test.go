package http

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// TestInstrument counts requests by the route pattern that answered them
// and their status code, whatever the path.
func TestInstrument(t *testing.T) {
	srv, _ := newFixture(t, fixtureDoc("a1", "en", 6))
	reg := prometheus.NewPedanticRegistry()
	h := NewMetrics(reg).Instrument(srv.Handler())
	for _, path := range []string{
		"/healthz", "/healthz", "/api/documents/a1", "/api/documents/zz", "/api/nothing",
		"/no/such/page", "/static/style.css",
		"//healthz", // the mux redirects to the clean path, under the route
	} {
		h.ServeHTTP(httptest.NewRecorder(), localRequest(http.MethodGet, path, nil))
	}
	h.ServeHTTP(httptest.NewRecorder(), localRequest(http.MethodDelete, "/api/documents/a1", nil))
	// A client that goes away while the store searches: 499, not 500.
	gone, cancel := context.WithCancel(t.Context())
	cancel()
	h.ServeHTTP(httptest.NewRecorder(), localRequest(http.MethodGet, "/api/search?q=bridge", nil).WithContext(gone))

	const want = `
# HELP litopys_http_requests_total HTTP requests answered, by route pattern and status code.
# TYPE litopys_http_requests_total counter
litopys_http_requests_total{code="200",route="GET /api/documents/{id}"} 1
litopys_http_requests_total{code="200",route="GET /healthz"} 2
litopys_http_requests_total{code="200",route="GET /static/"} 1
litopys_http_requests_total{code="307",route="GET /healthz"} 1
litopys_http_requests_total{code="404",route="/"} 1
litopys_http_requests_total{code="404",route="/api/"} 1
litopys_http_requests_total{code="404",route="GET /api/documents/{id}"} 1
litopys_http_requests_total{code="405",route="/api/"} 1
litopys_http_requests_total{code="499",route="GET /api/search"} 1
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "litopys_http_requests_total"); err != nil {
		t.Error(err)
	}
	if n := testutil.CollectAndCount(reg, "litopys_http_request_seconds"); n != 6 {
		t.Errorf("%d latency series, want one per route (6)", n)
	}

	rec := httptest.NewRecorder()
	MetricsHandler(reg).ServeHTTP(rec, localRequest(http.MethodGet, "/metrics", nil))
	mfs := parseMetrics(t, rec.Body)
	var observed uint64
	for _, m := range mfs["litopys_http_request_seconds"].GetMetric() {
		observed += m.GetHistogram().GetSampleCount()
	}
	if observed != 10 {
		t.Errorf("%d requests timed, want 10", observed)
	}
}
