package extract

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/litopys/litopys"
)

// Sources of a page's publication date, as Result.PublishedSource names
// them (and litopys.Document.PublishedSource after the pipeline).
const (
	SourceMeta     = "meta"     // <meta> tag or microdata itemprop
	SourceJSONLD   = "jsonld"   // JSON-LD datePublished
	SourceTime     = "time"     // <time datetime> of the article
	SourceDateline = "dateline" // a dateline or date line of the text
	SourcePage     = "page"     // go-trafilatura's htmldate (URL, text)
)

// metaDateKeys are the <meta> names and properties that carry the
// publication date, in lower case.
var metaDateKeys = map[string]bool{
	"article:published_time": true, "og:article:published_time": true, "og:published_time": true,
	"published_time": true, "article.published": true, "article_date_original": true,
	"datepublished": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"date": true, "dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dcterms.created": true,
	"dcterms.issued": true, "dcterms.date": true, "sailthru.date": true, "parsely-pub-date": true,
	"cxenseparse:recs:publishtime": true, "citation_publication_date": true, "citation_date": true,
	"originalpublicationdate": true, "mediator_published_time": true, "release_date": true,
}

// pageDate finds the publication date a page declares: a <meta> tag or an
// itemprop="datePublished" first, then JSON-LD datePublished, then a
// <time datetime> marked as the publication time (pubdate, itemprop, a
// class naming "publish") or the first one inside <article> or <header>.
// It returns the date and its source, or a zero date.
func pageDate(root *html.Node) (litopys.Date, string) {
	var meta, ld, tm, firstTime litopys.Date
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if meta.IsZero() && metaDateKeys[key] {
					meta = parseWebDate(attr(n, "content"))
				}
			case atom.Script:
				if ld.IsZero() && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld = jsonLDDate(n.FirstChild.Data)
				}
				return
			case atom.Time:
				d := parseWebDate(firstNonEmpty(attr(n, "datetime"), attr(n, "content")))
				if !d.IsZero() {
					marked := hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
						strings.Contains(strings.ToLower(attr(n, "class")), "publish")
					if marked && tm.IsZero() {
						tm = d
					} else if inArticle && firstTime.IsZero() {
						firstTime = d
					}
				}
			case atom.Article, atom.Header:
				inArticle = true
			}
			if meta.IsZero() && n.DataAtom != atom.Meta && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				meta = parseWebDate(firstNonEmpty(attr(n, "content"), attr(n, "datetime")))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(root, false)
	switch {
	case !meta.IsZero():
		return meta, SourceMeta
	case !ld.IsZero():
		return ld, SourceJSONLD
	case !tm.IsZero():
		return tm, SourceTime
	case !firstTime.IsZero():
		return firstTime, SourceTime
	}
	return litopys.Date{}, ""
}

// jsonLDDate returns the first datePublished of a JSON-LD block (objects,
// arrays and @graph searched depth first; a CDATA wrapper ignored), zero
// when none parses.
func jsonLDDate(src string) litopys.Date {
	src = strings.TrimSpace(src)
	for _, p := range []string{"//<![CDATA[", "<![CDATA["} {
		src = strings.TrimPrefix(src, p)
	}
	for _, s := range []string{"//]]>", "]]>"} {
		src = strings.TrimSuffix(src, s)
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return litopys.Date{}
	}
	var find func(v any, depth int) litopys.Date
	find = func(v any, depth int) litopys.Date {
		if depth > 8 {
			return litopys.Date{}
		}
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				if d := parseWebDate(s); !d.IsZero() {
					return d
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"} {
				if d := find(x[k], depth+1); !d.IsZero() {
					return d
				}
			}
		case []any:
			for _, e := range x {
				if d := find(e, depth+1); !d.IsZero() {
					return d
				}
			}
		}
		return litopys.Date{}
	}
	return find(v, 0)
}

// webLayouts are the date forms pages write besides ISO 8601.
var webLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006/01/02", "2006/01/02 15:04:05", "20060102", "02.01.2006", "02.01.2006 15:04",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "Monday, January 2, 2006",
}

// parseWebDate reads a date as pages write it in metadata; zero when it
// does not parse or is implausible (before 1990 or after 2200).
func parseWebDate(s string) litopys.Date {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return litopys.Date{}
	}
	d, err := litopys.ParseDate(s)
	if err != nil {
		if len(s) >= 10 {
			// "2024-11-12T14:35:00.000+0300" and other ISO variants.
			if dd, err2 := litopys.ParseDate(s[:10]); err2 == nil && dd.Precision == litopys.PrecisionDay {
				d, err = dd, nil
			}
		}
		for _, l := range webLayouts {
			if err == nil {
				break
			}
			if t, e := time.Parse(l, s); e == nil {
				d, err = litopys.DateOf(t), nil
			}
		}
	}
	if err != nil || d.Year < 1990 || d.Year > 2200 {
		return litopys.Date{}
	}
	return d
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
