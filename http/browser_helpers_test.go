package http

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

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

// waitURL waits until the page's address holds part (a navigation the
// page started).
func (b *browser) waitURL(part string) {
	b.t.Helper()
	for range 100 {
		if strings.Contains(b.location(), part) {
			if _, err := chromedp.Run(b.timeout(), chromedp.Evaluate[bool]("document.readyState === 'complete'")); err == nil {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Fatalf("the page never went to an address with %q: %s", part, b.location())
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

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
