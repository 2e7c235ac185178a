package http

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/story"
)

// Cache sizes: decoded documents, and documents cut into highlighted
// segments for their page.
const (
	docCacheSize  = 256
	viewCacheSize = 64
	// facetCacheSize is how many searches' facets the server keeps.
	facetCacheSize = 128
)

// DefaultMaxBody is the largest request body POST /api/documents reads.
const DefaultMaxBody = 4 << 20

// Options configure a Server.
type Options struct {
	Store litopys.Store
	// Analyzer analyses ingested documents; nil disables ingest (503).
	Analyzer ingest.Analyzer
	// AnalyzerVersion is stored with ingested documents.
	AnalyzerVersion string
	// Token guards the write API (Authorization: Bearer <token>); empty
	// refuses every write.
	Token string
	// Chronology merges a story's events; nil means story.Chronology.
	Chronology Chronologer
	// MaxBody limits request bodies; 0 means DefaultMaxBody.
	MaxBody int64
	// OnError is told of unexpected (500) errors, for logging.
	OnError func(r *http.Request, err error)
	// Hosts are the host names the server answers for, beside IP
	// addresses and localhost ("*": any); a request for another name is
	// refused, against DNS rebinding (see checkHost).
	Hosts []string
}

// Server answers the API and the pages. Make one with New, fill its story
// index with Load, then serve Handler.
type Server struct {
	opt    Options
	index  *Index
	pages  map[string]*template.Template
	docs   *lru[*litopys.Document]
	views  *lru[*DocumentView]
	facets *lru[Facets]
	mux    *http.ServeMux
	ready  atomic.Bool
	load   loadState
	// canon remembers which entity the ids documents use belong to.
	canon canonCache
}

// New checks the options and parses the templates.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, fmt.Errorf("http: no store")
	}
	if opt.Chronology == nil {
		opt.Chronology = story.Chronology
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	pages, err := parsePages()
	if err != nil {
		return nil, fmt.Errorf("http: %w", err)
	}
	s := &Server{opt: opt, index: NewIndex(opt.Store), pages: pages, docs: newLRU[*litopys.Document](docCacheSize), views: newLRU[*DocumentView](viewCacheSize), facets: newLRU[Facets](facetCacheSize), mux: http.NewServeMux()}
	for _, r := range s.routes() {
		s.mux.HandleFunc(r.pattern, r.handler)
	}
	return s, nil
}

// Load checks that the store answers; /readyz answers 200 once it did.
// Stories need no loading: the store's read model answers them, kept up
// to date by whichever process writes.
func (s *Server) Load(ctx context.Context) error {
	n, err := s.opt.Store.Count(ctx)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	s.load.total.Store(int64(n))
	s.ready.Store(true)
	return nil
}

// Index returns the server's view of the store's stories.
func (s *Server) Index() *Index { return s.index }

// route is one pattern of the mux and its handler.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// routes lists every route; the OpenAPI document describes those under
// /api/ and the probes.
func (s *Server) routes() []route {
	return []route{
		{"GET /healthz", s.healthz},
		{"GET /readyz", s.readyz},
		{"GET /api/openapi.json", s.openAPI},
		{"GET /api/stories", s.whenLoaded(s.apiStories)},
		{"GET /api/stories/{id}", s.whenLoaded(s.apiStory)},
		{"GET /api/stories/{id}/chronology", s.whenLoaded(s.apiStoryChronology)},
		{"GET /api/threads", s.whenLoaded(s.apiThreads)},
		{"GET /api/threads/{id}", s.whenLoaded(s.apiThread)},
		{"GET /api/entities", s.whenLoaded(s.apiEntities)},
		{"GET /api/entities/{id}", s.whenLoaded(s.apiEntity)},
		{"GET /api/entities/{id}/mentions", s.apiEntityMentions},
		{"GET /api/documents", s.apiDocuments},
		{"POST /api/documents", s.apiIngest},
		{"GET /api/documents/{id}", s.apiDocument},
		{"GET /api/search", s.apiSearch},
		{"/api/", s.apiNotFound},
		{"GET /{$}", s.whenLoaded(s.pageHome)},
		{"GET /stories/{id}", s.whenLoaded(s.pageStory)},
		{"GET /threads/{id}", s.whenLoaded(s.pageThread)},
		{"GET /entities/{id}", s.whenLoaded(s.pageEntity)},
		{"GET /documents/{id}", s.pageDocument},
		{"GET /search", s.whenLoaded(s.pageSearch)},
		{"GET /static/", staticHandler().ServeHTTP},
		{"/", s.pageNotFound},
	}
}

// Handler returns the routes with the headers every answer carries,
// for the hosts the server answers for.
func (s *Server) Handler() http.Handler {
	return checkHost(s.opt.Hosts, secure(s.mux))
}

// apiNotFound answers API requests no route takes: 405 with the allowed
// methods when the path exists, else 404, both as JSON errors.
func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); m != r.Method && pattern != "/api/" {
			allow = append(allow, m)
		}
	}
	if len(allow) == 0 {
		s.writeJSONError(w, r, litopys.Errorf(litopys.ENOTFOUND, "no API route %s %s", r.Method, r.URL.Path))
		return
	}
	w.Header().Set("Allow", strings.Join(allow, ", "))
	const status = http.StatusMethodNotAllowed
	writeJSON(w, status, errorBody{Error: "method_not_allowed", Code: "method_not_allowed", Status: status,
		Message: r.Method + " " + r.URL.Path + ": allowed " + strings.Join(allow, ", ")})
}

func (s *Server) pageNotFound(w http.ResponseWriter, r *http.Request) {
	s.pageError(w, r, litopys.Errorf(litopys.ENOTFOUND, "page %s not found", r.URL.Path))
}

// secure sets headers every answer carries: no scripts, no framing, no
// sniffing.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if !s.ready.Load() {
		n, m := s.Progress()
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "loading", "filed": n, "total": m, "message": s.loadingMessage()})
		return
	}
	n, err := s.opt.Store.Count(r.Context())
	if err != nil {
		s.logError(r, err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "store unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "documents": n})
}
