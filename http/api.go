package http

import (
	"net/http"

	"github.com/litopys/litopys"
)

// StoryList is the body of GET /api/stories.
type StoryList struct {
	Total   int     `json:"total"`
	Stories []Story `json:"stories"`
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Query()
	limit, err := intParam(p, "limit")
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	offset, err := intParam(p, "offset")
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	list, total := s.index.Stories(limit, offset)
	writeJSON(w, http.StatusOK, StoryList{Total: total, Stories: list})
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	v, err := s.storyView(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	q, err := entityQuery(r.URL.Query())
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	list, err := s.entities(r.Context(), q)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if u := canonicalURL(r, "/api/entities/", r.PathValue("id"), v.ID); u != "" {
		http.Redirect(w, r, u, http.StatusMovedPermanently)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// DocumentList is the body of GET /api/documents.
type DocumentList struct {
	Documents []litopys.DocumentSummary `json:"documents"`
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	q, err := parseQuery(r.URL.Query())
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	docs, err := s.opt.Store.Documents(r.Context(), documentFilter(q))
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if docs == nil {
		docs = []litopys.DocumentSummary{}
	}
	writeJSON(w, http.StatusOK, DocumentList{Documents: docs})
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	v, err := s.documentView(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := parseQuery(r.URL.Query())
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if q.Entity, err = s.resolveEntityParam(r.Context(), q.Entity); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	res, err := s.search(r, q)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// search runs q, refusing an empty one.
func (s *Server) search(r *http.Request, q litopys.Query) (litopys.SearchResult, error) {
	if q.Text == "" && q.Entity == "" {
		return litopys.SearchResult{}, litopys.Errorf(litopys.EINVALID, "search: give q or entity")
	}
	res, err := s.opt.Store.Search(r.Context(), q)
	if err != nil {
		return res, err
	}
	if res.Results == nil {
		res.Results = []litopys.Hit{}
	}
	return res, nil
}
