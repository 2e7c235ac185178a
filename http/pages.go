package http

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/litopys/litopys"
)

//go:embed ui/templates/*.html ui/static/*
var uiFS embed.FS

// pageNames are the page templates; each is parsed with layout.html.
var pageNames = []string{"home", "story", "thread", "entity", "document", "search", "error", "loading"}

// parsePages parses every page template with the layout.
func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"storyURL":    func(id string) string { return "/stories/" + url.PathEscape(id) },
		"threadURL":   func(id string) string { return "/threads/" + url.PathEscape(id) },
		"entityURL":   func(id string) string { return "/entities/" + url.PathEscape(id) },
		"documentURL": func(id string) string { return "/documents/" + url.PathEscape(id) },
		"sortedKeys":  sortedKeys,
		"langName":    langName,
		"join":        strings.Join,
		"add":         func(a, b int) int { return a + b },
		"langCodes":   func() []string { return filterLangs },
		"typeName":    typeName,
	}
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(uiFS, "ui/templates/layout.html", "ui/templates/legend.html", "ui/templates/filters.html",
			"ui/templates/chronology.html", "ui/templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// filterForm is the data of the "filters" template: the form's action and
// values, whether any filter is set, the entity types offered (none: no
// type filter).
type filterForm struct {
	Action   string
	Form     url.Values
	Filtered bool
	Types    []string
	Search   bool
}

// newFilterForm fills the filter form of the page at action.
func (s *Server) newFilterForm(action string, form url.Values, types []string, search bool) filterForm {
	f := filterForm{Action: action, Form: form, Types: types, Search: search}
	for _, k := range []string{"from", "to", "lang", "outlet", "entity", "type"} {
		f.Filtered = f.Filtered || form.Get(k) != ""
	}
	return f
}

// staticHandler serves ui/static under /static/.
func staticHandler() http.Handler {
	sub, err := fs.Sub(uiFS, "ui")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	fsrv := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fsrv.ServeHTTP(w, r)
	})
}

// page is what every template gets: a title, the search box's text and
// the page's own data.
type page struct {
	Title string
	Query string
	Data  any
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, p); err != nil {
		s.logError(r, fmt.Errorf("render %s: %w", name, err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pageError shows err as a page with its status.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status, body := errorOf(err)
	if status == http.StatusInternalServerError {
		s.logError(r, err)
	}
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Data: body})
}

// homeData is the data of the home page: the filter form, a page of the
// stories it keeps, their facets and paging.
type homeData struct {
	StoryList
	Form      url.Values
	Filtered  bool
	Filters   filterForm
	Error     string
	Documents int
	Facets    []facetView
	Pager     pager
	Types     []string
	// Threads are the latest threads (related stories, for browsing).
	Threads      []Thread
	TotalThreads int
}

// homeThreads is the threads the home page lists.
const homeThreads = 12

// homeLimit is the stories a page of the home page shows.
const homeLimit = 20

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	form := r.URL.Query()
	if form.Get("limit") == "" {
		form.Set("limit", fmt.Sprint(homeLimit))
	}
	d := homeData{Form: r.URL.Query(), Types: filterTypes}
	status := http.StatusOK
	list, err := s.storyList(r.Context(), form)
	if err != nil {
		status, _ = errorOf(err)
		d.Error = litopys.ErrorMessage(err)
	}
	d.StoryList = list
	d.Filters = s.newFilterForm("/", d.Form, filterTypes, false)
	d.Filtered = d.Filters.Filtered
	if d.Documents, err = s.opt.Store.Count(r.Context()); err != nil {
		s.pageError(w, r, err)
		return
	}
	if !d.Filtered {
		if d.Threads, d.TotalThreads, err = s.index.Threads(r.Context(), homeThreads, 0); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	d.Facets = facetViews("/", d.Form, list.Facets)
	limit, _ := intParam(form, "limit")
	d.Pager = newPager("/", d.Form, list.Offset, limit, len(list.Stories), list.Total)
	s.render(w, r, status, "home", page{Title: "Latest stories", Data: d})
}

func (s *Server) pageThread(w http.ResponseWriter, r *http.Request) {
	v, err := s.threadView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "thread", page{Title: v.Title, Data: v})
}

// storyPage is the data of a story's page: the story, a page of its
// articles by language, and its export links.
type storyPage struct {
	*StoryView
	Pager  pager
	Export map[string]string
}

// storyDocsLimit is the articles a page of a story lists.
const storyDocsLimit = 100

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	offset, err := intParam(r.URL.Query(), "offset")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.storyView(r.Context(), id, storyDocsLimit, offset)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Timeline, v.Page, err = chronologyView(r.URL.Query(), v.Chronology); err != nil {
		s.pageError(w, r, err)
		return
	}
	docs := v.DocumentList
	p := storyPage{StoryView: v, Export: map[string]string{}}
	p.ByLang = groupByLang(docs)
	p.Pager = newPager("/stories/"+url.PathEscape(id), r.URL.Query(), offset, storyDocsLimit, len(docs), v.Documents)
	for _, f := range []string{"csv", "json"} {
		p.Export[f] = "/api/stories/" + url.PathEscape(id) + "/chronology?format=" + f
	}
	s.render(w, r, http.StatusOK, "story", page{Title: v.Title, Data: p})
}

// entityPage is the data of an entity's page: the entity, a page of the
// articles that name it, and the export links of its mentions.
type entityPage struct {
	*EntityView
	Articles []litopys.DocumentSummary
	Pager    pager
	Export   map[string]string
}

// entityDocsLimit is the articles a page of an entity lists.
const entityDocsLimit = 100

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	offset, err := intParam(r.URL.Query(), "offset")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.entityView(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if u := canonicalURL(r, "/entities/", id, v.ID); u != "" {
		http.Redirect(w, r, u, http.StatusMovedPermanently)
		return
	}
	if v.Timeline, v.Page, err = chronologyView(r.URL.Query(), v.Chronology); err != nil {
		s.pageError(w, r, err)
		return
	}
	p := entityPage{EntityView: v, Articles: v.Documents, Export: map[string]string{}}
	if offset > 0 || len(v.Documents) >= entityDocsLimit {
		if p.Articles, err = s.opt.Store.Documents(r.Context(), litopys.DocumentFilter{Entity: v.ID, Limit: entityDocsLimit, Offset: offset}); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	// Documents naming any of the entity's members, counted once each.
	n, err := s.index.CountDocuments(r.Context(), StoryFilter{Entity: v.ID})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	total := max(n, offset+len(p.Articles))
	p.Pager = newPager("/entities/"+url.PathEscape(v.ID), r.URL.Query(), offset, entityDocsLimit, len(p.Articles), total)
	for _, f := range []string{"csv", "json"} {
		p.Export[f] = "/api/entities/" + url.PathEscape(v.ID) + "/mentions?format=" + f
	}
	s.render(w, r, http.StatusOK, "entity", page{Title: v.Name, Data: p})
}

// documentPart is one part of an article's page: all of it unless the
// article is long.
type documentPart struct {
	*DocumentView
	Paragraphs  [][]Segment
	Part, Parts int
	Prev, Next  string
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	v, err := s.documentPage(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d := documentPart{DocumentView: v, Part: 1, Parts: max(1, len(v.Parts))}
	if p := r.URL.Query().Get("part"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > d.Parts {
			s.pageError(w, r, litopys.Errorf(litopys.EINVALID, "part: want 1…%d, got %q", d.Parts, p))
			return
		}
		d.Part = n
	}
	if len(v.Parts) > 0 {
		d.Paragraphs = v.Parts[d.Part-1]
	}
	link := func(n int) string { return "/documents/" + url.PathEscape(id) + "?part=" + strconv.Itoa(n) }
	if d.Part > 1 {
		d.Prev = link(d.Part - 1)
	}
	if d.Part < d.Parts {
		d.Next = link(d.Part + 1)
	}
	s.render(w, r, http.StatusOK, "document", page{Title: v.Title, Data: d})
}

// searchData is the data of the search page: the form's values, the
// results with their snippets cut into segments, facets, paging and
// export links.
type searchData struct {
	Form     url.Values
	Filters  filterForm
	Asked    bool
	Error    string
	Total    int
	Hits     []searchHit
	Entities []litopys.EntitySummary
	// EntityTotal counts the entities the words name.
	EntityTotal int
	Facets      []facetView
	Partial     bool
	Pager       pager
	Export      map[string]string
}

type searchHit struct {
	litopys.Hit
	Snippet []Segment
	Story   string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	form := r.URL.Query()
	d := searchData{Form: form, Filters: s.newFilterForm("/search", form, filterTypes, true)}
	q, err := parseQuery(form)
	if err == nil {
		q.Entity, err = s.resolveEntityParam(r.Context(), q.Entity)
	}
	if err == nil && (q.Text != "" || q.Entity != "") {
		d.Asked = true
		var res litopys.SearchResult
		if res, err = s.search(r, q); err == nil {
			d.Total = res.Total
			ids := make([]string, len(res.Results))
			for i, h := range res.Results {
				ids[i] = h.ID
			}
			var of map[string]string
			of, err = s.index.StoriesOf(r.Context(), ids)
			for _, h := range res.Results {
				d.Hits = append(d.Hits, searchHit{Hit: h, Snippet: snippetSegments(h.Snippet), Story: of[h.ID]})
			}
			d.Pager = newPager("/search", form, q.Offset, q.Limit, len(res.Results), res.Total)
			var f Facets
			if err == nil {
				f, err = s.searchFacets(r.Context(), q)
			}
			if err == nil {
				d.Facets, d.Partial = facetViews("/search", form, f), f.Partial
			}
			d.Export = map[string]string{}
			for _, format := range []string{"csv", "json"} {
				e := cloneValues(form)
				e.Del("offset")
				e.Del("limit")
				e.Set("format", format)
				d.Export[format] = "/api/search?" + e.Encode()
			}
		}
		if q.Text != "" {
			if l, lerr := s.entities(r.Context(), litopys.EntityQuery{Text: q.Text, Lang: q.Lang, Limit: 10}); lerr == nil {
				d.Entities, d.EntityTotal = l.Entities, l.Total
			}
		}
	}
	status := http.StatusOK
	if err != nil {
		status, _ = errorOf(err)
		d.Error = litopys.ErrorMessage(err)
		if status == http.StatusInternalServerError {
			s.logError(r, err)
		}
	}
	s.render(w, r, status, "search", page{Title: "Search", Query: q.Text, Data: d})
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = slices.Clone(vs)
	}
	return out
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// langName names the languages litopys reads.
func langName(code string) string {
	if code == "" {
		return "unknown"
	}
	return litopys.Lang(code).Name()
}
