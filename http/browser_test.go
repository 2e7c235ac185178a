package http

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// TestBrowser drives headless Chromium through the demo as a person would:
// home → story → entity → article, checking what the pages show and
// saving a screenshot of each into $LITOPYS_SCREENSHOTS (else a temporary
// directory). Without Chromium it skips, except under CI=true.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs %s (run .ci/chromium.sh): %v", chromiumPath, err)
		}
		t.Skipf("no %s: install chromium to run the browser test", chromiumPath)
	}
	srv, ts := seededServer(t)
	stories, _, _ := srv.Index().Stories(context.Background(), "", 1, 0)
	want, err := srv.storyView(t.Context(), stories[0].ID)
	if err != nil {
		t.Fatal(err)
	}
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
		chromedp.WindowSize(1280, 1000),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	b := &browser{t: t, ctx: ctx, dir: shots}

	// Home: the story is listed with its title.
	b.do(chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(".story-title")))
	if got := b.text(".story-title"); got != want.Title {
		t.Errorf("home shows story %q, want %q", got, want.Title)
	}
	b.shot("home")

	// Story: its title, one chronology row and one timeline dot per event.
	b.do(chromedp.Click(chromedp.CSS(".story-title")), chromedp.WaitVisible(chromedp.CSS("ol.chronology")))
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
	if first := b.text("ol.chronology li.row .date"); first != want.Chronology[0].Date {
		t.Errorf("first row dated %q, want %q", first, want.Chronology[0].Date)
	}
	if langs := b.count(".langgroup"); langs != 2 {
		t.Errorf("articles in %d language groups, want 2 (ru, uk)", langs)
	}
	b.shot("story")

	// Entity: Kim Jong Un with his Russian and Ukrainian names.
	b.do(chromedp.Click(chromedp.CSS(`ul.entities a[href="/entities/PER-kimchenin"]`)), chromedp.WaitVisible(chromedp.CSS("table.names")))
	if ru, uk := b.text("td.name-ru"), b.text("td.name-uk"); ru != "Ким Чен Ын" || uk != "Кім Чен Ин" {
		t.Errorf("entity names ru %q, uk %q", ru, uk)
	}
	if n := b.count("svg.graph circle.node"); n < 3 {
		t.Errorf("co-occurrence graph has %d nodes", n)
	}
	b.shot("entity")

	// Article: the text with Kim's mentions highlighted and linked.
	b.do(chromedp.Click(chromedp.CSS("ul.articles a")), chromedp.WaitVisible(chromedp.CSS("article.text")))
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
	b.shot("document")
}

// browser runs chromedp actions for a test, failing it on error.
type browser struct {
	t   *testing.T
	ctx context.Context
	dir string
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
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

func (b *browser) count(sel string) int {
	b.t.Helper()
	n, err := chromedp.Run(b.timeout(), chromedp.Evaluate[int]("document.querySelectorAll("+jsString(sel)+").length"))
	if err != nil {
		b.t.Fatalf("count %s: %v", sel, err)
	}
	return n
}

func (b *browser) shot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.timeout(), chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatal(err)
	}
	p := filepath.Join(b.dir, name+".png")
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

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
