// Package ingesttest holds what the tests of ingestion share: a store that
// fails the documents it is told to, and a web site of a page and a feed.
package ingesttest

import (
	"context"
	_ "embed"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/litopys/litopys"
)

// Store keeps the ids of the documents it is given and the size of each
// write: Batches holds one entry per PutDocuments (a retried document's
// PutDocument counts in Singles instead; ReplaceDocuments counts as either
// by its size). A write holding a document titled "bad" fails, and so does
// that document alone; a write under a context that ended fails too; a
// replacement of a document not stored is an ENOTFOUND error. Other
// methods of litopys.Store panic.
type Store struct {
	litopys.Store
	mu      sync.Mutex
	Batches []int
	Singles int
	Stored  map[string]bool
}

// NewStore returns a Store holding the documents with ids.
func NewStore(ids ...string) *Store {
	s := &Store{Stored: map[string]bool{}}
	for _, id := range ids {
		s.Stored[id] = true
	}
	return s
}

func (s *Store) PutDocuments(ctx context.Context, docs []*litopys.Document, _ string) ([]bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Batches = append(s.Batches, len(docs))
	return s.put(ctx, docs)
}

func (s *Store) PutDocument(ctx context.Context, d *litopys.Document, _ string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Singles++
	added, err := s.put(ctx, []*litopys.Document{d})
	if err != nil {
		return false, err
	}
	return added[0], nil
}

func (s *Store) ReplaceDocuments(ctx context.Context, docs []*litopys.Document, _ string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(docs) == 1 {
		s.Singles++
	} else {
		s.Batches = append(s.Batches, len(docs))
	}
	for _, d := range docs {
		if !s.Stored[d.ID] {
			return litopys.Errorf(litopys.ENOTFOUND, "replace document %q: not stored", d.ID)
		}
	}
	_, err := s.put(ctx, docs)
	return err
}

// Stale is litopys.Reanalyzer's; this store has no stale documents.
func (s *Store) Stale(context.Context, string, string, int) ([]string, error) { return nil, nil }

func (s *Store) put(ctx context.Context, docs []*litopys.Document) ([]bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, d := range docs {
		if d.Title == "bad" {
			return nil, fmt.Errorf("bad document %s", d.ID)
		}
	}
	added := make([]bool, len(docs))
	for i, d := range docs {
		added[i] = !s.Stored[d.ID]
		s.Stored[d.ID] = true
	}
	return added, nil
}

//go:embed testdata/page.html
var page []byte

//go:embed testdata/feed.xml
var feed string

// Feed is the test feed with its links on base: an item with its full
// text, one that links to /page, one whose page is missing, and a date
// only go-dateparser reads ("Вт, 12 вер 2023").
func Feed(base string) string { return strings.ReplaceAll(feed, "{{base}}", base) }

// NewSite serves a Ukrainian article at /page (to litopys's User-Agent
// only), the feed at /feed, a page of 600 kB at /big and a redirect loop at
// /loop, until the test ends.
func NewSite(tb testing.TB) *httptest.Server {
	tb.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "litopys/") {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, Feed(srv.URL))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("слово ", 100_000))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	srv = httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

// RefusedURL is the URL of a local port nothing listens on.
func RefusedURL(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	u := "http://" + ln.Addr().String() + "/gone"
	ln.Close()
	return u
}
