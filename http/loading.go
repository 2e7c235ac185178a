package http

import (
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
)

// loadState is what the server knew of the store when it started: the
// number of documents it held.
type loadState struct {
	total atomic.Int64
}

// Progress returns how many documents the server has made ready and how
// many the store held when it began: none or all, since the stories are
// the store's read model and nothing is loaded but a check that the store
// answers.
func (s *Server) Progress() (filed, total int) {
	total = int(s.load.total.Load())
	if s.ready.Load() {
		return total, total
	}
	return 0, total
}

// loadingMessage says how far loading is, for people.
func (s *Server) loadingMessage() string {
	n, m := s.Progress()
	if m > 0 {
		return fmt.Sprintf("loading the stories: %d of %d articles (%d%%)", min(n, m), m, min(100, n*100/m))
	}
	return fmt.Sprintf("loading the stories: %d articles", n)
}

// whenLoaded answers h only once the store has answered (Load): until then a
// page says how far loading is (and reloads itself), and the API answers
// 503 with the same, rather than showing stories half built.
func (s *Server) whenLoaded(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.ready.Load() {
			h(w, r)
			return
		}
		w.Header().Set("Retry-After", "5")
		msg := s.loadingMessage()
		if strings.HasPrefix(r.URL.Path, "/api/") {
			const status = http.StatusServiceUnavailable
			writeJSON(w, status, errorBody{Error: "loading", Code: "loading", Status: status, Message: msg})
			return
		}
		n, m := s.Progress()
		s.render(w, r, http.StatusServiceUnavailable, "loading", page{Title: "Loading", Data: loadingData{Message: msg, Filed: n, Total: m}})
	}
}

// loadingData is the data of the loading page.
type loadingData struct {
	Message      string
	Filed, Total int
}
