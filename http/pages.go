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
	"strings"

	"github.com/litopys/litopys"
)

//go:embed ui/templates/*.html ui/static/*
var uiFS embed.FS

// pageNames are the page templates; each is parsed with layout.html.
var pageNames = []string{"home", "story", "entity", "document", "search", "error"}

// parsePages parses every page template with the layout.
func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"storyURL":    func(id string) string { return "/stories/" + url.PathEscape(id) },
		"entityURL":   func(id string) string { return "/entities/" + url.PathEscape(id) },
		"documentURL": func(id string) string { return "/documents/" + url.PathEscape(id) },
		"sortedKeys":  sortedKeys,
		"langName":    langName,
		"join":        strings.Join,
		"add":         func(a, b int) int { return a + b },
	}
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(uiFS, "ui/templates/layout.html", "ui/templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
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

// homeData is the data of the home page.
type homeData struct {
	Stories   []Story
	Total     int
	Documents int
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	stories, total := s.index.Stories(50, 0)
	n, err := s.opt.Store.Count(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", page{Title: "Latest stories", Data: homeData{stories, total, n}})
}

func (s *Server) pageStory(w http.ResponseWriter, r *http.Request) {
	v, err := s.storyView(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "story", page{Title: v.Title, Data: v})
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	v, err := s.entityView(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if u := canonicalURL(r, "/entities/", r.PathValue("id"), v.ID); u != "" {
		http.Redirect(w, r, u, http.StatusMovedPermanently)
		return
	}
	s.render(w, r, http.StatusOK, "entity", page{Title: v.Name, Data: v})
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) {
	v, err := s.documentView(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "document", page{Title: v.Title, Data: v})
}

// searchData is the data of the search page: the form's values, the
// results with their snippets cut into segments, and paging.
type searchData struct {
	Form     url.Values
	Asked    bool
	Error    string
	Total    int
	Hits     []searchHit
	Entities []litopys.EntitySummary
	// EntityTotal counts the entities the words name.
	EntityTotal int
	Next        string
}

type searchHit struct {
	litopys.Hit
	Snippet []Segment
	Story   string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	form := r.URL.Query()
	d := searchData{Form: form}
	q, err := parseQuery(form)
	if err == nil {
		q.Entity, err = s.resolveEntityParam(r.Context(), q.Entity)
	}
	if err == nil && (q.Text != "" || q.Entity != "") {
		d.Asked = true
		var res litopys.SearchResult
		if res, err = s.search(r, q); err == nil {
			d.Total = res.Total
			for _, h := range res.Results {
				sid, _ := s.index.StoryOf(h.ID)
				d.Hits = append(d.Hits, searchHit{Hit: h, Snippet: snippetSegments(h.Snippet), Story: sid})
			}
			if next := q.Offset + litopys.PageLimit(q.Limit); next < res.Total {
				nf := cloneValues(form)
				nf.Set("offset", fmt.Sprint(next))
				d.Next = "/search?" + nf.Encode()
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
	switch code {
	case "ru":
		return "Русский"
	case "uk":
		return "Українська"
	case "en":
		return "English"
	case "":
		return "unknown"
	}
	return code
}
