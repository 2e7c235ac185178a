package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var fuzzSeeds = []string{
	"UA / RU\nПоддержать ZN.ua\n\nЗаголовок статьи здесь\n\nПервый абзац текста, в котором есть восемь слов и точка.\n\nЧитайте также: Другая новость\n",
	"Читайте також\n\nЗаголовок один\n\nЗаголовок два\n",
	"Фото: Reuters\n© 2024 Сайт. Всі права захищені.\nТеги: а, б\n",
	"a\nb\r\nc\u2028d\u00a0e\ufeff",
	"\xff\xfe invalid \xc3",
	"14.11.2024 13:50\n9 ноября 2023, 14:35\n2023-13-45\n99/99/9999\n",
	":\n—\n|||\n/ / /\n> » >\n",
}

// normWords joins the words of s with single spaces, zero-width and
// no-break spaces counting as spaces as in normSpace.
func normWords(s string) string { return strings.Join(strings.FieldsFunc(s, isSpace), " ") }

func FuzzText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := Text(in)
		checkResult(t, r)
		src := normWords(strings.ToValidUTF8(in, "\uFFFD"))
		for _, p := range strings.Split(r.Text, "\n\n") {
			if !strings.Contains(src, normWords(p)) {
				t.Fatalf("paragraph %q is not in the input", p)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("<html><body><p>" + s + "</p></body></html>")
	}
	f.Add(`<html><head><title>T</title><meta property="og:site_name" content="S"></head><body><article><h1>T</h1><p>Текст статьи, достаточно длинный для извлечения.</p><p>Читайте также: <a href="/x">X</a></p></article></body></html>`)
	f.Add(`<div><p>unclosed <b>bold <i>it</div><script>alert(1)</script><table><tr><td>a<td>b</table>`)
	f.Add("<html><body><article><p>Текст статьи, достаточно длинный для извлечения.</p></article>" + strings.Repeat("<font size=2>", 600) + "</body></html>")
	f.Add(`<html><head><meta property="article:published_time" content="2024-11-12T14:35:00+03:00"><script type="application/ld+json">{"@graph":[{"datePublished":"2024-11-10"}]}</script></head>` +
		`<body><p hidden>скрыто</p><div class="comments"><p>Комментарий</p></div><p>Москва, 12 ноября — РИА Новости. Текст.</p><time datetime="2024-11-09">9</time></body></html>`)
	f.Fuzz(func(t *testing.T, in string) {
		r, err := HTML(in, "https://example.com/a/b.html")
		if err != nil {
			if litopys.ErrorCode(err) != litopys.EINVALID {
				t.Fatalf("error %v has code %q, want EINVALID", err, litopys.ErrorCode(err))
			}
			return
		}
		checkResult(t, r)
		text := pageText(in)
		for _, p := range strings.Split(r.Text, "\n\n") {
			for _, w := range strings.Fields(p) {
				if !strings.Contains(text, w) {
					t.Fatalf("word %q of paragraph %q is not in the page", w, p)
				}
			}
		}
	})
}

// pageText returns the visible text nodes of a page glued together
// (extractors join text across inline elements) and the attribute values
// of the rest (titles come from meta tags), with invalid UTF-8 replaced as
// the extractor does.
func pageText(page string) string {
	var b, attrs strings.Builder
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		// A page the parser refuses is read with its deepest nesting
		// dropped, or as text.
		if doc, err = html.Parse(strings.NewReader(flatten(page))); err != nil {
			return strings.ToValidUTF8(rawPageText(page), "\uFFFD")
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && skipped[n.DataAtom] && n.DataAtom != atom.Head {
			// Script text is not page text: the text around it is
			// glued together.
			return
		}
		for _, a := range n.Attr {
			attrs.WriteString(" " + a.Val + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.ToValidUTF8(b.String()+"\n"+attrs.String(), "\uFFFD")
}

// checkResult checks what every Result must satisfy.
func checkResult(t *testing.T, r Result) {
	t.Helper()
	for _, s := range []string{r.Title, r.Text, r.Outlet, r.Byline} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
	for _, x := range r.Removed {
		if !utf8.ValidString(x.Text) || x.Kind == "" {
			t.Fatalf("bad removed %+v", x)
		}
	}
	for _, l := range r.Related {
		if !utf8.ValidString(l.Text) {
			t.Fatalf("invalid UTF-8 in related %q", l.Text)
		}
	}
	if strings.Contains(r.Text, "\n\n\n") || strings.HasPrefix(r.Text, "\n") || strings.HasSuffix(r.Text, "\n") {
		t.Fatalf("paragraphs badly separated: %q", r.Text)
	}
}
