package extract

import (
	"strings"

	"github.com/litopys/litopys"
)

// dropped adds to removed and related the text blocks of the page that the
// extractor left out (menus, asides, comments, footers), each classified by
// the line rules; a block no rule names is RemovedOther.
func dropped(page, extracted []line, removed []litopys.Removed, related []litopys.Link) ([]litopys.Removed, []litopys.Link) {
	seen := make(map[string]bool, len(extracted))
	var all strings.Builder
	for i := range extracted {
		seen[extracted[i].text] = true
		all.WriteString(extracted[i].text)
		all.WriteByte('\n')
	}
	body := all.String()
	for i := range page {
		l := &page[i]
		if seen[l.text] || l.words >= 6 && strings.Contains(body, l.text) {
			continue
		}
		seen[l.text] = true
		if l.kind == "" {
			l.kind = litopys.RemovedOther
			if _, ok := parseDateLine(l.text); ok {
				l.kind = litopys.RemovedChrome
			}
		}
		removed = append(removed, litopys.Removed{Text: l.text, Kind: l.kind})
		if l.kind == litopys.RemovedTeaser && l.related != "" {
			related = appendLink(related, litopys.Link{Text: l.related, URL: l.href})
		}
	}
	return removed, related
}

// flagged classifies the lines of a whole page by the line rules alone.
func flagged(page []line) []line {
	c := &cleaned{lines: page, headline: -1}
	for i := range c.lines {
		rule(&c.lines[i])
	}
	c.teaserLists()
	return c.lines
}

// inherit gives an extracted line the kind of the page line it was cut
// from: extractors keep the link of "Читайте также: <a>…</a>" and drop
// the prefix, or keep a caption without its "Фото:".
// Only the page lines a rule names are compared with every extracted line,
// and a link is looked up by text, so the work stays near linear in the
// page.
func inherit(extracted, page []line) {
	href := make(map[string]string, len(page))
	var flagged []*line
	for j := range page {
		p := &page[j]
		if _, ok := href[p.text]; !ok {
			href[p.text] = p.href
		}
		if p.kind != "" {
			flagged = append(flagged, p)
		}
	}
	for i := range extracted {
		l := &extracted[i]
		if l.href == "" {
			l.href = href[l.text]
		}
		for _, p := range flagged {
			if p.text == l.text || !strings.Contains(p.text, l.text) {
				continue
			}
			if len(l.text)*2 < len(p.text) && (p.kind != litopys.RemovedTeaser || p.related != l.text) {
				continue
			}
			l.kind, l.href = p.kind, p.href
			if p.kind == litopys.RemovedTeaser {
				l.related = l.text
			}
			break
		}
	}
}
