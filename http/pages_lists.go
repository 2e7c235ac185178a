// Pages that list: the home page (stories) and search, with their filter
// form, facets and paging.

package http

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/litopys/litopys"
)

// filterForm is the data of the "filters" template: the form's action and
// values, whether any filter is set, the entity types offered (none: no
// type filter) and the name of the entity filtered by.
type filterForm struct {
	Action     string
	Form       url.Values
	Filtered   bool
	Types      []string
	Search     bool
	EntityName string
}

// newFilterForm fills the filter form of the page at action.
func (s *Server) newFilterForm(action string, form url.Values, types []string, search bool) filterForm {
	f := filterForm{Action: action, Form: form, Types: types, Search: search}
	for _, k := range []string{"from", "to", "lang", "outlet", "entity", "type"} {
		f.Filtered = f.Filtered || form.Get(k) != ""
	}
	if id := form.Get("entity"); id != "" {
		if e, ok := s.index.Entity(id); ok {
			f.EntityName = e.Name
		}
	}
	return f
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
}

// homeLimit is the stories a page of the home page shows.
const homeLimit = 20

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	form := r.URL.Query()
	if form.Get("limit") == "" {
		form.Set("limit", fmt.Sprint(homeLimit))
	}
	d := homeData{Form: r.URL.Query(), Types: filterTypes}
	status := http.StatusOK
	list, err := s.storyList(form)
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
	d.Facets = facetViews("/", d.Form, list.Facets)
	limit, _ := intParam(form, "limit")
	d.Pager = newPager("/", d.Form, list.Offset, limit, len(list.Stories), list.Total)
	s.render(w, r, status, "home", page{Title: "Latest stories", Data: d})
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
	Entities []litopys.Entity
	Facets   []facetView
	Partial  bool
	Pager    pager
	Export   map[string]string
}

type searchHit struct {
	litopys.Hit
	Snippet []Segment
	Story   string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	form := r.URL.Query()
	d := searchData{Form: form, Filters: s.newFilterForm("/search", form, nil, true)}
	q, err := parseQuery(form)
	if err == nil && (q.Text != "" || q.Entity != "") {
		d.Asked = true
		var res litopys.SearchResult
		if res, err = s.search(r, q); err == nil {
			d.Total = res.Total
			for _, h := range res.Results {
				sid, _ := s.index.StoryOf(h.ID)
				d.Hits = append(d.Hits, searchHit{Hit: h, Snippet: snippetSegments(h.Snippet), Story: sid})
			}
			d.Pager = newPager("/search", form, q.Offset, q.Limit, len(res.Results), res.Total)
			var f Facets
			if f, err = s.searchFacets(r.Context(), q); err == nil {
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
			d.Entities = s.index.SearchEntities(q.Text, 8)
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
