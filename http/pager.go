package http

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/litopys/litopys"
)

// pager is the paging of a list on a page: which items it shows of how
// many, and links to the pages before and after.
type pager struct {
	First, Last, Total int
	Prev, Next         string
}

// newPager pages a list of total items shown limit at a time from offset,
// linking to base with form's parameters and another offset.
func newPager(base string, form url.Values, offset, limit, shown, total int) pager {
	limit = litopys.PageLimit(limit)
	p := pager{Total: total}
	if shown > 0 {
		p.First, p.Last = offset+1, offset+shown
	}
	link := func(off int) string {
		f := cloneValues(form)
		f.Del("offset")
		if off > 0 {
			f.Set("offset", fmt.Sprint(off))
		}
		if len(f) == 0 {
			return base
		}
		return base + "?" + f.Encode()
	}
	if offset > 0 {
		p.Prev = link(max(0, offset-limit))
	}
	if offset+limit < total {
		p.Next = link(offset + limit)
	}
	return p
}

// facetView is one facet as a page offers it: links that set (or, for the
// value in force, clear) a filter, each with its count.
type facetView struct {
	Title string
	Items []facetItem
}

type facetItem struct {
	Label  string
	Class  string
	Count  int
	URL    string
	Active bool
}

// facetViews turns facets into links to base with form's filters and one
// more (or one fewer).
func facetViews(base string, form url.Values, f Facets) []facetView {
	link := func(param, value string) (string, bool) {
		g := cloneValues(form)
		g.Del("offset")
		active := g.Get(param) == value
		if active {
			g.Del(param)
		} else {
			g.Set(param, value)
		}
		if len(g) == 0 {
			return base, active
		}
		return base + "?" + g.Encode(), active
	}
	group := func(title, param string, counts []FacetCount, label func(FacetCount) string, class string) facetView {
		v := facetView{Title: title}
		for _, c := range counts {
			u, active := link(param, c.Value)
			cl := class
			if active {
				cl = strings.TrimSpace(cl + " active")
			}
			v.Items = append(v.Items, facetItem{Label: label(c), Class: cl, Count: c.Count, URL: u, Active: active})
		}
		return v
	}
	out := []facetView{
		group("Language", "lang", f.Langs, func(c FacetCount) string { return langName(c.Value) }, ""),
		group("Outlet", "outlet", f.Outlets, func(c FacetCount) string { return c.Value }, ""),
	}
	for _, t := range filterTypes {
		if len(f.Entities[t]) > 0 {
			out = append(out, group(typeName(t), "entity", f.Entities[t], func(c FacetCount) string { return c.Name }, "t-"+t))
		}
	}
	return out
}

// typeName names an entity type for people.
func typeName(t string) string { return litopys.EntityType(t).Name() }
