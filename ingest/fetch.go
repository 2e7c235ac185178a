package ingest

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// Limits of fetching.
const (
	maxRedirects = 5
	maxFeedItems = 500
	minFeedText  = 600 // bytes of item content taken as the article; shorter means fetch the link
)

// Fetcher downloads pages and feeds politely: one request at a time, a
// pause between requests to one host, a timeout per request, a size cap,
// few redirects, a User-Agent saying who asks. It is not safe for
// concurrent use; Shared is.
type Fetcher struct {
	// Delay is the least time between two requests to one host.
	Delay time.Duration

	client    *http.Client
	maxBytes  int64
	opt       input.Options
	userAgent string
	last      map[string]time.Time
}

// NewFetcher returns a Fetcher that gives up on a request after timeout
// and reads what it downloads with opt (its MaxBytes caps a download too);
// version names the analysers in its User-Agent.
func NewFetcher(timeout time.Duration, opt input.Options, version string) *Fetcher {
	c := &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return litopys.Errorf(litopys.EINVALID, "more than %d redirects", maxRedirects)
			}
			return nil
		},
	}
	ua := "litopys/" + version + " (news analysis; +https://github.com/litopys/litopys)"
	return &Fetcher{client: c, maxBytes: opt.MaxBytes, opt: opt, userAgent: ua, last: map[string]time.Time{}}
}

// wait sleeps until the host of u may be asked again.
func (f *Fetcher) wait(ctx context.Context, u string) error {
	host := litopys.OutletOfURL(u)
	if next := f.last[host].Add(f.Delay); f.Delay > 0 && time.Now().Before(next) {
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

// IsURL reports whether arg is an http or https URL, which Read downloads.
func IsURL(arg string) bool {
	return strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")
}

// get downloads u and returns its body, content type and final URL.
func (f *Fetcher) get(ctx context.Context, u string) ([]byte, string, string, error) {
	if err := f.wait(ctx, u); err != nil {
		return nil, "", "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", "", litopys.Errorf(litopys.EINVALID, "fetch %s: %v", u, err)
	}
	req.Header.Set("User-Agent", f.userAgent)
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
