package http

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// parseMetrics parses a /metrics answer as Prometheus does, failing the
// test on any syntax error.
func parseMetrics(tb testing.TB, body io.Reader) map[string]*dto.MetricFamily {
	tb.Helper()
	p := expfmt.NewTextParser(model.LegacyValidation)
	mfs, err := p.TextToMetricFamilies(body)
	if err != nil {
		tb.Fatalf("/metrics does not parse: %v", err)
	}
	return mfs
}

// probe is one answer of a probe endpoint.
type probe struct {
	Code int
	Body map[string]string
}

func getProbe(tb testing.TB, h http.Handler, method, path string) probe {
	tb.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, localRequest(method, path, nil))
	p := probe{Code: rec.Code}
	if rec.Code != http.StatusMethodNotAllowed {
		if err := json.Unmarshal(rec.Body.Bytes(), &p.Body); err != nil {
			tb.Fatalf("%s %s: %v: %s", method, path, err, rec.Body)
		}
	}
	return p
}

// TestProbes checks the worker's endpoints: /healthz while the process
// runs, /readyz flipping to 503 with the reason once the store is closed,
// and /metrics in a format Prometheus parses.
func TestProbes(t *testing.T) {
	st := testStore(t)
	reg := prometheus.NewRegistry()
	jobs := prometheus.NewCounter(prometheus.CounterOpts{Name: "litopys_test_jobs_total", Help: "Jobs."})
	reg.MustRegister(jobs)
	jobs.Add(3)
	h := Probes(reg, func(ctx context.Context) error {
		_, err := st.Count(ctx)
		return err
	})

	type step struct {
		method, path string
		want         probe
	}
	check := func(steps []step) {
		t.Helper()
		for _, s := range steps {
			got := getProbe(t, h, s.method, s.path)
			if got.Code != s.want.Code || len(got.Body) != len(s.want.Body) {
				t.Errorf("%s %s = %+v, want %+v", s.method, s.path, got, s.want)
				continue
			}
			for k, v := range s.want.Body {
				if got.Body[k] != v && !(v == "*" && got.Body[k] != "") {
					t.Errorf("%s %s: %s = %q, want %q", s.method, s.path, k, got.Body[k], v)
				}
			}
		}
	}
	check([]step{
		{"GET", "/healthz", probe{200, map[string]string{"status": "ok"}}},
		{"GET", "/readyz", probe{200, map[string]string{"status": "ready"}}},
		{"POST", "/readyz", probe{Code: 405}},
	})

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, localRequest("GET", "/metrics", nil))
	mfs := parseMetrics(t, rec.Body)
	if got := mfs["litopys_test_jobs_total"].GetMetric()[0].GetCounter().GetValue(); got != 3 {
		t.Errorf("litopys_test_jobs_total = %v, want 3", got)
	}

	st.Close()
	check([]step{
		{"GET", "/healthz", probe{200, map[string]string{"status": "ok"}}},
		{"GET", "/readyz", probe{503, map[string]string{"status": "unavailable", "reason": "*"}}},
	})
	if got := getProbe(t, h, "GET", "/readyz"); !strings.Contains(got.Body["reason"], "closed") {
		t.Errorf("reason %q does not say the store is closed", got.Body["reason"])
	}
}

// TestServerReadyzStoreClosed checks that a server stops being ready when
// its store stops answering.
func TestServerReadyzStoreClosed(t *testing.T) {
	st := testStore(t)
	srv, err := New(Options{Store: st, OnError: func(*http.Request, error) {}})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	var codes []int
	codes = append(codes, httptestGet(srv, "/readyz").Code)
	st.Close()
	codes = append(codes, httptestGet(srv, "/readyz").Code, httptestGet(srv, "/healthz").Code)
	if want := []int{200, 503, 200}; !slices.Equal(codes, want) {
		t.Errorf("readyz, readyz after close, healthz = %v, want %v", codes, want)
	}
}
