package ingest

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest/ingesttest"
	"github.com/litopys/litopys/input"
)

// TestReadURLsAndFeeds reads pages and a feed by URL: every article is a
// record with its URL, outlet and date, every failure a record with the
// code that says why.
func TestReadURLsAndFeeds(t *testing.T) {
	srv := ingesttest.NewSite(t)
	opt := input.Options{MaxBytes: 100_000}
	f := NewFetcher(5*time.Second, opt, "test")
	args := []string{srv.URL + "/page", srv.URL + "/feed", srv.URL + "/big", srv.URL + "/loop", srv.URL + "/nothing", ingesttest.RefusedURL(t)}
	var got []string
	for rec := range Read(context.Background(), args, nil, opt, f) {
		src := strings.TrimPrefix(rec.Source, srv.URL)
		if strings.HasPrefix(src, "http://") {
			src = "refused"
		}
		line := src + " " + litopys.ErrorCode(rec.Err)
		if rec.Err == nil {
			line = fmt.Sprintf("%s %s %s %q %s", src, strings.TrimPrefix(rec.URL, srv.URL), rec.Outlet, rec.Title, rec.Published)
		}
		got = append(got, line)
	}
	want := []string{
		`/page /page 127.0.0.1 "" `,
		`/weather /weather 127.0.0.1 "Погода" 2023-09-12`,
		`/page /page 127.0.0.1 "Бюджет" 2023-09-11`,
		"/missing not_found",
		"/big too_large",
		"/loop invalid",
		"/nothing not_found",
		"refused unavailable",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// failTransport refuses every request: fuzzed feeds must not reach out.
type failTransport struct{}

func (failTransport) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("no network in fuzzing")
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(ingesttest.Feed("http://example.org")))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><updated>Вт, 12 вер 2023</updated><content type="html">&lt;p&gt;текст&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`<rss><channel><item><link>http://x/</link></item></channel></rss>`))
	f.Add([]byte("<rss>\x00\xff"))
	f.Fuzz(func(t *testing.T, body []byte) {
		fe := NewFetcher(time.Second, input.Options{MaxBytes: 1 << 20}, "test")
		fe.client.Transport = failTransport{}
		n := 0
		fe.feed(context.Background(), "http://example.org/feed", body, func(rec input.Record) bool {
			n++
			if rec.Source == "" {
				t.Fatalf("record without a source: %+v", rec)
			}
			if rec.Err == nil && strings.TrimSpace(rec.Body) == "" {
				t.Fatalf("record with neither body nor error: %+v", rec)
			}
			return true
		})
		if n > maxFeedItems+1 {
			t.Fatalf("%d records from one feed, limit %d", n, maxFeedItems)
		}
	})
}

func TestFetcherWaitsBetweenRequestsToOneHost(t *testing.T) {
	srv := ingesttest.NewSite(t)
	fe := NewFetcher(5*time.Second, input.Options{MaxBytes: 1 << 20}, "test")
	fe.Delay = 150 * time.Millisecond
	t0 := time.Now()
	for range 3 {
		if _, _, _, err := fe.get(context.Background(), srv.URL+"/page"); err != nil {
			t.Fatal(err)
		}
	}
	if took := time.Since(t0); took < 2*fe.Delay {
		t.Errorf("3 requests to one host took %v, want at least %v", took, 2*fe.Delay)
	}
}

// TestFeedItemOutlet: an item's outlet is its link's host, or the feed's
// when the link is not an absolute URL.
func TestFeedItemOutlet(t *testing.T) {
	long := strings.Repeat("Текст статті про події дня в країні та світі. ", 20)
	body := `<rss><channel>
<item><title>a</title><link>https://www.Example.org/a</link><description>` + long + `</description></item>
<item><title>b</title><link>news/b</link><description>` + long + `</description></item>
</channel></rss>`
	fe := NewFetcher(time.Second, input.Options{MaxBytes: 1 << 20}, "test")
	fe.client.Transport = failTransport{}
	var got []string
	fe.feed(context.Background(), "https://feeds.zn.ua/rss", []byte(body), func(rec input.Record) bool {
		got = append(got, rec.Outlet)
		return true
	})
	if want := "example.org feeds.zn.ua"; strings.Join(got, " ") != want {
		t.Errorf("outlets %q, want %q", got, want)
	}
}
