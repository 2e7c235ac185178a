package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no visible article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Select: true, atom.Textarea: true, atom.Math: true,
}

// blocks are elements that start a new line, as a browser lays them out.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Main: true, atom.Figure: true,
	atom.Figcaption: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Form: true,
	atom.Address: true, atom.Hr: true, atom.Br: true, atom.Body: true, atom.Html: true,
	atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Legend: true,
	atom.Button: true, atom.Label: true, atom.Option: true, atom.Menu: true, atom.Dialog: true,
	atom.Picture: true, atom.Video: true, atom.Audio: true,
}

// renderer lays a DOM tree out as lines of text, each with its first link.
type renderer struct {
	base  *url.URL
	buf   strings.Builder
	href  string
	lines []line
	// inLink counts the open <a> elements; linkText and text the bytes
	// of trimmed text of the current line inside links and in all.
	inLink         int
	linkText, text int
}

// render returns the lines of text under n.
func render(n *html.Node, base *url.URL) []line {
	if n == nil {
		return nil
	}
	r := &renderer{base: base}
	r.walk(n)
	r.flush()
	return r.lines
}

func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.buf.WriteString(n.Data)
		t := len(strings.TrimSpace(n.Data))
		r.text += t
		if r.inLink > 0 {
			r.linkText += t
		}
		return
	case html.ElementNode:
		if n.DataAtom == 0 {
			// Nodes built by the extractors may lack the atom.
			n.DataAtom = atom.Lookup([]byte(n.Data))
		}
		if skipped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.A && r.href == "" {
			r.href = r.resolve(attr(n, "href"))
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		r.flush()
	}
	link := n.Type == html.ElementNode && n.DataAtom == atom.A
	if link {
		r.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if link {
		r.inLink--
	}
	if block {
		r.flush()
	}
}

// flush ends the current line.
func (r *renderer) flush() {
	s := normSpace(strings.ToValidUTF8(r.buf.String(), "\uFFFD"))
	r.buf.Reset()
	if s != "" {
		l := newLine(s, r.href)
		l.linked = r.text > 0 && r.linkText*10 >= r.text*9
		r.lines = append(r.lines, l)
	}
	r.href = ""
	r.linkText, r.text = 0, 0
}

// resolve makes href absolute against the page URL; links that lead
// nowhere (fragments, javascript:) give "".
func (r *renderer) resolve(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if r.base != nil {
		u = r.base.ResolveReference(u)
	}
	return u.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// runes counts the letters and digits of lines, the measure of how much
// text an extractor found.
func runes(lines []line) int {
	n := 0
	for i := range lines {
		n += lines[i].letters
	}
	return n
}
