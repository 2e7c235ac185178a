// Package obs makes the long-running commands (litopys worker and serve)
// observable: the Prometheus metrics of a worker on a registry of their
// own, the failure reasons they are counted under, and the slog logger the
// commands configure from their flags.
package obs

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// NewRegistry returns a registry holding the Go runtime's and the process's
// metrics, for a command to add its own to. The global default registry is
// not used.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return reg
}
