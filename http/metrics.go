package http

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics counts and times the requests a handler answers:
//
//	litopys_http_requests_total{route,code}  (code 499: the client went away)
//	litopys_http_request_seconds{route}
//
// The route is the pattern of the ServeMux route that answered ("GET
// /api/stories/{id}"), so the label takes few values whatever the paths.
type Metrics struct {
	requests *prometheus.CounterVec
	seconds  *prometheus.HistogramVec
}

// NewMetrics registers the request metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "litopys_http_requests_total",
			Help: "HTTP requests answered, by route pattern and status code.",
		}, []string{"route", "code"}),
		seconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "litopys_http_request_seconds",
			Help:    "Time to answer an HTTP request, by route pattern.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route"}),
	}
	reg.MustRegister(m.requests, m.seconds)
	return m
}

// clientClosed is the code label of a request whose client went away
// before it was answered (nginx's 499), so that it is not counted as a
// server error.
const clientClosed = "499"

// otherRoute labels requests no route pattern answered (a redirect or an
// error of the mux itself).
const otherRoute = "other"

// Instrument returns h counting and timing its requests. h must route with
// a ServeMux that gets the request Instrument got (Server.Handler does):
// the mux records the pattern it matched in the request, read once h is
// done.
func (m *Metrics) Instrument(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = otherRoute
		}
		code := strconv.Itoa(sw.status)
		if r.Context().Err() != nil && sw.status >= 500 {
			// The client went away and the work in hand failed with it:
			// not an error of the server.
			code = clientClosed
		}
		m.requests.WithLabelValues(route, code).Inc()
		m.seconds.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}

// statusWriter remembers the status code written.
type statusWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.status, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	w.wroteHeader = true
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// MetricsHandler serves g's metrics in the Prometheus exposition format,
// for GET /metrics.
func MetricsHandler(g prometheus.Gatherer) http.Handler {
	return promhttp.HandlerFor(g, promhttp.HandlerOpts{})
}
