package http

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/litopys/litopys"
)

// storyList reads a filter and a page from URL parameters and lists the
// stories: the data of GET /api/stories and of the home page.
func (s *Server) storyList(ctx context.Context, p url.Values) (StoryList, error) {
	f, err := parseStoryFilter(p)
	if err != nil {
		return StoryList{}, err
	}
	limit, err := intParam(p, "limit")
	if err != nil {
		return StoryList{}, err
	}
	offset, err := intParam(p, "offset")
	if err != nil {
		return StoryList{}, err
	}
	list, total, facets, err := s.index.FindStories(ctx, f, limit, offset)
	if err != nil {
		return StoryList{}, err
	}
	return StoryList{Total: total, Offset: min(offset, total), Stories: list, Facets: facets}, nil
}

// maxStoryDocs bounds how many documents an entity's chronology is built
// from (the newest ones), and the documents a story's view lists by
// default.
const maxStoryDocs = 100

// StoryView is a story with a page of its documents (the newest by
// default), its entities, the chronology of its newest documents, its
// thread and the stories that continue it: the body of GET
// /api/stories/{id} and the data of /stories/{id}.
type StoryView struct {
	Story
	DocumentList []litopys.DocumentSummary `json:"documents"`
	Entities     []EntityCount             `json:"entities"`
	Chronology   []ChronologyRow           `json:"chronology"`
	// ThreadInfo is the story's thread; ContinuedBy the stories that
	// continue it.
	ThreadInfo  Thread      `json:"thread_info"`
	ContinuedBy []Story     `json:"continued_by"`
	ByLang      []LangGroup `json:"-"`
	Timeline    Timeline    `json:"-"`
	// Page is the page of the chronology the story page lists.
	Page ChronPage `json:"-"`
	// TopEntities are the entities the page lists (the most named), and
	// MoreEntities how many it leaves out.
	TopEntities  []EntityCount `json:"-"`
	MoreEntities int           `json:"-"`
}

// storyPageEntities is how many entities a story page lists.
const storyPageEntities = 60

// LangGroup is the documents of one language.
type LangGroup struct {
	Lang      string
	Documents []litopys.DocumentSummary
}

// storyView reads a story with the page of its documents from offset
// (limit 0: all of them) and its chronology, made of all its documents'
// events as the store's read model keeps them.
func (s *Server) storyView(ctx context.Context, id string, limit, offset int) (*StoryView, error) {
	st, newest, ents, err := s.index.Story(ctx, id, maxStoryDocs, 0)
	if err != nil {
		return nil, err
	}
	docs := newest
	switch {
	case limit == 0 && st.Documents > len(newest):
		docs, err = s.storyDocuments(ctx, id, st.Documents)
	case limit > 0 || offset > 0:
		docs, err = s.opt.Store.(litopys.StoryReader).StoryDocuments(ctx, id, limit, offset)
	}
	if err != nil {
		return nil, err
	}
	events, err := s.storyEvents(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &StoryView{Story: st, DocumentList: docs, Entities: s.canonicalCounts(ctx, ents, st.Documents), Chronology: s.opt.Chronology(events)}
	if v.Chronology == nil {
		v.Chronology = []ChronologyRow{}
	}
	if v.ThreadInfo, err = s.index.Thread(ctx, st.Thread); err != nil && litopys.ErrorCode(err) != litopys.ENOTFOUND {
		return nil, err
	}
	if v.ContinuedBy, err = s.index.Continuations(ctx, id); err != nil {
		return nil, err
	}
	v.ByLang = groupByLang(docs)
	v.Timeline = drawTimeline(v.Chronology, chronPageSize, "", "")
	v.Page = pageChronology(v.Chronology, 0, "")
	v.TopEntities = v.Entities[:min(len(v.Entities), storyPageEntities)]
	v.MoreEntities = len(v.Entities) - len(v.TopEntities)
	return v, nil
}

// storyEvents reads a story's documents as far as its chronology reads
// them (the store's read model: no document is decoded).
func (s *Server) storyEvents(ctx context.Context, id string) ([]*litopys.Document, error) {
	rd, ok := s.opt.Store.(litopys.StoryReader)
	if !ok {
		return nil, nil
	}
	return rd.StoryEvents(ctx, id)
}

// storyDocuments reads all n documents of a story, a page at a time.
func (s *Server) storyDocuments(ctx context.Context, id string, n int) ([]litopys.DocumentSummary, error) {
	var out []litopys.DocumentSummary
	for len(out) < n {
		page, err := s.opt.Store.(litopys.StoryReader).StoryDocuments(ctx, id, litopys.MaxLimit, len(out))
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(page) < litopys.MaxLimit {
			break
		}
	}
	return out, nil
}

// groupByLang groups documents by language, languages in order.
func groupByLang(docs []litopys.DocumentSummary) []LangGroup {
	var out []LangGroup
	for _, d := range docs {
		i := slices.IndexFunc(out, func(g LangGroup) bool { return g.Lang == d.Lang })
		if i < 0 {
			out = append(out, LangGroup{Lang: d.Lang})
			i = len(out) - 1
		}
		out[i].Documents = append(out[i].Documents, d)
	}
	slices.SortFunc(out, func(a, b LangGroup) int { return strings.Compare(a.Lang, b.Lang) })
	return out
}

// loadDocs reads the newest maxStoryDocs of docs from the store.
func (s *Server) loadDocs(ctx context.Context, docs []litopys.DocumentSummary) ([]*litopys.Document, error) {
	var out []*litopys.Document
	for _, d := range docs[:min(len(docs), maxStoryDocs)] {
		doc, err := s.document(ctx, d.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, doc)
	}
	return out, nil
}

// EntityView is an entity with its mentions, the entities named beside it,
// its stories and the events it takes part in.
type EntityView struct {
	litopys.EntityInfo
	Cooccurring []EntityCount   `json:"cooccurring"`
	Stories     []Story         `json:"stories"`
	Chronology  []ChronologyRow `json:"chronology"`
	NameRows    []NameRow       `json:"-"`
	Graph       Graph           `json:"-"`
	Timeline    Timeline        `json:"-"`
	Page        ChronPage       `json:"-"`
}

// NameRow is the entity's name in one language.
type NameRow struct{ Lang, Name string }

func (s *Server) entityView(ctx context.Context, id string) (*EntityView, error) {
	info, err := s.opt.Store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &EntityView{EntityInfo: *info, Chronology: []ChronologyRow{}, Stories: []Story{}}
	for l, n := range v.Names {
		v.NameRows = append(v.NameRows, NameRow{l, n})
	}
	slices.SortFunc(v.NameRows, func(a, b NameRow) int { return strings.Compare(a.Lang, b.Lang) })
	var ids []string
	for _, d := range v.Documents {
		ids = append(ids, d.ID)
	}
	of, err := s.index.StoriesOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, d := range ids {
		if sid, ok := of[d]; ok && !seen[sid] {
			seen[sid] = true
			if st, _, _, err := s.index.Story(ctx, sid, 1, 0); err == nil {
				v.Stories = append(v.Stories, st)
			}
		}
	}
	members := append([]string{id, v.ID}, v.Members...)
	full, err := s.loadDocs(ctx, v.Documents)
	if err != nil {
		return nil, err
	}
	v.Cooccurring = s.canonicalCounts(ctx, cooccurring(members, full, 24), len(full))
	v.Cooccurring = slices.DeleteFunc(v.Cooccurring, func(e EntityCount) bool { return e.ID == v.ID })
	v.Cooccurring = v.Cooccurring[:min(len(v.Cooccurring), 12)]
	if rows := withEntity(s.opt.Chronology(full), members); rows != nil {
		v.Chronology = rows
	}
	v.Graph = drawGraph(v.Entity, v.Cooccurring)
	v.Timeline = drawTimeline(v.Chronology, chronPageSize, "", "")
	v.Page = pageChronology(v.Chronology, 0, "")
	return v, nil
}

// parseQuery reads a search from URL parameters: q, lang, outlet, from, to,
// entity, type, limit, offset.
func parseQuery(p url.Values) (litopys.Query, error) {
	q := litopys.Query{
		Text: strings.TrimSpace(p.Get("q")), Lang: strings.TrimSpace(p.Get("lang")),
		Outlet: strings.TrimSpace(p.Get("outlet")), Entity: strings.TrimSpace(p.Get("entity")),
	}
	var err error
	for _, f := range []struct {
		name string
		to   *litopys.Date
	}{{"from", &q.From}, {"to", &q.To}} {
		if v := strings.TrimSpace(p.Get(f.name)); v != "" {
			if *f.to, err = litopys.ParseDate(v); err != nil {
				return q, litopys.Errorf(litopys.EINVALID, "%s: %s", f.name, litopys.ErrorMessage(err))
			}
		}
	}
	if q.Limit, err = intParam(p, "limit"); err != nil {
		return q, err
	}
	if q.Offset, err = intParam(p, "offset"); err != nil {
		return q, err
	}
	if err := checkLang(q.Lang); err != nil {
		return q, err
	}
	if q.Type, err = checkType(p.Get("type")); err != nil {
		return q, err
	}
	return q, checkRange(q.From, q.To)
}

// intParam reads a non-negative integer parameter; absent is 0.
func intParam(p url.Values, name string) (int, error) {
	v := strings.TrimSpace(p.Get(name))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, litopys.Errorf(litopys.EINVALID, "%s: want a non-negative integer, got %q", name, v)
	}
	return n, nil
}

// documentFilter is parseQuery's filters as a DocumentFilter.
func documentFilter(q litopys.Query) litopys.DocumentFilter {
	return litopys.DocumentFilter{Lang: q.Lang, Outlet: q.Outlet, From: q.From, To: q.To, Entity: q.Entity, Limit: q.Limit, Offset: q.Offset}
}
