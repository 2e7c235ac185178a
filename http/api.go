package http

import (
	"context"
	"fmt"
	"net/http"

	"github.com/litopys/litopys"
)

// StoryList is the body of GET /api/stories: a page of the stories the
// filter keeps, how many it keeps, and their facets.
type StoryList struct {
	Total   int     `json:"total"`
	Offset  int     `json:"offset"`
	Stories []Story `json:"stories"`
	Facets  Facets  `json:"facets"`
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	list, err := s.storyList(r.Context(), r.URL.Query())
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Query()
	offset, err := intParam(p, "offset")
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	limit, err := intParam(p, "limit")
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	// The story's documents, a page of them when asked (document_count
	// is their total).
	v, err := s.storyView(r.Context(), r.PathValue("id"), limit, offset)
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

// DocumentList is the body of GET /api/documents: a page of the stored
// documents the filters keep, newest first, and how many they keep.
type DocumentList struct {
	Total     int                       `json:"total"`
	Offset    int                       `json:"offset"`
	Documents []litopys.DocumentSummary `json:"documents"`
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	q, err := parseQuery(r.URL.Query())
	if err == nil && q.Type != "" {
		err = litopys.Errorf(litopys.EINVALID, "type: not a filter of the document listing (search and stories take it)")
	}
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
	total, err := s.index.CountDocuments(r.Context(), StoryFilter{From: q.From, To: q.To, Lang: q.Lang, Outlet: q.Outlet, Entity: q.Entity})
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, DocumentList{Total: max(total, q.Offset+len(docs)), Offset: q.Offset, Documents: docs})
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Query()
	offset, err := intParam(p, "offset")
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	limit, err := intParam(p, "limit")
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	v, err := s.documentAPI(r.Context(), r.PathValue("id"), offset, limit)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// SearchList is the body of GET /api/search: a page of results, and with
// facets=1 their facets.
type SearchList struct {
	litopys.SearchResult
	Facets *Facets `json:"facets,omitempty"`
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Query()
	q, err := parseQuery(p)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if q.Entity, err = s.resolveEntityParam(r.Context(), q.Entity); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if format := p.Get("format"); format != "" {
		s.exportSearch(w, r, q, format)
		return
	}
	res, err := s.search(r, q)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	out := SearchList{SearchResult: res}
	if p.Get("facets") == "1" || p.Get("facets") == "true" {
		f, err := s.searchFacets(r.Context(), q)
		if err != nil {
			s.writeJSONError(w, r, err)
			return
		}
		out.Facets = &f
	}
	writeJSON(w, http.StatusOK, out)
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

// searchFacetHits is how many of the best results search facets count:
// counting all would read every hit of a common word.
const searchFacetHits = litopys.MaxLimit

// searchFacets counts the facets of q's best results, without snippets;
// they are kept until the store holds more documents.
func (s *Server) searchFacets(ctx context.Context, q litopys.Query) (Facets, error) {
	n, err := s.opt.Store.Count(ctx)
	if err != nil {
		return Facets{}, err
	}
	key := fmt.Sprintf("%d\x00%q\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s", n, q.Text, q.Lang, q.Outlet, q.From, q.To, q.Entity, q.Type)
	if f, ok := s.facets.get(key); ok {
		return f, nil
	}
	fq := q
	fq.Offset, fq.Limit, fq.NoSnippets = 0, searchFacetHits, true
	res, err := s.opt.Store.Search(ctx, fq)
	if err != nil {
		return Facets{}, err
	}
	ids := make([]string, len(res.Results))
	for i, h := range res.Results {
		ids[i] = h.ID
	}
	ents, err := s.index.EntitiesOf(ctx, ids)
	if err != nil {
		return Facets{}, err
	}
	c := newFacetCounter()
	for _, h := range res.Results {
		c.add([]string{h.Lang}, []string{h.Outlet}, ents[h.ID])
	}
	f := c.facets()
	f.Partial = res.Total > len(res.Results)
	s.facets.put(key, f)
	return f, nil
}

// ThreadList is the body of GET /api/threads.
type ThreadList struct {
	Total   int      `json:"total"`
	Threads []Thread `json:"threads"`
}

func (s *Server) apiThreads(w http.ResponseWriter, r *http.Request) {
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
	list, total, err := s.index.Threads(r.Context(), limit, offset)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ThreadList{Total: total, Threads: list})
}

// ThreadView is the body of GET /api/threads/{id}: a thread and a page of
// its stories, latest first.
type ThreadView struct {
	Thread
	Total   int     `json:"total"`
	Stories []Story `json:"stories"`
}

func (s *Server) apiThread(w http.ResponseWriter, r *http.Request) {
	v, err := s.threadView(r)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// threadView reads a thread and a page of its stories (offset, limit).
func (s *Server) threadView(r *http.Request) (*ThreadView, error) {
	limit, err := intParam(r.URL.Query(), "limit")
	if err != nil {
		return nil, err
	}
	offset, err := intParam(r.URL.Query(), "offset")
	if err != nil {
		return nil, err
	}
	t, err := s.index.Thread(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	stories, total, err := s.index.Stories(r.Context(), t.ID, limit, offset)
	if err != nil {
		return nil, err
	}
	return &ThreadView{Thread: t, Total: total, Stories: stories}, nil
}
