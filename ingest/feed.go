package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/markusmobius/go-dateparser"
	"github.com/mmcdole/gofeed"
)

// Records yields the articles of a URL: the page itself, or each item of a
// feed (its content, or the page it links to).
func (f *Fetcher) Records(ctx context.Context, u string) iter.Seq[input.Record] {
	return func(yield func(input.Record) bool) {
		body, ctype, final, err := f.get(ctx, u)
		if err != nil {
			yield(input.Record{Source: u, Err: err})
			return
		}
		if isFeed(ctype, body) {
			f.feed(ctx, u, body, yield)
			return
		}
		f.page(ctx, u, final, body, yield)
	}
}

// page reads a downloaded page with package input, as if from stdin.
func (f *Fetcher) page(ctx context.Context, source, final string, body []byte, yield func(input.Record) bool) bool {
	for rec := range input.Read(ctx, []string{"-"}, bytes.NewReader(body), f.opt) {
		rec.Source = source
		if rec.Err == nil {
			if rec.URL == "" {
				rec.URL = final
			}
			if rec.Outlet == "" {
				rec.Outlet = litopys.OutletOfURL(rec.URL)
			}
		} else if inner := errors.Unwrap(rec.Err); inner != nil {
			rec.Err = fmt.Errorf("%s: %w", source, inner)
		}
		if !yield(rec) {
			return false
		}
	}
	return true
}

// feed yields the items of an RSS or Atom feed.
func (f *Fetcher) feed(ctx context.Context, source string, body []byte, yield func(input.Record) bool) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		yield(input.Record{Source: source, Err: litopys.Errorf(litopys.EINVALID, "feed %s: %v", source, err)})
		return
	}
	for i, it := range feed.Items {
		if i >= maxFeedItems || ctx.Err() != nil {
			return
		}
		// --published wins over the feed's date, which is the item's own.
		pub, src := feedDate(it), "record"
		switch {
		case !f.opt.Published.IsZero():
			pub, src = f.opt.Published, "flag"
		case pub.IsZero():
			src = ""
		}
		content := cmpOrStr(it.Content, it.Description)
		if it.Link == "" || len(content) >= minFeedText {
			if strings.TrimSpace(content) == "" {
				if !yield(input.Record{Source: fmt.Sprintf("%s#item %d", source, i+1), Err: litopys.Errorf(litopys.EINVALID, "feed %s item %d: no link and no content", source, i+1)}) {
					return
				}
				continue
			}
			rec := input.Record{Source: cmpOrStr(it.Link, fmt.Sprintf("%s#item %d", source, i+1)), Format: input.FormatHTML, Encoding: "utf-8",
				URL: it.Link, Title: it.Title, Outlet: litopys.OutletOfURL(linkOr(it.Link, source)), Published: pub, PublishedSource: src, Body: content, HTML: true}
			if !yield(rec) {
				return
			}
			continue
		}
		page, _, final, err := f.get(ctx, it.Link)
		if err != nil {
			if !yield(input.Record{Source: it.Link, Err: err}) {
				return
			}
			continue
		}
		ok := f.page(ctx, it.Link, final, page, func(rec input.Record) bool {
			if rec.Err == nil {
				rec.Title = cmpOrStr(rec.Title, it.Title)
				if rec.PublishedSource != "flag" && !pub.IsZero() {
					rec.Published, rec.PublishedSource = pub, src
				}
			}
			return yield(rec)
		})
		if !ok {
			return
		}
	}
}

// isFeed tells an RSS or Atom document from a page.
func isFeed(ctype string, body []byte) bool {
	ct := strings.ToLower(ctype)
	if strings.Contains(ct, "rss") || strings.Contains(ct, "atom") {
		return true
	}
	head := strings.ToLower(string(body[:min(len(body), 1024)]))
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf")
}

// feedDate is the publication date of a feed item: as gofeed parsed it, or
// read by go-dateparser from forms it does not know ("Вт, 12 вер 2023").
func feedDate(it *gofeed.Item) litopys.Date {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil {
			return litopys.DateOf(*t)
		}
	}
	for _, s := range []string{it.Published, it.Updated} {
		if strings.TrimSpace(s) == "" {
			continue
		}
		d, err := dateparser.Parse(&dateparser.Configuration{Languages: []string{"uk", "ru", "en"}}, s)
		if err == nil && !d.Time.IsZero() {
			return litopys.DateOf(d.Time)
		}
	}
	return litopys.Date{}
}

func cmpOrStr(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}

// linkOr is link when it is an absolute http(s) URL, else the feed's URL:
// the outlet of an item whose link is relative is the feed's.
func linkOr(link, feed string) string {
	if IsURL(link) {
		return link
	}
	return feed
}
