package http

import (
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// IngestRequest is the JSON body of POST /api/documents. Text or HTML
// carries the article; the rest is optional.
type IngestRequest struct {
	ID        string       `json:"id"`
	URL       string       `json:"url"`
	Title     string       `json:"title"`
	Outlet    string       `json:"outlet"`
	Published litopys.Date `json:"published"`
	Lang      string       `json:"lang"`
	Text      string       `json:"text"`
	HTML      string       `json:"html"`
}

// IngestResponse is the answer to POST /api/documents.
type IngestResponse struct {
	ID    string `json:"id"`
	Added bool   `json:"added"`
	Story string `json:"story"`
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if err := s.authorize(r); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if s.opt.Analyzer == nil {
		writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "unavailable", Code: "unavailable", Status: http.StatusServiceUnavailable, Message: "this server does not analyse documents"})
		return
	}
	rec, err := readIngest(http.MaxBytesReader(w, r.Body, s.opt.MaxBody), r.Header.Get("Content-Type"))
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	doc, err := s.opt.Analyzer.Analyze(r.Context(), rec)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	added, err := s.opt.Store.PutDocument(r.Context(), doc, s.opt.AnalyzerVersion)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	story, _, err := s.index.StoryOf(r.Context(), doc.ID)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	status := http.StatusOK
	if added {
		status = http.StatusCreated
	}
	w.Header().Set("Location", "/api/documents/"+doc.ID)
	writeJSON(w, status, IngestResponse{ID: doc.ID, Added: added, Story: story})
}

// authorize checks the bearer token in constant time.
func (s *Server) authorize(r *http.Request) error {
	if s.opt.Token == "" {
		return litopys.Errorf(litopys.EUNAUTHORIZED, "writes are disabled: the server has no token")
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opt.Token)) != 1 {
		return litopys.Errorf(litopys.EUNAUTHORIZED, "missing or wrong bearer token")
	}
	return nil
}

// readIngest reads a request body: a JSON IngestRequest when the content
// type says JSON (or the body starts with "{"), else the raw article text.
func readIngest(body io.Reader, contentType string) (input.Record, error) {
	b, err := io.ReadAll(body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return input.Record{}, litopys.Errorf(litopys.ETOOLARGE, "request body exceeds %d bytes", mbe.Limit)
		}
		return input.Record{}, litopys.Errorf(litopys.EINVALID, "read body: %v", err)
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimSpace(b)
	if mt == "application/json" || (mt == "" && bytes.HasPrefix(trimmed, []byte("{"))) {
		return parseIngestJSON(trimmed)
	}
	text, enc, err := input.Decode(b)
	if err != nil {
		return input.Record{}, err
	}
	if strings.TrimSpace(text) == "" {
		return input.Record{}, litopys.Errorf(litopys.EINVALID, "empty body")
	}
	return input.Record{Source: "POST /api/documents", Format: "text", Encoding: enc, Body: text, HTML: mt == "text/html"}, nil
}

// parseIngestJSON reads one IngestRequest, refusing unknown fields and
// trailing data.
func parseIngestJSON(b []byte) (input.Record, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var req IngestRequest
	if err := dec.Decode(&req); err != nil {
		return input.Record{}, litopys.Errorf(litopys.EINVALID, "bad JSON: %v", err)
	}
	if dec.More() {
		return input.Record{}, litopys.Errorf(litopys.EINVALID, "bad JSON: data after the object")
	}
	rec := input.Record{
		Source: "POST /api/documents", Format: "json", Encoding: "utf-8",
		ID: strings.TrimSpace(req.ID), URL: strings.TrimSpace(req.URL), Title: strings.TrimSpace(req.Title),
		Outlet: strings.TrimSpace(req.Outlet), Lang: strings.TrimSpace(req.Lang), Published: req.Published,
	}
	switch {
	case strings.TrimSpace(req.Text) != "":
		rec.Body = req.Text
	case strings.TrimSpace(req.HTML) != "":
		rec.Body, rec.HTML, rec.Format = req.HTML, true, "html"
	default:
		return input.Record{}, litopys.Errorf(litopys.EINVALID, "no text or html")
	}
	if rec.Outlet == "" {
		rec.Outlet = litopys.OutletOfURL(rec.URL)
	}
	return rec, nil
}
