package http

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Check reports why a process cannot do its work, nil when it can.
type Check func(ctx context.Context) error

// probeTimeout bounds a readiness check, so that a probe gets its answer
// before it gives up.
const probeTimeout = 3 * time.Second

// Probes returns the operator's endpoints of a process that serves no
// other pages (litopys worker):
//
//	GET /metrics  g's metrics in the Prometheus exposition format
//	GET /healthz  200 {"status":"ok"} while the process runs
//	GET /readyz   200 {"status":"ready"} when ready passes, else
//	              503 {"status":"unavailable","reason":"…"}
//
// A Server answers /healthz and /readyz itself.
func Probes(g prometheus.Gatherer, ready Check) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", MetricsHandler(g))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), probeTimeout)
		defer cancel()
		if err := ready(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	return mux
}
