package extract

import (
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// maxDepth is the nesting flatten allows; golang.org/x/net/html refuses a
// page whose open elements exceed 512.
const maxDepth = 256

// parsePage parses an HTML page. A page the parser refuses — nesting deeper
// than it allows, as six hundred unclosed <font> tags make — is parsed
// again with the elements past maxDepth dropped (their text kept); when
// even that fails, ok is false and text holds the page's text.
func parsePage(page string) (root *html.Node, text string, ok bool) {
	if root, err := html.Parse(strings.NewReader(page)); err == nil {
		return root, "", true
	}
	if root, err := html.Parse(strings.NewReader(flatten(page))); err == nil {
		return root, "", true
	}
	return nil, rawPageText(page), false
}

// flatten re-writes page with every start tag that would open an element
// deeper than maxDepth dropped, and the end tags that close those; text,
// comments and every other tag are kept as they are.
func flatten(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	b.Grow(len(page))
	var open []string           // names of the elements kept open
	dropped := map[string]int{} // start tags dropped, by name, not yet closed
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if !errors.Is(z.Err(), io.EOF) {
				b.Write(z.Raw())
			}
			return b.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			n := string(name)
			if voidElements[n] {
				break
			}
			if len(open) >= maxDepth {
				dropped[n]++
				continue
			}
			open = append(open, n)
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if dropped[n] > 0 {
				dropped[n]--
				continue
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == n {
					open = open[:i]
					break
				}
			}
		}
		b.Write(raw)
	}
}

// voidElements have no end tag and never nest.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// rawPageText returns the text of a page, tag by tag, each block on its own
// line: what is left to read when the page cannot be parsed at all.
func rawPageText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template":
				skip++
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article":
				b.WriteString("\n\n")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template":
				skip = max(0, skip-1)
			}
		}
	}
}
