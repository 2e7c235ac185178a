package extract

import (
	"strings"

	"github.com/litopys/litopys"
)

// Result is the clean article and what was taken out of it.
type Result struct {
	Title string
	// Text is the clean text, paragraphs separated by "\n\n"; the headline
	// stays as the first paragraph when present.
	Text string
	// Published is the publication date from page metadata (or a date line
	// of the removed chrome), zero when none was found.
	Published litopys.Date
	// Outlet is the site name when one was found.
	Outlet string
	// Removed holds every removed line or block with its kind.
	Removed []litopys.Removed
	// Related holds the articles named by teaser lines.
	Related []litopys.Link
}

// Text cleans plain text pasted from a web page.
func Text(text string) Result {
	lines := splitLines(text)
	c := classify(lines, false, -1)
	return c.result()
}

// result assembles the Result of a classified page.
func (c *cleaned) result() Result {
	var r Result
	var b strings.Builder
	for i := range c.lines {
		l := &c.lines[i]
		if l.kind != "" {
			r.Removed = append(r.Removed, litopys.Removed{Text: l.text, Kind: l.kind})
			if l.kind == litopys.RemovedTeaser && l.related != "" {
				r.Related = appendLink(r.Related, litopys.Link{Text: l.related, URL: l.href})
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(l.text)
	}
	r.Text = b.String()
	if c.headline >= 0 {
		r.Title = c.lines[c.headline].text
	}
	r.Published = c.published
	r.Outlet = outletOf(r.Removed)
	return r
}

// appendLink adds l unless a link with the same text is already there.
func appendLink(links []litopys.Link, l litopys.Link) []litopys.Link {
	for i, have := range links {
		if have.Text == l.Text {
			if have.URL == "" {
				links[i].URL = l.URL
			}
			return links
		}
	}
	return append(links, l)
}
