package extract

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/litopys/litopys"
)

// minArticle is the number of letters below which trafilatura's result is
// too little and go-readability is tried as well.
const minArticle = 250

// minFound is the number of letters below which neither extractor is taken
// to have found the article.
const minFound = 50

// extraction is what the extractors found in an HTML page.
type extraction struct {
	lines     []line
	title     string
	sitename  string
	author    string
	published litopys.Date
	// description is the page's summary (meta description).
	description string
}

// HTML extracts the article of an HTML page. pageURL, when given, resolves
// relative links. A page the HTML parser refuses is parsed again with its
// deepest nesting dropped, and cleaned as text when even that fails. Pages
// that are empty or hold no text give an *litopys.Error with code EINVALID.
func HTML(page, pageURL string) (Result, error) {
	if strings.TrimSpace(page) == "" {
		return Result{}, litopys.Errorf(litopys.EINVALID, "extract html: page is empty")
	}
	root, text, ok := parsePage(page)
	if !ok {
		r := Text(text)
		if strings.TrimSpace(r.Text) == "" {
			return Result{}, litopys.Errorf(litopys.EINVALID, "extract html: no article text found in page")
		}
		return r, nil
	}
	base, err := url.Parse(pageURL)
	if err != nil || pageURL == "" {
		base = nil
	}
	declared, declaredSource := pageDate(root)
	pageLines := flagged(render(root, base))
	prune(root)
	p := extractPage(root, base)
	if !wordsIn(p.title, page) {
		// go-trafilatura builds titles of broken <title> text that the
		// page does not hold (with the page's URL in them).
		p.title = ""
	}
	if runes(p.lines) == 0 {
		return Result{}, litopys.Errorf(litopys.EINVALID, "extract html: no article text found in page")
	}
	lines := p.lines
	title := titleLine(lines, p.title)
	if p.title != "" && title < 0 {
		lines = append([]line{newLine(p.title, "")}, lines...)
		title = 0
	}
	if lines = fill(lines, flagged(render(root, base)), p.description); title > 0 {
		title = titleLine(lines, p.title) // lines put back may stand before it
	}
	inherit(lines, pageLines)
	c := classify(lines, true, title)
	r := c.result()
	if p.title != "" {
		r.Title = p.title
	}
	if r.Dateline.IsZero() {
		r.Dateline = dateNear(pageLines, r.Title)
		if r.Dateline.Year != 0 {
			r.Published, r.PublishedSource = r.Dateline.Resolve(time.Time{}), SourceDateline
		}
	}
	switch {
	case !declared.IsZero():
		r.Published, r.PublishedSource = declared, declaredSource
	case r.Published.IsZero() && !p.published.IsZero():
		r.Published, r.PublishedSource = p.published, SourcePage
	}
	if p.author != "" {
		r.Byline = p.author
	}
	r.Removed, r.Related = dropped(pageLines, lines, r.Removed, r.Related)
	if p.sitename != "" {
		r.Outlet = p.sitename
	} else {
		r.Outlet = outletOf(r.Removed)
	}
	return r, nil
}

// extractPage runs trafilatura and, when it finds too little, readability.
func extractPage(root *html.Node, base *url.URL) extraction {
	var p extraction
	if tr, err := runTrafilatura(root, base); err == nil && tr != nil {
		p.lines = render(tr.ContentNode, base)
		p.title = clean(tr.Metadata.Title)
		p.sitename = clean(tr.Metadata.Sitename)
		p.author = clean(tr.Metadata.Author)
		p.description = clean(tr.Metadata.Description)
		if !tr.Metadata.Date.IsZero() {
			p.published = litopys.DateOf(tr.Metadata.Date)
		}
	}
	if runes(p.lines) >= minArticle {
		return p
	}
	ar, err := runReadability(root, base)
	if err != nil {
		if runes(p.lines) < minFound {
			p.lines = render(root, base)
		}
		return p
	}
	if lines := render(ar.Node, base); runes(lines) > runes(p.lines) {
		p.lines = lines
	}
	if runes(p.lines) < minFound {
		// Neither extractor found the article: clean the whole page as
		// text pasted from it.
		p.lines = render(root, base)
	}
	if p.title == "" {
		p.title = clean(ar.Title)
	}
	if p.sitename == "" {
		p.sitename = clean(ar.SiteName)
	}
	if p.author == "" {
		p.author = clean(ar.Byline)
	}
	if p.published.IsZero() && ar.PublishedTime != nil {
		p.published = litopys.DateOf(*ar.PublishedTime)
	}
	return p
}

// runTrafilatura extracts the main content; a panic inside the library is
// returned as an error.
func runTrafilatura(root *html.Node, base *url.URL) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, err = nil, fmt.Errorf("trafilatura: panic: %v", v)
		}
	}()
	// No rescue by trafilatura's baseline: it glues the page into one
	// paragraph. Readability and the whole page are the fallbacks here.
	cfg := trafilatura.DefaultConfig()
	cfg.MinExtractedSize = 0
	return trafilatura.ExtractDocument(root, trafilatura.Options{
		Config:      cfg,
		OriginalURL: base,
		// Links off: with them on, go-trafilatura drops a link whose
		// href is javascript: together with the text after it. The
		// lines take their links from the page (inherit).
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
}

// runReadability extracts the main content with go-readability; a panic
// inside the library is returned as an error.
func runReadability(root *html.Node, base *url.URL) (art readability.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			art, err = readability.Article{}, fmt.Errorf("readability: panic: %v", v)
		}
	}()
	return readability.FromDocument(root, base)
}

// titleLine returns the index of the one of the first lines that already
// is the headline (or starts with it), -1 when none is.
func titleLine(lines []line, title string) int {
	if title == "" {
		return -1
	}
	for i := 0; i < len(lines) && i < 3; i++ {
		t := lines[i].text
		if strings.HasPrefix(t, title) || strings.HasPrefix(title, t) && lines[i].words >= 3 {
			return i
		}
	}
	return -1
}

// clean makes metadata text valid UTF-8 on one line.
func clean(s string) string { return normSpace(strings.ToValidUTF8(s, "\uFFFD")) }

// dateNear returns the date of a date line printed next to the headline in
// the page (three lines above it to eight below), zero when none.
func dateNear(page []line, title string) Dateline {
	if title == "" {
		return Dateline{}
	}
	for i := range page {
		if !strings.HasPrefix(page[i].text, title) && !strings.HasPrefix(title, page[i].text) || page[i].words < 2 {
			continue
		}
		for j := max(0, i-3); j < len(page) && j <= i+8; j++ {
			if d, ok := readDateLine(page[j].text); ok && !d.IsZero() {
				return d
			}
		}
		break
	}
	return Dateline{}
}

// wordsIn reports whether every run of letters and digits of s occurs in
// page (entities aside, which spell letters rarely).
func wordsIn(s, page string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isLetterOrDigit(r) }) {
		if !strings.Contains(page, w) {
			return false
		}
	}
	return true
}
