package extract

import (
	"strings"
	"time"

	"github.com/litopys/litopys"
)

// Result is the clean article and what was taken out of it.
type Result struct {
	Title string
	// Text is the clean text, paragraphs separated by "\n\n"; the headline
	// stays as the first paragraph when present.
	Text string
	// Published is the publication date the page gives — its metadata,
	// else a date line or dateline of the text that writes the year —
	// zero when none was found; PublishedSource names where it came from
	// (SourceMeta, SourceJSONLD, SourceTime, SourceDateline, SourcePage).
	Published       litopys.Date
	PublishedSource string
	// Dateline is the date of the first date line or dateline of the
	// text, which may not write its year; the pipeline resolves it when
	// nothing better dates the article.
	Dateline Dateline
	// Byline names the author(s): the page's metadata, else a byline line.
	Byline string
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
	r.Dateline = c.dateline
	if r.Dateline.IsZero() {
		r.Dateline = c.openingDateline()
	}
	if r.Dateline.Year != 0 {
		r.Published, r.PublishedSource = r.Dateline.Resolve(time.Time{}), SourceDateline
	}
	for _, x := range r.Removed {
		if x.Kind == litopys.RemovedByline && r.Byline == "" {
			r.Byline = bylineName(x.Text)
		}
	}
	r.Outlet = outletOf(r.Removed)
	return r
}

// openingDateline returns the dateline that opens one of the first kept
// lines after the headline ("Москва, 12 ноября — РИА Новости. …").
func (c *cleaned) openingDateline() Dateline {
	n := 0
	for i := range c.lines {
		l := &c.lines[i]
		if l.kind != "" || i == c.headline {
			continue
		}
		if d, _, ok := parseDateline(l.text); ok {
			return d
		}
		if n++; n == 2 {
			break
		}
	}
	return Dateline{}
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
