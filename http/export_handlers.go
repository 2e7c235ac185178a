package http

import (
	"context"
	"net/http"
	"slices"
	"strings"

	"github.com/litopys/litopys"
)

// exportPage is how many results an export asks the store for at a time.
var exportPage = litopys.MaxLimit

// exportSearch streams every result of q (not a page: offset and limit
// are ignored) as CSV or JSON, best first, without snippets.
func (s *Server) exportSearch(w http.ResponseWriter, r *http.Request, q litopys.Query, format string) {
	if err := exportFormat(format); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if q.Text == "" && q.Entity == "" {
		s.writeJSONError(w, r, litopys.Errorf(litopys.EINVALID, "search: give q or entity"))
		return
	}
	q.Offset, q.Limit, q.NoSnippets = 0, exportPage, true
	first, err := s.opt.Store.Search(r.Context(), q)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	t := newTable(w, format, "litopys-search-"+q.Text+q.Entity, []string{"rank", "id", "title", "lang", "outlet", "published", "score", "url", "story"})
	res, rank := first, 0
	for {
		ids := make([]string, len(res.Results))
		for i, h := range res.Results {
			ids[i] = h.ID
		}
		sums, err := s.index.Summaries(r.Context(), ids)
		if err != nil {
			s.logError(r, err)
			break
		}
		stories, err := s.index.StoriesOf(r.Context(), ids)
		if err != nil {
			s.logError(r, err)
			break
		}
		for _, h := range res.Results {
			rank++
			sum, story := sums[h.ID], stories[h.ID]
			if t.row(rank, h.ID, h.Title, h.Lang, h.Outlet, h.Published.String(), h.Score, sum.URL, story) != nil {
				return // the client went away
			}
		}
		q.Offset += len(res.Results)
		if len(res.Results) == 0 || q.Offset >= res.Total {
			break
		}
		if res, err = s.opt.Store.Search(r.Context(), q); err != nil {
			s.logError(r, err)
			break
		}
	}
	if err := t.close(); err != nil {
		s.logError(r, err)
	}
}

// apiStoryChronology streams a story's chronology, built from all its
// documents (the page uses the newest ones), as JSON (default) or CSV: a
// line per report of each dated event.
func (s *Server) apiStoryChronology(w http.ResponseWriter, r *http.Request) {
	format := cmpOr(r.URL.Query().Get("format"), "json")
	if err := exportFormat(format); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	id := r.PathValue("id")
	if _, _, _, err := s.index.Story(r.Context(), id, 1, 0); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	// The events of every document, as the store's read model keeps them.
	events, err := s.storyEvents(r.Context(), id)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	rows := s.opt.Chronology(events)
	t := newTable(w, format, "litopys-story-"+id+"-chronology",
		[]string{"row", "date", "granularity", "type", "summary", "participants", "doc", "outlet", "lang", "reported_date", "evidence", "attributed_to"})
	for i, row := range rows {
		for _, src := range row.Sources {
			if t.row(i+1, row.Date, row.Granularity, row.Type, row.Summary, strings.Join(row.Participants, " "),
				src.Doc, src.Outlet, src.Lang, src.Date, src.Text, src.Source) != nil {
				return
			}
		}
	}
	if err := t.close(); err != nil {
		s.logError(r, err)
	}
}

// apiEntityMentions streams every mention of an entity in every document
// that names it, newest document first, as JSON (default) or CSV, with
// the sentence it is in.
func (s *Server) apiEntityMentions(w http.ResponseWriter, r *http.Request) {
	format := cmpOr(r.URL.Query().Get("format"), "json")
	if err := exportFormat(format); err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	id := r.PathValue("id")
	ids := s.entityIDs(r.Context(), id)
	page, err := s.entityDocuments(r.Context(), id, 0)
	if err != nil {
		s.writeJSONError(w, r, err)
		return
	}
	if len(page) == 0 {
		if _, err := s.opt.Store.Entity(r.Context(), id); err != nil {
			s.writeJSONError(w, r, err)
			return
		}
	}
	t := newTable(w, format, "litopys-entity-"+id+"-mentions",
		[]string{"doc", "title", "published", "lang", "outlet", "url", "start", "end", "text", "base", "sentence"})
	for off := 0; len(page) > 0; {
		for _, d := range page {
			doc, err := s.opt.Store.Document(r.Context(), d.ID)
			if err != nil {
				s.logError(r, err)
				t.close()
				return
			}
			for _, m := range doc.Mentions {
				if !slices.Contains(ids, m.Entity) {
					continue
				}
				if t.row(d.ID, d.Title, d.Published.String(), d.Lang, d.Outlet, d.URL, m.Start, m.End, m.Text, m.Base, sentenceAt(doc, m.Start)) != nil {
					return
				}
			}
		}
		off += len(page)
		if page, err = s.entityDocuments(r.Context(), id, off); err != nil {
			s.logError(r, err)
			break
		}
	}
	if err := t.close(); err != nil {
		s.logError(r, err)
	}
}

// entityDocuments lists a page of the documents that name an entity,
// newest first.
func (s *Server) entityDocuments(ctx context.Context, id string, offset int) ([]litopys.DocumentSummary, error) {
	return s.opt.Store.Documents(ctx, litopys.DocumentFilter{Entity: id, Limit: litopys.MaxLimit, Offset: offset})
}

// sentenceAt returns the text of the sentence holding offset, "" if none.
func sentenceAt(doc *litopys.Document, offset int) string {
	lo, hi := 0, len(doc.Sentences)
	for lo < hi { // the first sentence that ends after offset
		mid := (lo + hi) / 2
		if doc.Sentences[mid].End <= offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(doc.Sentences) {
		if s := doc.Sentences[lo]; s.Start <= offset && validSpan(doc.Text, litopys.Span{Start: s.Start, End: s.End}) {
			return doc.Text[s.Start:s.End]
		}
	}
	return ""
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
