package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

const testPage = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Уряд ухвалив бюджет</title></head>
<body><nav>Головна | Новини</nav><article><h1>Уряд ухвалив бюджет</h1>
<p>Кабінет міністрів України ухвалив проєкт державного бюджету на наступний рік. Прем'єр-міністр заявив, що головним пріоритетом залишається оборона.</p>
<p>Документ передбачає збільшення видатків на армію та соціальні виплати. Депутати розглянуть його у першому читанні наступного тижня.</p>
</article></body></html>`

// testFeed has an item with its full text, one that links to a page, one
// whose page is missing, and a date only go-dateparser reads.
func testFeed(base string) string {
	long := strings.Repeat("Синоптики попереджають про сильні дощі та вітер у західних областях. ", 12)
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Новини</title><link>%[1]s/</link>
<item><title>Погода</title><link>%[1]s/weather</link><pubDate>Вт, 12 вер 2023</pubDate><description><![CDATA[<p>%[2]s</p>]]></description></item>
<item><title>Бюджет</title><link>%[1]s/page</link><pubDate>Mon, 11 Sep 2023 10:00:00 +0300</pubDate><description>Коротко</description></item>
<item><title>Зникла</title><link>%[1]s/missing</link><description>Коротко</description></item>
</channel></rss>`, base, long)
}

func newTestSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "litopys/") {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, testFeed(srv.URL))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("слово ", 100_000))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestIngestURLsAndFeeds(t *testing.T) {
	srv := newTestSite(t)
	db := filepath.Join(t.TempDir(), "l.db")
	r := runCommand(t, runIngestCmd, "--db", db, "--format", "json", "--max-bytes", "100000", "--delay", "0",
		srv.URL+"/page", srv.URL+"/feed", srv.URL+"/big", srv.URL+"/loop", srv.URL+"/nothing", refusedURL(t))
	if !errorsIsPartial(r.err) {
		t.Fatalf("err = %v, want errPartial", r.err)
	}
	var items []ingestItem
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var it ingestItem
		if err := json.Unmarshal([]byte(line), &it); err == nil && it.Status != "" {
			items = append(items, it)
		}
	}
	var got []string
	for _, it := range items {
		src := strings.TrimPrefix(it.Source, srv.URL)
		if strings.HasPrefix(src, "http://") {
			src = "refused"
		}
		got = append(got, src+" "+it.Status+" "+it.Code)
	}
	want := []string{
		"/page added ",
		"/weather added ",
		"/page unchanged ",
		"/missing failed not_found",
		"/big failed too_large",
		"/loop failed invalid",
		"/nothing failed not_found",
		"refused failed unavailable",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outcomes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	s, err := openStore(context.Background(), db, storeRead)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs, err := s.Documents(context.Background(), litopys.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]litopys.DocumentSummary{}
	for _, d := range docs {
		byTitle[d.Title] = d
	}
	if w := byTitle["Погода"]; w.Published.String() != "2023-09-12" || w.URL != srv.URL+"/weather" || w.Outlet != "127.0.0.1" {
		t.Errorf("feed item with content: %+v, want published 2023-09-12 (from \"Вт, 12 вер 2023\"), its URL and outlet", w)
	}
	if p := byTitle["Уряд ухвалив бюджет"]; p.URL != srv.URL+"/page" || p.Lang != "uk" {
		t.Errorf("page: %+v", p)
	}
}

// refusedURL is the URL of a port nothing listens on.
func refusedURL(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	u := "http://" + ln.Addr().String() + "/gone"
	ln.Close()
	return u
}

// failTransport refuses every request: fuzzed feeds must not reach out.
type failTransport struct{}

func (failTransport) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("no network in fuzzing")
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(testFeed("http://example.org")))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><updated>Вт, 12 вер 2023</updated><content type="html">&lt;p&gt;текст&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`<rss><channel><item><link>http://x/</link></item></channel></rss>`))
	f.Add([]byte("<rss>\x00\xff"))
	f.Fuzz(func(t *testing.T, body []byte) {
		fe := newFetcher(time.Second, input.Options{MaxBytes: 1 << 20})
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
	srv := newTestSite(t)
	fe := newFetcher(5*time.Second, input.Options{MaxBytes: 1 << 20})
	fe.delay = 150 * time.Millisecond
	t0 := time.Now()
	for range 3 {
		if _, _, _, err := fe.get(context.Background(), srv.URL+"/page"); err != nil {
			t.Fatal(err)
		}
	}
	if took := time.Since(t0); took < 2*fe.delay {
		t.Errorf("3 requests to one host took %v, want at least %v", took, 2*fe.delay)
	}
}

// TestAnalyzeURL analyses a page by its URL, as ingest reads it (analyze
// used to look for a file of that name).
func TestAnalyzeURL(t *testing.T) {
	srv := newTestSite(t)
	code, out, errs := runCmd(t, "", "analyze", srv.URL+"/page")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc litopys.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Уряд ухвалив бюджет" || doc.Lang != "uk" || doc.URL != srv.URL+"/page" {
		t.Errorf("analysed %q (%s) from %q", doc.Title, doc.Lang, doc.URL)
	}
}
