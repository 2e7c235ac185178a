package http

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

const chromiumPath = "/usr/bin/chromium"

// browserDocs are three more articles, analysed by the pipeline and stored
// beside the seeds, so that the browser has stories in three languages and
// two outlets to filter and page through.
func browserDocs(tb testing.TB) []*litopys.Document {
	tb.Helper()
	recs := []input.Record{
		{ID: "b1", Lang: "uk", Outlet: "zn.ua", Published: litopys.DayDate(2023, 10, 2), URL: "https://zn.ua/ukr/economics/budget-2024.html",
			Title: "Уряд ухвалив проєкт бюджету на 2024 рік",
			Body:  "Кабінет міністрів України 2 жовтня ухвалив проєкт державного бюджету на 2024 рік. Прем'єр-міністр Денис Шмигаль заявив, що головним пріоритетом залишається оборона.\n\nДокумент до Верховної Ради передасть міністр фінансів Сергій Марченко. Депутати розглянуть його в першому читанні до 20 жовтня."},
		{ID: "b2", Lang: "en", Outlet: "bbc.com", Published: litopys.DayDate(2023, 10, 3), URL: "https://www.bbc.com/news/world-us-canada-67003434",
			Title: "Kevin McCarthy removed as Speaker of the House",
			Body:  "Kevin McCarthy was removed as Speaker of the US House of Representatives on Tuesday, 3 October. The vote was forced by Matt Gaetz, a Republican from Florida.\n\nIt is the first time in American history that the House has voted out its Speaker, the Associated Press reported."},
		{ID: "b3", Lang: "ru", Outlet: "bbc.com", Published: litopys.DayDate(2023, 10, 4), URL: "https://www.bbc.com/russian/articles/nobel-chemistry",
			Title: "Нобелевскую премию по химии присудили за квантовые точки",
			Body:  "Нобелевскую премию по химии 4 октября присудили Мунги Бавенди, Луису Брюсу и Алексею Екимову. Об этом сообщил Нобелевский комитет в Стокгольме.\n\nАлексей Екимов родился в Ленинграде и много лет работал в Государственном оптическом институте."},
	}
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{}) })
	if pipeErr != nil {
		tb.Fatal(pipeErr)
	}
	var docs []*litopys.Document
	for _, rec := range recs {
		rec.Source, rec.Format, rec.Encoding = rec.ID+".txt", input.FormatText, "utf-8"
		doc, err := pipe.Analyze(context.Background(), rec)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// TestBrowser drives headless Chromium through the pages as an analyst
// would, at a desktop width (1400 px) and a phone's (400 px): home →
// filters → paging → story (and its chronology's download) → entity →
// article → search (facets, download). It checks what the pages show
// against what the server knows and saves a screenshot of each page into
// $LITOPYS_SCREENSHOTS (else a temporary directory). Without Chromium it
// skips, except under CI=true.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs %s (run .ci/chromium.sh): %v", chromiumPath, err)
		}
		t.Skipf("no %s: install chromium to run the browser test", chromiumPath)
	}
	srv, ts := seededServer(t, browserDocs(t)...)
	shots := os.Getenv("LITOPYS_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(t.Context(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	defer cancelAlloc()
	for _, width := range []int64{1400, 400} {
		t.Run(fmt.Sprintf("%dpx", width), func(t *testing.T) {
			ctx, cancel := chromedp.NewContext(alloc)
			defer cancel()
			suffix := ""
			if width < 1000 {
				suffix = "-narrow"
			}
			b := &browser{t: t, ctx: ctx, dir: shots, suffix: suffix, base: ts.URL, downloads: t.TempDir()}
			b.do(chromedp.EmulateViewport(width, 1000))
			browseHome(b, srv)
			browseStory(b, srv)
			browseEntity(b)
			browseDocument(b)
			browseSearch(b, srv)
		})
	}
}

// browseHome checks the home page, its filters (a facet link and the form)
// and its paging.
func browseHome(b *browser, srv *Server) {
	t := b.t
	all, total, _, _ := srv.Index().FindStories(context.Background(), StoryFilter{}, homeLimit, 0)
	if total < 3 {
		t.Fatalf("%d stories, want at least 3 to filter and page", total)
	}
	b.do(chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(chromedp.CSS(".story-title")))
	if n := b.count(".story-card"); n != len(all) {
		t.Errorf("home shows %d stories, want %d", n, len(all))
	}
	if got := b.text(".story-title"); got != all[0].Title {
		t.Errorf("home's first story %q, want %q", got, all[0].Title)
	}
	b.shot("home")

	// A facet: the Ukrainian stories only.
	_, uk, _, _ := srv.Index().FindStories(context.Background(), StoryFilter{Lang: "uk"}, homeLimit, 0)
	b.follow(`.facets a[href="/?lang=uk"]`, ".facets a.active")
	if n := b.count(".story-card"); n != uk || uk == total {
		t.Errorf("lang=uk facet: %d stories, want %d (of %d)", n, uk, total)
	}
	// The form: Russian stories from bbc.com.
	_, ruBBC, _, _ := srv.Index().FindStories(context.Background(), StoryFilter{Lang: "ru", Outlet: "bbc.com"}, homeLimit, 0)
	b.do(chromedp.SetValue(chromedp.CSS(`form.filters select[name="lang"]`), "ru"),
		chromedp.SetValue(chromedp.CSS(`form.filters input[name="outlet"]`), "bbc.com"),
		chromedp.Click(chromedp.CSS(`form.filters button`)))
	b.waitURL("outlet=bbc.com")
	b.do(chromedp.WaitVisible(chromedp.CSS(".total")))
	if n := b.count(".story-card"); n != ruBBC || ruBBC == total {
		t.Errorf("lang=ru&outlet=bbc.com: %d stories, want %d", n, ruBBC)
	}
	if loc := b.location(); !strings.Contains(loc, "lang=ru") || !strings.Contains(loc, "outlet=bbc.com") {
		t.Errorf("filtered page at %s", loc)
	}

	// Paging, a story at a time.
	b.do(chromedp.Navigate(b.base+"/?limit=1"), chromedp.WaitVisible(chromedp.CSS(".pager")))
	first := b.text(".story-title")
	if r := b.text(".pager .range"); r != fmt.Sprintf("1–1 of %d", total) {
		t.Errorf("first page says %q", r)
	}
	b.follow(`.pager a[rel="next"]`, `.pager a[rel="prev"]`)
	if r := b.text(".pager .range"); r != fmt.Sprintf("2–2 of %d", total) {
		t.Errorf("second page says %q", r)
	}
	if second := b.text(".story-title"); second == first || b.count(".story-card") != 1 {
		t.Errorf("second page shows %q again", second)
	}
}

// browseStory checks the seeds' story, its timeline and the download of
// its chronology.
func browseStory(b *browser, srv *Server) {
	t := b.t
	var sid string
	for _, st := range mustStories(t, srv) {
		if st.Languages["ru"] > 0 && st.Languages["uk"] > 0 {
			sid = st.ID
		}
	}
	want, err := srv.storyView(t.Context(), sid, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	b.do(chromedp.Navigate(b.base+"/stories/"+url.PathEscape(sid)), chromedp.WaitVisible(chromedp.CSS("ol.chronology")))
	if got := b.text("h1"); got != want.Title {
		t.Errorf("story page title %q, want %q", got, want.Title)
	}
	rows := b.count("ol.chronology li.row")
	if rows != len(want.Chronology) || rows < 5 {
		t.Errorf("story page shows %d chronology rows, want %d (≥5)", rows, len(want.Chronology))
	}
	if dots := b.count("svg.timeline circle.dot"); dots != rows {
		t.Errorf("timeline has %d dots for %d rows", dots, rows)
	}
	if first := b.text("ol.chronology li.row .date"); first != want.Chronology[0].Date.String() {
		t.Errorf("first row dated %q, want %q", first, want.Chronology[0].Date)
	}
	if langs := b.count(".langgroup"); langs != 2 {
		t.Errorf("articles in %d language groups, want 2 (ru, uk)", langs)
	}
	b.shot("story")
	csvText := b.download("a.export-csv")
	lines := strings.Split(strings.TrimSpace(csvText), "\n")
	sources := 0
	for _, r := range want.Chronology {
		sources += len(r.Sources)
	}
	if !strings.HasPrefix(lines[0], "row,date,granularity,type,summary") || len(lines) != sources+1 {
		t.Errorf("chronology download: %d lines, want %d:\n%.300s", len(lines), sources+1, csvText)
	}
}

// browseEntity checks Kim Jong Un's page: his names, the graph and its
// legend.
func browseEntity(b *browser) {
	t := b.t
	b.follow(`ul.entities a[href="/entities/PER-Kim-Chen-Yn"]`, "table.names")
	if ru, uk := b.text("td.name-ru"), b.text("td.name-uk"); ru != "Ким Чен Ын" || uk != "Кім Чен Ин" {
		t.Errorf("entity names ru %q, uk %q", ru, uk)
	}
	if n := b.count("svg.graph circle.node"); n < 3 {
		t.Errorf("co-occurrence graph has %d nodes", n)
	}
	if n := b.count(`dl.legend[aria-label="Legend of the graph"] .swatch`); n != 5 {
		t.Errorf("graph legend has %d entity types, want 5", n)
	}
	if r := b.text(".pager .range"); r != "1–2 of 2" {
		t.Errorf("entity's articles: %q", r)
	}
	b.shot("entity")
}

// browseDocument checks an article: highlights, their legend, the source
// link.
func browseDocument(b *browser) {
	t := b.t
	b.follow("ul.articles a", "article.text")
	kim := `article.text a.hl-entity[href="/entities/PER-kimchenin"]`
	if n := b.count(kim); n < 1 {
		t.Errorf("no highlighted mention of Kim Jong Un")
	} else if m := b.text(kim); !strings.Contains(m, "Чен") {
		t.Errorf("highlighted mention %q", m)
	}
	if n := b.count("article.text a.hl-entity"); n < 20 {
		t.Errorf("%d highlighted entity mentions, want ≥20", n)
	}
	if n := b.count("article.text .hl-date"); n < 2 {
		t.Errorf("%d highlighted dates, want ≥2", n)
	}
	if n := b.count(`dl.legend[aria-label="Legend"] dd`); n != 5 {
		t.Errorf("legend has %d entries, want 4 highlights and the types", n)
	}
	b.shot("document")
	b.do(chromedp.Navigate(b.base+"/documents/b2"), chromedp.WaitVisible(chromedp.CSS("a.source")))
	if rel := b.attr("a.source", "rel"); rel != "noopener noreferrer nofollow" {
		t.Errorf("source link rel=%q", rel)
	}
}

// browseSearch searches, checks the facets and downloads every result.
func browseSearch(b *browser, srv *Server) {
	t := b.t
	b.do(chromedp.Navigate(b.base+"/"),
		chromedp.SendKeys(chromedp.CSS(`header input[name="q"]`), "Ким Чен Ын"),
		chromedp.Submit(chromedp.CSS(`header input[name="q"]`)),
		chromedp.WaitVisible(chromedp.CSS("ol.hits")))
	res, err := srv.opt.Store.Search(t.Context(), litopys.Query{Text: "Ким Чен Ын"})
	if err != nil {
		t.Fatal(err)
	}
	if n := b.count("ol.hits > li"); n != res.Total || n < 2 {
		t.Errorf("search shows %d hits, want %d", n, res.Total)
	}
	if n := b.count(".facets .facet"); n < 3 {
		t.Errorf("search shows %d facets", n)
	}
	b.shot("search")
	var items []map[string]any
	if err := json.Unmarshal([]byte(b.download("a.export-json")), &items); err != nil || len(items) != res.Total {
		t.Errorf("search download: %d items (%v), want %d", len(items), err, res.Total)
	}
	// A facet narrows the results.
	b.follow(`.facets a[href*="lang=uk"]`, ".facets a.active")
	if n := b.count("ol.hits > li"); n != 1 {
		t.Errorf("lang=uk: %d hits, want 1", n)
	}
	// The entity field suggests entities by a name in another case.
	want, err := srv.entities(t.Context(), litopys.EntityQuery{Text: "Блинкена", Limit: 8})
	if err != nil || len(want.Entities) == 0 {
		t.Fatalf("entities called Блинкена: %+v, %v", want, err)
	}
	b.do(chromedp.SendKeys(chromedp.CSS(`form.filters input[name="entity"]`), "Блинкена"),
		chromedp.WaitReady(chromedp.CSS(`#entity-suggestions option`)))
	if first := b.attr(`#entity-suggestions option`, "value"); first != want.Entities[0].ID {
		t.Errorf("entity suggestion %q, want %q", first, want.Entities[0].ID)
	}
}

func mustStories(t *testing.T, srv *Server) []Story {
	st, _, _, _ := srv.Index().FindStories(context.Background(), StoryFilter{}, litopys.MaxLimit, 0)
	return st
}

// browser runs chromedp actions for a test, failing it on error.
type browser struct {
	t                      *testing.T
	ctx                    context.Context
	dir, suffix, base      string
	downloads              string
	downloadBehaviourIsSet bool
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.timeout(), steps...); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.timeout(), chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func (b *browser) attr(sel, name string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.timeout(), chromedp.Evaluate[string]("document.querySelector("+jsString(sel)+").getAttribute("+jsString(name)+") || ''"))
	if err != nil {
		b.t.Fatalf("%s of %s: %v", name, sel, err)
	}
	return v
}

// follow clicks the link sel, waits until the browser is at its address
// and the new page shows wait.
func (b *browser) follow(sel, wait string) {
	b.t.Helper()
	href := b.attr(sel, "href")
	if href == "" {
		b.t.Fatalf("%s has no href", sel)
	}
	b.do(chromedp.Click(chromedp.CSS(sel)))
	b.waitURL(href)
	b.do(chromedp.WaitVisible(chromedp.CSS(wait)))
}

// waitURL waits until the page's address holds part (a navigation the
// page started).
func (b *browser) waitURL(part string) {
	b.t.Helper()
	// While the page navigates, the browser may answer a query with
	// "Inspected target navigated or closed": that is the navigation
	// under way, so it is asked again rather than failed.
	var loc string
	for range 100 {
		l, err := chromedp.Run(b.timeout(), chromedp.Location())
		if err == nil {
			loc = l
		}
		if err == nil && (strings.Contains(loc, part) || strings.Contains(unescape(loc), unescape(part))) {
			done, err := chromedp.Run(b.timeout(), chromedp.Evaluate[bool]("document.readyState === 'complete'"))
			if err == nil && done {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Fatalf("the page never went to an address with %q: %s", part, loc)
}

func (b *browser) location() string {
	b.t.Helper()
	loc, err := chromedp.Run(b.timeout(), chromedp.Location())
	if err != nil {
		b.t.Fatal(err)
	}
	return loc
}

func (b *browser) count(sel string) int {
	b.t.Helper()
	n, err := chromedp.Run(b.timeout(), chromedp.Evaluate[int]("document.querySelectorAll("+jsString(sel)+").length"))
	if err != nil {
		b.t.Fatalf("count %s: %v", sel, err)
	}
	return n
}

// download clicks the link sel and returns the file the browser saved.
func (b *browser) download(sel string) string {
	b.t.Helper()
	ctx := b.timeout()
	progress := chromedp.Events(ctx, cdpbrowser.DownloadProgress)
	b.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: b.downloads, EventsEnabled: ptrTo(true),
		})
		return err
	}), chromedp.Click(chromedp.CSS(sel)))
	for ev, err := range progress {
		if err != nil {
			b.t.Fatalf("download %s: %v", sel, err)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCanceled {
			b.t.Fatalf("download %s cancelled", sel)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCompleted {
			data, err := os.ReadFile(filepath.Join(b.downloads, ev.GUID))
			if err != nil {
				b.t.Fatal(err)
			}
			return string(data)
		}
	}
	b.t.Fatalf("download %s: no file", sel)
	return ""
}

func ptrTo[T any](v T) *T { return &v }

func (b *browser) shot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.timeout(), chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatal(err)
	}
	p := filepath.Join(b.dir, name+b.suffix+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot %s (%d bytes)", p, len(png))
}

// timeout bounds one query; the browser itself lives as long as the test.
func (b *browser) timeout() context.Context {
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	b.t.Cleanup(cancel)
	return ctx
}

// unescape undoes the percent-escapes of an address, so that a link and
// the address the browser reports compare whichever way each is escaped.
func unescape(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
