package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDeepNesting is issue 17's defect 5: a good article followed by 600
// unclosed <font> tags made the parser refuse the page ("open stack of
// elements exceeds 512 nodes") and the whole article was lost.
func TestDeepNesting(t *testing.T) {
	const p1 = "Государственный секретарь США Энтони Блинкен в четверг провел переговоры в Южной Корее об усилении военных связей."
	const p2 = "Переговоры состоялись после того, как стало известно о поставках боеприпасов и ракет малой дальности."
	article := "<html><head><title>Переговоры в Сеуле</title></head><body><article><h1>Переговоры в Сеуле</h1><p>" + p1 + "</p><p>" + p2 + "</p></article>"
	for _, tt := range []struct{ name, tail string }{
		{"600 unclosed font tags", strings.Repeat("<font size=2>", 600) + "Реклама</body></html>"},
		{"600 unclosed bold tags after the article", strings.Repeat("<b>", 600) + "</body></html>"},
		{"3000 nested spans", strings.Repeat("<span>", 3000) + "x" + strings.Repeat("</span>", 3000) + "</body></html>"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := article + tt.tail
			if _, err := html.Parse(strings.NewReader(page)); err == nil {
				t.Fatal("the parser takes this page as it is: the test no longer tests the fallback")
			}
			r, err := HTML(page, "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Text, p1) || !strings.Contains(r.Text, p2) {
				t.Errorf("article lost:\n%s", r.Text)
			}
		})
	}
}

func TestFlatten(t *testing.T) {
	page := strings.Repeat("<font>", 600) + "текст" + strings.Repeat("</font>", 600)
	if _, err := html.Parse(strings.NewReader(page)); err == nil {
		t.Fatal("the parser now takes 600 nested fonts: this test no longer tests the fallback")
	}
	root, err := html.Parse(strings.NewReader(flatten(page)))
	if err != nil {
		t.Fatalf("flattened page still refused: %v", err)
	}
	if got := strings.TrimSpace(strings.Join(flattenText(root), "")); got != "текст" {
		t.Errorf("text %q, want %q", got, "текст")
	}
}

func flattenText(n *html.Node) []string {
	if n.Type == html.TextNode {
		return []string{n.Data}
	}
	var out []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, flattenText(c)...)
	}
	return out
}
