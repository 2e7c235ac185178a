package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/litopys/litopys"
	lhttp "github.com/litopys/litopys/http"
	"github.com/litopys/litopys/pipeline"
)

// runServeCmd serves the JSON API and the web pages over a store.
func runServeCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[--db PATH|postgres://…] [--addr HOST:PORT] [--token T]")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on")
	token := fs.String("token", os.Getenv("LITOPYS_TOKEN"), "bearer token for POST /api/documents (env LITOPYS_TOKEN); empty disables writes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usagef("serve takes no arguments")
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	srv, err := newServer(e, st, p, *token)
	if err != nil {
		return err
	}
	return serveHTTP(ctx, e, srv, *addr, func(url string) {
		e.log.Info("serving", "url", url, "db", *db, "writes", *token != "")
	})
}

// newServer makes the HTTP server over st, logging unexpected errors.
func newServer(e *env, st litopys.Store, p *pipeline.Pipeline, token string) (*lhttp.Server, error) {
	return lhttp.New(lhttp.Options{
		Store: st, Analyzer: p, AnalyzerVersion: pipeline.Version, Token: token,
		OnError: func(r *http.Request, err error) {
			e.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		},
	})
}

// serveHTTP listens on addr, tells announce the URL, builds the story index
// in the background (/readyz says when it is done) and serves until ctx is
// done, then shuts down gracefully.
func serveHTTP(ctx context.Context, e *env, srv *lhttp.Server, addr string, announce func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
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
