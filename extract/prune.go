package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prune removes from the page, before the extractors run, what a reader
// never sees as the article: hidden elements (the hidden attribute,
// display:none or visibility:hidden in the style, aria-hidden="true") and
// reader-comment sections (an element whose class or id names comments).
// go-trafilatura keeps hidden text and misses comment sections it has no
// selector for; go-readability's visibility test is unexported, hence this
// small walk. An element holding four fifths of the page's text or more, the html,
// body, main and article elements are never pruned: a page that hides its
// body until a script runs keeps it.
func prune(root *html.Node) {
	total := textLen(root)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && (hidden(c) || commentBox(c)) && !kept[c.DataAtom] && textLen(c)*5 < total*4 {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(root)
}

// kept are elements prune never removes.
var kept = map[atom.Atom]bool{atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true, atom.Head: true}

// hidden reports whether n is hidden from the reader.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") && !strings.Contains(attr(n, "class"), "fallback-image") {
				return true
			}
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// commentBox reports whether the class or id of n names a comment section
// or a comment ("comments", "comment-list", "comment-content").
func commentBox(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, tok := range strings.Fields(strings.ToLower(a.Val)) {
			tok = strings.TrimLeft(tok, "_-")
			if tok == "comment" || tok == "comments" || strings.HasPrefix(tok, "comment-") || strings.HasPrefix(tok, "comments-") ||
				strings.HasPrefix(tok, "comment_") || strings.HasPrefix(tok, "commentlist") {
				return true
			}
		}
	}
	return false
}

// textLen counts the bytes of visible text under n.
func textLen(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return 0
		}
	case html.CommentNode, html.DoctypeNode:
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += textLen(c)
	}
	return total
}
