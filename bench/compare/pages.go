package main

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
)

// page is one synthetic news page and what an extractor should keep of it.
type page struct {
	name, lang, html, title string
	layout                  string
	body                    []string // the article's paragraphs: to keep
	boiler                  []block  // the page furniture: to drop
}

// block is a piece of page furniture of a kind (nav, teaser, comment, …).
type block struct{ kind, text string }

// story is a corpus article the pages are built from.
type story struct {
	lang, title string
	paras       []string
}

// furniture holds the fixed chrome of one language.
type furniture struct {
	nav, tags, share, footer, teaser, related, popular, comments, caption []string
}

var chrome = map[string]furniture{
	"ru": {
		nav:      []string{"Главная", "Новости", "Политика", "Экономика", "В мире", "Общество", "Спорт", "Культура", "Спецпроекты"},
		tags:     []string{"Теги: Россия, политика, экономика"},
		share:    []string{"Поделиться: Facebook Twitter Telegram ВКонтакте"},
		footer:   []string{"© 2024 Редакция «Новости дня». Все права защищены.", "Копирование материалов разрешено только с гиперссылкой на источник.", "Если вы заметили ошибку, выделите ее и нажмите Ctrl+Enter.", "Мы используем файлы cookie для улучшения работы сайта."},
		teaser:   []string{"Читайте также", "ЧИТАЙТЕ ТАКЖЕ", "По теме"},
		related:  []string{"Новости по теме", "Читайте также"},
		popular:  []string{"Самое читаемое", "Выбор редакции"},
		comments: []string{"Комментарии", "Оставить комментарий"},
		caption:  []string{"Фото: Reuters", "Фото: РИА Новости / Алексей Никольский", "Иллюстративное фото"},
	},
	"uk": {
		nav:      []string{"Головна", "Новини", "Політика", "Економіка", "Світ", "Суспільство", "Спорт", "Культура", "Спецпроєкти"},
		tags:     []string{"Теги: Україна, політика, економіка"},
		share:    []string{"Поділитися: Facebook Twitter Telegram Viber"},
		footer:   []string{"© 2024 «Новини дня». Всі права захищені.", "При цитуванні матеріалів посилання на джерело обов'язкове.", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.", "Ми використовуємо файли cookie для покращення роботи сайту."},
		teaser:   []string{"Читайте також", "ЧИТАЙТЕ ТАКОЖ", "На тему"},
		related:  []string{"Новини по темі", "Читайте також"},
		popular:  []string{"Найпопулярніше", "Вибір редакції"},
		comments: []string{"Коментарі", "Залишити коментар"},
		caption:  []string{"Фото: Reuters", "Фото: УНІАН", "Ілюстративне фото / Depositphotos"},
	},
}

// renderPages builds one page per story in one of three layouts (semantic
// HTML5, a div-soup CMS, a <br>-separated legacy page), each with a
// navigation bar, inline "read also" teasers, a photo caption, tags and
// share buttons, a related-news list with leads, a most-read list, reader
// comments and a footer. Teaser headlines, leads and comments are taken
// from other stories of the same language, so they read like article
// prose: only their place on the page gives them away.
func renderPages(stories []story, seed uint64) []page {
	rng := rand.New(rand.NewPCG(seed, 1))
	byLang := map[string][]story{}
	for _, s := range stories {
		byLang[s.lang] = append(byLang[s.lang], s)
	}
	var pages []page
	for i, s := range stories {
		others := byLang[s.lang]
		other := func() story { return others[rng.IntN(len(others))] }
		pg := page{name: fmt.Sprintf("%03d-%s", i, s.lang), lang: s.lang, title: s.title, body: s.paras}
		r := &renderer{rng: rng, f: chrome[s.lang], pg: &pg, other: other}
		switch i % 3 {
		case 0:
			pg.layout = "HTML5"
			r.semantic(s)
		case 1:
			pg.layout = "div soup"
			r.divSoup(s)
		default:
			pg.layout = "table-and-br"
			r.legacy(s)
		}
		pg.html = r.b.String()
		pages = append(pages, pg)
	}
	return pages
}

type renderer struct {
	b     strings.Builder
	rng   *rand.Rand
	f     furniture
	pg    *page
	other func() story
}

func (r *renderer) w(format string, args ...any) { fmt.Fprintf(&r.b, format, args...) }

// boil records a piece of furniture and returns it escaped for the page.
func (r *renderer) boil(kind, text string) string {
	r.pg.boiler = append(r.pg.boiler, block{kind, text})
	return html.EscapeString(text)
}

func (r *renderer) pick(xs []string) string { return xs[r.rng.IntN(len(xs))] }

// firstSentence cuts a paragraph after its first sentence (at most ~200 bytes).
func firstSentence(p string) string {
	if i := strings.Index(p, ". "); i > 0 && i < 200 {
		return p[:i+1]
	}
	if len(p) > 200 {
		if i := strings.LastIndex(p[:200], " "); i > 0 {
			return p[:i] + "…"
		}
	}
	return p
}

func (r *renderer) head(s story) {
	r.w("<!DOCTYPE html>\n<html lang=%q><head><meta charset=\"utf-8\"><title>%s — Новини дня</title>", s.lang, html.EscapeString(s.title))
	r.w("<meta property=\"og:title\" content=\"%s\"></head>\n<body>\n", html.EscapeString(s.title))
}

func (r *renderer) navLinks() string {
	var b strings.Builder
	r.boil("nav", strings.Join(r.f.nav, " "))
	for _, n := range r.f.nav {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", html.EscapeString(strings.ToLower(n)), html.EscapeString(n))
	}
	return b.String()
}

// teaser is an inline "read also" line: a label and another story's
// headline, which is what must not end up in the text.
func (r *renderer) teaser() (label, headline string) {
	return html.EscapeString(r.pick(r.f.teaser)), r.boil("teaser", r.other().title)
}

// comments renders n reader comments made of other stories' sentences.
func (r *renderer) comments(item string, n int) {
	for i := range n {
		text := firstSentence(r.pick(r.other().paras))
		r.w(item, fmt.Sprintf("reader%d", 100+r.rng.IntN(900)), i+10, r.boil("comment", text))
	}
}

// related renders a list of other stories' headlines with their leads.
func (r *renderer) related(item string, n int) {
	for range n {
		o := r.other()
		r.w(item, r.boil("related", o.title), r.boil("related", firstSentence(o.paras[0])))
	}
}
