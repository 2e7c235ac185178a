package obs

import (
	"context"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/natsq"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// Worker holds the metrics of a litopys worker:
//
//	litopys_documents_processed_total{result="added|unchanged"}
//	litopys_failures_total{reason="invalid_input|fetch|analysis|store|queue|poison|internal"}
//	litopys_queue_lag_messages
//	litopys_stage_seconds{stage="extract|segment|…"}
//	litopys_queue_to_store_seconds
//	litopys_store_seconds
//
// Its methods are safe for concurrent use.
type Worker struct {
	added, unchanged prometheus.Counter
	failures         *prometheus.CounterVec
	lag              prometheus.Gauge
	stages           *prometheus.HistogramVec
	queueToStore     prometheus.Histogram
	store            prometheus.Histogram
}

// NewWorker registers a worker's metrics with reg.
func NewWorker(reg prometheus.Registerer) *Worker {
	docs := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "litopys_documents_processed_total",
		Help: "Documents analysed and put into the store, by result: added, or unchanged (already stored).",
	}, []string{"result"})
	m := &Worker{
		added:     docs.WithLabelValues("added"),
		unchanged: docs.WithLabelValues("unchanged"),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "litopys_failures_total",
			Help: "Failed deliveries of queued items, by reason; an item given up on and dead-lettered counts as poison.",
		}, []string{"reason"}),
		lag: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "litopys_queue_lag_messages",
			Help: "Items the workers' JetStream consumer has yet to finish: pending delivery plus delivered and not acked.",
		}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "litopys_stage_seconds",
			Help:    "Time of one pipeline stage on one document.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2.5, 12), // 100µs … 2.4s
		}, []string{"stage"}),
		queueToStore: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "litopys_queue_to_store_seconds",
			Help:    "Time from an item's publication to the queue to the commit of its document in the store (documents added).",
			Buckets: prometheus.ExponentialBuckets(0.01, 2, 16), // 10ms … 5.5min
		}),
		store: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "litopys_store_seconds",
			Help:    "Time to put one analysed document into the store (one transaction).",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 15), // 0.5ms … 8s
		}),
	}
	// Every reason shows from the start, at 0, so that rates and alerts
	// need no absent().
	for _, r := range reasons {
		m.failures.WithLabelValues(r)
	}
	reg.MustRegister(docs, m.failures, m.lag, m.stages, m.queueToStore, m.store)
	return m
}

// Stored counts a document the store took; it is a natsq.Worker's Stored
// hook. For a document added, the time since its item was queued (from
// ctx, see natsq.QueuedAt) is observed as the queue-to-store latency.
func (m *Worker) Stored(ctx context.Context, doc *litopys.Document, added bool, took time.Duration) {
	m.store.Observe(took.Seconds())
	if !added {
		m.unchanged.Inc()
		return
	}
	m.added.Inc()
	if t, ok := natsq.QueuedAt(ctx); ok {
		m.queueToStore.Observe(time.Since(t).Seconds())
	}
}

// Settled counts a failed delivery under its Reason and returns the
// reason, "" for an item done.
func (m *Worker) Settled(out natsq.Outcome) string {
	r := Reason(out)
	if r != "" {
		m.failures.WithLabelValues(r).Inc()
	}
	return r
}

// SetLag sets the queue lag gauge.
func (m *Worker) SetLag(n uint64) { m.lag.Set(float64(n)) }

// Trace times pipeline stages; it is a pipeline.Options.Trace.
func (m *Worker) Trace(stage string) (end func()) {
	h := m.stages.WithLabelValues(stage)
	start := time.Now()
	return func() { h.Observe(time.Since(start).Seconds()) }
}

// Totals are what a worker did, for its last log line.
type Totals struct {
	Added, Unchanged int64
	// Failures counts failed deliveries by reason (reasons with none are
	// left out).
	Failures map[string]int64
}

// Totals reads the counters.
func (m *Worker) Totals() Totals {
	t := Totals{Added: count(m.added), Unchanged: count(m.unchanged), Failures: map[string]int64{}}
	for _, r := range reasons {
		if n := count(m.failures.WithLabelValues(r)); n > 0 {
			t.Failures[r] = n
		}
	}
	return t
}

// count returns a counter's value.
func count(c prometheus.Counter) int64 {
	var d dto.Metric
	if err := c.Write(&d); err != nil {
		return 0
	}
	return int64(d.GetCounter().GetValue())
}
