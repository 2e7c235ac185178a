package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
	"github.com/markusmobius/go-dateparser"
	"github.com/mmcdole/gofeed"
)

// Limits of fetching.
const (
	maxRedirects  = 5
	maxFeedItems  = 500
	minFeedText   = 600 // bytes of item content taken as the article; shorter means fetch the link
	userAgentBase = "litopys/" + pipeline.Version + " (news analysis; +https://github.com/litopys/litopys)"
)

// fetcher downloads pages and feeds politely: one request at a time, a
// pause between requests to one host, a timeout per request, a size cap,
// few redirects, a User-Agent saying who asks.
type fetcher struct {
	client   *http.Client
	maxBytes int64
	opt      input.Options
	// delay is the least time between two requests to one host.
	delay time.Duration
	last  map[string]time.Time
}

func newFetcher(timeout time.Duration, opt input.Options) *fetcher {
	c := &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return litopys.Errorf(litopys.EINVALID, "more than %d redirects", maxRedirects)
			}
			return nil
		},
	}
	return &fetcher{client: c, maxBytes: opt.MaxBytes, opt: opt, last: map[string]time.Time{}}
}

// wait sleeps until the host of u may be asked again.
func (f *fetcher) wait(ctx context.Context, u string) error {
	host := hostOf(u)
	if next := f.last[host].Add(f.delay); f.delay > 0 && time.Now().Before(next) {
		t := time.NewTimer(time.Until(next))
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	f.last[host] = time.Now()
	return nil
}

func isURL(arg string) bool {
	return strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")
}

// get downloads u and returns its body, content type and final URL.
func (f *fetcher) get(ctx context.Context, u string) ([]byte, string, string, error) {
	if err := f.wait(ctx, u); err != nil {
		return nil, "", "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", "", litopys.Errorf(litopys.EINVALID, "fetch %s: %v", u, err)
	}
	req.Header.Set("User-Agent", userAgentBase)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, "", "", ctx.Err()
		}
		err = unwrapURLError(err)
		if code := litopys.ErrorCode(err); code != litopys.EINTERNAL {
			return nil, "", "", litopys.Errorf(code, "fetch %s: %s", u, litopys.ErrorMessage(err))
		}
		// refused, timed out, no such host: not the input's fault
		return nil, "", "", litopys.Errorf(litopys.EUNAVAILABLE, "fetch %s: %v", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", litopys.Errorf(statusCode(resp.StatusCode), "fetch %s: %s", u, resp.Status)
	}
	if resp.ContentLength > f.maxBytes {
		return nil, "", "", litopys.Errorf(litopys.ETOOLARGE, "fetch %s: %d bytes, more than the limit of %d", u, resp.ContentLength, f.maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, "", "", litopys.Errorf(litopys.EINVALID, "fetch %s: %v", u, err)
	}
	if int64(len(body)) > f.maxBytes {
		return nil, "", "", litopys.Errorf(litopys.ETOOLARGE, "fetch %s: more than the limit of %d bytes", u, f.maxBytes)
	}
	return body, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// statusCode is the domain error code of an HTTP status other than 200.
func statusCode(status int) string {
	switch {
	case status == http.StatusNotFound || status == http.StatusGone:
		return litopys.ENOTFOUND
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return litopys.EUNAUTHORIZED
	case status == http.StatusTooManyRequests || status >= 500:
		return litopys.EUNAVAILABLE
	}
	return litopys.EINVALID
}

// unwrapURLError drops the method and URL a *url.Error repeats.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// records yields the articles of a URL: the page itself, or each item of a
// feed (its content, or the page it links to).
func (f *fetcher) records(ctx context.Context, u string) iter.Seq[input.Record] {
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
func (f *fetcher) page(ctx context.Context, source, final string, body []byte, yield func(input.Record) bool) bool {
	for rec := range input.Read(ctx, []string{"-"}, bytes.NewReader(body), f.opt) {
		rec.Source = source
		if rec.Err == nil {
			if rec.URL == "" {
				rec.URL = final
			}
			if rec.Outlet == "" {
				rec.Outlet = hostOf(rec.URL)
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
func (f *fetcher) feed(ctx context.Context, source string, body []byte, yield func(input.Record) bool) {
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
				URL: it.Link, Title: it.Title, Outlet: hostOf(cmpOrStr(it.Link, source)), Published: pub, PublishedSource: src, Body: content, HTML: true}
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

// hostOf returns the host of a URL without "www.".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

func cmpOrStr(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}
