package http

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// overlapJS returns how many pairs of the timeline's texts (axis labels,
// counts, dot numbers, each against its own kind and the others) overlap
// on screen, by their bounding boxes; a dot's number lies inside its own
// dot by design, so dots themselves are not compared.
const overlapJS = `(() => {
  const els = [...document.querySelectorAll('svg.timeline text')].map(e => e.getBoundingClientRect()).filter(r => r.width > 0);
  let n = 0;
  for (let i = 0; i < els.length; i++) for (let j = i + 1; j < els.length; j++) {
    const a = els[i], b = els[j];
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
  }
  return n;
})()`

// fitsJS reports whether the page is no wider than the window (the
// timeline scrolls inside its own box).
const fitsJS = `document.documentElement.scrollWidth <= window.innerWidth`

// TestBrowserBigStory opens the page of a story with 1,000 events at 1400
// and at 400 px: no two texts of the timeline overlap, the page fits the
// width, the timeline box scrolls sideways, and a bar's link lands on its
// row. Screenshots go to $LITOPYS_SCREENSHOTS (story-1000-1400.png,
// story-1000-400.png). Without Chromium it skips, except under CI=true.
func TestBrowserBigStory(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs %s (run .ci/chromium.sh): %v", chromiumPath, err)
		}
		t.Skipf("no %s: install chromium to run the browser test", chromiumPath)
	}
	_, ts := bigStoryServer(t, 100, 10)
	b := newBrowser(t, 1400, 1000)
	for _, width := range []int64{1400, 400} {
		b.within(chromedp.EmulateViewport(width, 900), chromedp.Navigate(ts.URL+"/stories/big"), chromedp.WaitVisible(chromedp.CSS("svg.timeline")))
		if bars := b.count("svg.timeline a.bar"); bars < 50 {
			t.Errorf("at %d px: %d bars, want the weeks of two years", width, bars)
		}
		if n := b.eval(overlapJS); n != 0 {
			t.Errorf("at %d px: %d pairs of timeline texts overlap", width, n)
		}
		if !b.evalBool(fitsJS) {
			t.Errorf("at %d px: the page is wider than the window", width)
		}
		if !b.evalBool(`(() => { const x = document.querySelector('.timeline-box'); return x.scrollWidth > x.clientWidth })()`) {
			t.Errorf("at %d px: the timeline does not scroll in its box", width)
		}
		if n := b.count("ol.chronology li.row"); n != chronPageSize {
			t.Errorf("at %d px: %d rows listed, want a page of %d", width, n, chronPageSize)
		}
		b.shotViewport("story-1000-" + map[int64]string{1400: "1400", 400: "400"}[width])
	}
	// The last bar leads to the last page, to its first row.
	b.within(chromedp.Click(chromedp.CSS("svg.timeline a.bar:last-of-type")), chromedp.WaitVisible(chromedp.CSS("nav.chron-pager")))
	if got := b.text("nav.chron-pager .muted"); got != "events 951–1000 of 1000" {
		t.Errorf("after the last bar: %q", got)
	}
}

// newBrowser starts headless Chromium for a test at a window size.
func newBrowser(t *testing.T, w, h int) *browser {
	t.Helper()
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
		chromedp.WindowSize(w, h),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	return &browser{t: t, ctx: ctx, dir: shots}
}

// within runs steps, failing the test if they take over 30 s (a page that
// breaks must not hang the suite).
func (b *browser) within(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.timeout(), steps...); err != nil {
		b.t.Fatal(err)
	}
}

// shotViewport saves what the window shows (not the whole page).
func (b *browser) shotViewport(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.timeout(), chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Fatal(err)
	}
	p := filepath.Join(b.dir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot %s (%d bytes)", p, len(png))
}

func (b *browser) eval(js string) int {
	b.t.Helper()
	n, err := chromedp.Run(b.timeout(), chromedp.Evaluate[int](js))
	if err != nil {
		b.t.Fatalf("evaluate: %v", err)
	}
	return n
}

func (b *browser) evalBool(js string) bool {
	b.t.Helper()
	v, err := chromedp.Run(b.timeout(), chromedp.Evaluate[bool](js))
	if err != nil {
		b.t.Fatalf("evaluate: %v", err)
	}
	return v
}
