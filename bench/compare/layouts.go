package main

import (
	"html"
	"strings"
)

// semantic is an HTML5 page: header/nav, main > article, aside, comments
// section, footer.
func (r *renderer) semantic(s story) {
	r.head(s)
	r.w("<header><div class=\"logo\"><a href=\"/\">Новини дня</a></div><nav><ul>%s</ul></nav></header>\n<main>\n<article>\n", r.navLinks())
	r.w("<h1>%s</h1>\n<time datetime=\"2024-11-14T13:50\">14.11.2024 13:50</time>\n", html.EscapeString(s.title))
	for i, p := range s.paras {
		r.w("<p>%s</p>\n", html.EscapeString(p))
		if i == 0 {
			r.w("<figure><img src=\"/img/1.jpg\" alt=\"\"><figcaption>%s</figcaption></figure>\n", r.boil("caption", r.pick(r.f.caption)))
		}
		if i == 1 || (i > 0 && i%4 == 0) {
			label, head := r.teaser()
			r.w("<p class=\"read-also\"><strong>%s:</strong> <a href=\"/news/%d\">%s</a></p>\n", label, i, head)
		}
	}
	r.w("<div class=\"tags\">%s</div><div class=\"share\">%s</div>\n</article>\n", r.boil("tags", r.f.tags[0]), r.boil("share", r.f.share[0]))
	r.w("<aside><h3>%s</h3><ul>\n", html.EscapeString(r.f.related[0]))
	r.related("<li><a href=\"/n\">%s</a><p>%s</p></li>\n", 3)
	r.w("</ul></aside>\n<section class=\"comments\"><h3>%s (4)</h3>\n", html.EscapeString(r.f.comments[0]))
	r.comments("<div class=\"comment\"><b>%s</b> <span>%d.11.2024</span><p>%s</p></div>\n", 4)
	r.w("</section>\n</main>\n<footer>")
	for _, f := range r.f.footer {
		r.w("<p>%s</p>", r.boil("footer", f))
	}
	r.w("</footer>\n</body></html>\n")
}

// divSoup is a CMS page without semantic elements: everything is a div
// with a class, the related list sits between the text and the comments.
func (r *renderer) divSoup(s story) {
	r.head(s)
	r.w("<div id=\"wrapper\"><div class=\"top-menu\"><ul>%s</ul></div>\n", r.navLinks())
	r.w("<div class=\"sidebar-left\"><div class=\"block-title\">%s</div>\n", html.EscapeString(r.f.popular[0]))
	r.related("<div class=\"item\"><a href=\"/p\">%s</a><div class=\"lead\">%s</div></div>\n", 4)
	r.w("</div>\n<div class=\"content\"><div class=\"news-title\"><h1>%s</h1></div><div class=\"news-date\">14.11.2024</div>\n<div class=\"news-text\">\n", html.EscapeString(s.title))
	for i, p := range s.paras {
		r.w("<p>%s</p>\n", html.EscapeString(p))
		if i == 0 && len(s.paras) > 2 {
			label, head := r.teaser()
			r.w("<p><strong>%s: <a href=\"/news/%d\">%s</a></strong></p>\n", label, i, head)
		}
		if i == len(s.paras)/2 {
			r.w("<div class=\"photo\"><img src=\"/i.jpg\"><div class=\"photo-caption\">%s</div></div>\n", r.boil("caption", r.pick(r.f.caption)))
		}
	}
	r.w("</div>\n<div class=\"news-tags\">%s</div><div class=\"social\">%s</div>\n", r.boil("tags", r.f.tags[0]), r.boil("share", r.f.share[0]))
	r.w("<div class=\"related-news\"><div class=\"block-title\">%s</div>\n", html.EscapeString(r.f.related[1]))
	r.related("<div class=\"related-item\"><a href=\"/r\">%s</a><div class=\"related-lead\">%s</div></div>\n", 3)
	r.w("</div>\n<div class=\"comments-block\"><div class=\"block-title\">%s</div>\n", html.EscapeString(r.f.comments[1]))
	r.comments("<div class=\"comment-item\"><div class=\"author\">%s</div><div class=\"date\">%d.11.2024</div><div class=\"comment-text\">%s</div></div>\n", 3)
	r.w("</div></div>\n<div class=\"footer\">")
	for _, f := range r.f.footer {
		r.w("<div>%s</div>", r.boil("footer", f))
	}
	r.w("</div></div>\n</body></html>\n")
}

// legacy is an old table-and-br page: the text is one cell with <br><br>
// between paragraphs, teasers inline, a most-read column beside it.
func (r *renderer) legacy(s story) {
	r.head(s)
	r.w("<table width=\"100%%\"><tr><td colspan=\"2\" class=\"menu\">")
	r.boil("nav", strings.Join(r.f.nav, " "))
	for _, n := range r.f.nav {
		r.w("<a href=\"/%s\">%s</a> | ", html.EscapeString(n), html.EscapeString(n))
	}
	r.w("</td></tr>\n<tr><td class=\"main\" valign=\"top\"><font size=\"4\"><b>%s</b></font><br>\n<small>14.11.2024</small><br><br>\n", html.EscapeString(s.title))
	for i, p := range s.paras {
		r.w("%s<br><br>\n", html.EscapeString(p))
		if i == 1 {
			label, head := r.teaser()
			r.w("<b>%s:</b> <a href=\"/n/%d\">%s</a><br><br>\n", label, i, head)
		}
	}
	r.w("<i>%s</i><br>%s<br>\n", r.boil("caption", r.pick(r.f.caption)), r.boil("share", r.f.share[0]))
	r.w("<hr><b>%s</b><br>\n", html.EscapeString(r.f.comments[0]))
	r.comments("<b>%s</b> (%d.11.2024):<br>%s<br><br>\n", 3)
	r.w("</td><td class=\"right\" valign=\"top\" width=\"240\"><b>%s</b><br>\n", html.EscapeString(r.f.popular[1]))
	r.related("<a href=\"/m\">%s</a><br><small>%s</small><br><br>\n", 5)
	r.w("</td></tr>\n<tr><td colspan=\"2\" class=\"footer\">")
	for _, f := range r.f.footer {
		r.w("%s<br>", r.boil("footer", f))
	}
	r.w("</td></tr></table>\n</body></html>\n")
}
