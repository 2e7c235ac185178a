package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/litopys/litopys"
	lhttp "github.com/litopys/litopys/http"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/obs"
	"github.com/litopys/litopys/pipeline"
	"github.com/prometheus/client_golang/prometheus"
)

// runServeCmd serves the JSON API and the web pages over a store.
func runServeCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[--db PATH|postgres://…] [--addr HOST:PORT] [--token T]")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on")
	token := fs.String("token", os.Getenv("LITOPYS_TOKEN"), "bearer token for POST /api/documents (env LITOPYS_TOKEN); empty disables writes")
	public := fs.String("public-host", os.Getenv("LITOPYS_PUBLIC_HOST"), "host names the server answers for, comma-separated, beside IP addresses, localhost and the --addr host (env LITOPYS_PUBLIC_HOST; * for any); other Host headers are refused, against DNS rebinding")
	logger := logFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usagef("serve takes no arguments")
	}
	e, err := logger(e)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db, serveAccess(*token))
	if err != nil {
		return err
	}
	defer st.Close()
	// The models are loaded on the first POST, not at start: a server that
	// only reads never needs them.
	p := lazyPipeline{sync.OnceValues(func() (*pipeline.Pipeline, error) { return pipeline.New(pipeline.Options{}) })}
	srv, err := newServer(e, st, p, *token, serveHosts(*addr, *public))
	if err != nil {
		return err
	}
	return serveHTTP(ctx, e, srv, *addr, func(url string) {
		e.log.Info("serving", "url", url, "db", *db, "writes", *token != "")
	})
}

// serveAccess is how serve opens its store: read-only unless a token
// allows writes.
func serveAccess(token string) storeAccess {
	if token == "" {
		return storeRead
	}
	return storeWrite
}

// logFlags adds --log-format and --log-level to fs; the function it
// returns gives a copy of e whose logger is the one they ask for, writing
// JSON lines (by default) to e.stderr.
func logFlags(fs *flag.FlagSet) func(e *env) (*env, error) {
	format := fs.String("log-format", envOr("LITOPYS_LOG_FORMAT", obs.FormatJSON), "log lines as json or text (env LITOPYS_LOG_FORMAT)")
	level := fs.String("log-level", envOr("LITOPYS_LOG", "info"), "least level logged: debug, info, warn or error (env LITOPYS_LOG)")
	return func(e *env) (*env, error) {
		l, err := obs.NewLogger(e.stderr, *format, *level)
		if err != nil {
			return nil, usagef("%v", err)
		}
		c := *e
		c.log = l
		return &c, nil
	}
}

// envOr returns the environment variable key, or def when it is empty.
func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// serveHosts lists the host names a server listening on addr answers
// for: the one it listens on, if a name, and those of --public-host.
func serveHosts(addr, public string) []string {
	var hosts []string
	if h, _, err := net.SplitHostPort(addr); err == nil && h != "" && net.ParseIP(h) == nil {
		hosts = append(hosts, h)
	}
	for _, h := range strings.Split(public, ",") {
		if h = strings.TrimSpace(h); h != "" {
			hosts = append(hosts, h)
		}
	}
	return hosts
}

// newServer makes the HTTP server over st, logging unexpected errors.
// lazyPipeline is an analyser whose pipeline is made when first used.
type lazyPipeline struct {
	get func() (*pipeline.Pipeline, error)
}

func (l lazyPipeline) Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error) {
	p, err := l.get()
	if err != nil {
		return nil, fmt.Errorf("serve: load the analysers: %w", err)
	}
	// A posted article gets the time budget analyze and ingest give one.
	return pipeline.Budgeted{Pipeline: p, Budget: pipeline.DefaultBudget}.Analyze(ctx, rec)
}

func newServer(e *env, st litopys.Store, p ingest.Analyzer, token string, hosts []string) (*lhttp.Server, error) {
	return lhttp.New(lhttp.Options{
		Store: st, Analyzer: p, AnalyzerVersion: pipeline.Version, Token: token, Hosts: hosts,
		OnError: func(r *http.Request, err error) {
			e.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		},
	})
}

// serveHTTP listens on addr, tells announce the URL, checks the store
// in the background (/readyz says when it is done) and serves until ctx is
// done, then shuts down gracefully and logs what it served. Beside the
// server's routes it answers GET /metrics, the process's and the requests'
// Prometheus metrics.
func serveHTTP(ctx context.Context, e *env, srv *lhttp.Server, addr string, announce func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	reg := obs.NewRegistry()
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", lhttp.MetricsHandler(reg))
	mux.Handle("/", lhttp.NewMetrics(reg).Instrument(srv.Handler()))
	start := time.Now()
	defer func() {
		all, failed := requestTotals(reg)
		e.log.Info("server stopped", "requests", all, "server_errors", failed, "uptime", time.Since(start).Round(time.Second).String())
	}()
	hs := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	loadErr := make(chan error, 1)
	go func() { loadErr <- srv.Load(ctx) }()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	announce("http://" + ln.Addr().String() + "/")
	select {
	case err := <-loadErr:
		if err != nil && ctx.Err() == nil {
			hs.Close()
			return fmt.Errorf("serve: %w", err)
		}
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return fmt.Errorf("serve: shut down: %w", err)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// requestTotals counts the requests answered, all and those answered with
// a 5xx status, from the metrics in g.
func requestTotals(g prometheus.Gatherer) (all, failed int64) {
	mfs, err := g.Gather()
	if err != nil {
		return 0, 0
	}
	for _, mf := range mfs {
		if mf.GetName() != "litopys_http_requests_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			n := int64(m.GetCounter().GetValue())
			all += n
			for _, l := range m.GetLabel() {
				if l.GetName() == "code" && strings.HasPrefix(l.GetValue(), "5") {
					failed += n
				}
			}
		}
	}
	return all, failed
}
