package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/litopys/litopys/benchrun"
	"github.com/litopys/litopys/extract"
	"github.com/litopys/litopys/segment"
)

const perLanguage = 25 // pages per language

type trafilaturaOut struct {
	Version  string `json:"version"`
	Pages    int    `json:"pages"`
	Bytes    int64  `json:"bytes"`
	Variants map[string]struct {
		timing
		Dir string `json:"dir"`
	} `json:"variants"`
}

// compareExtract renders corpus articles into news pages and scores what
// litopys's extract.HTML and trafilatura.extract keep of them.
func compareExtract(ctx context.Context, o options) (section, error) {
	const title = "Main-text extraction from HTML: trafilatura on synthetic pages"
	stories, err := pageStories(ctx, o.data)
	if err != nil {
		return section{}, err
	}
	pages := renderPages(stories, 7)
	dir := filepath.Join(o.work, "pages")
	if err := os.RemoveAll(dir); err != nil {
		return section{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return section{}, err
	}
	var bytes int64
	for _, pg := range pages {
		bytes += int64(len(pg.html))
		if err := os.WriteFile(filepath.Join(dir, pg.name+".html"), []byte(pg.html), 0o644); err != nil {
			return section{}, err
		}
	}
	ours := make([]string, len(pages))
	for i, pg := range pages {
		res, err := extract.HTML(pg.html, "https://news.example/"+pg.name)
		if err != nil {
			return section{}, fmt.Errorf("extract %s: %w", pg.name, err)
		}
		ours[i] = res.Text
	}
	speed := measure(o.runs, func() {
		for _, pg := range pages {
			_, _ = extract.HTML(pg.html, "https://news.example/"+pg.name)
		}
	})
	var tr trafilaturaOut
	if err := runPeer(ctx, "trafilatura", &tr, o.work, fmt.Sprint(o.runs)); err != nil {
		return failed(title, "trafilatura", err), nil
	}
	read := func(variant string) ([]string, timing, error) {
		v := tr.Variants[variant]
		out := make([]string, len(pages))
		for i, pg := range pages {
			b, err := os.ReadFile(filepath.Join(v.Dir, pg.name+".txt"))
			if err != nil {
				return nil, timing{}, err
			}
			out[i] = string(b)
		}
		return out, v.timing, nil
	}
	def, defSpeed, err := read("trafilatura")
	if err != nil {
		return section{}, err
	}
	noc, _, err := read("trafilatura-nocomments")
	if err != nil {
		return section{}, err
	}
	a, b, c := scorePages(pages, ours), scorePages(pages, def), scorePages(pages, noc)
	n, mb := float64(len(pages)), float64(bytes)/1e6
	s := section{title: title, peer: "trafilatura " + tr.Version}
	add := func(name string, f func(extractScore) float64) {
		s.rows = append(s.rows, row{figure: name, litopys: f(a), peer: f(b), format: "%.3f", higher: true})
	}
	add("article text kept (recall of its words)", func(x extractScore) float64 { return x.recall() })
	add("precision (share of output words that are article text)", func(x extractScore) float64 { return x.precision() })
	add("F1", func(x extractScore) float64 { return x.f1() })
	for _, k := range []string{"all", "teaser", "comment", "related", "nav", "caption", "footer"} {
		add(fmt.Sprintf("boilerplate removed: %s (%d blocks)", k, a.blocks[k]), func(x extractScore) float64 { return x.removed(k) })
	}
	for _, layout := range []string{"HTML5", "div soup", "table-and-br"} {
		var sub []page
		var so, sd []string
		for i, pg := range pages {
			if pg.layout == layout {
				sub, so, sd = append(sub, pg), append(so, ours[i]), append(sd, def[i])
			}
		}
		s.rows = append(s.rows, row{figure: fmt.Sprintf("F1 on the %s layout (%d pages)", layout, len(sub)), litopys: scorePages(sub, so).f1(), peer: scorePages(sub, sd).f1(), format: "%.3f", higher: true})
	}
	s.rows = append(s.rows,
		row{figure: "F1 vs trafilatura with include_comments=False", litopys: a.f1(), peer: c.f1(), format: "%.3f", higher: true},
		row{figure: "comments removed vs trafilatura with include_comments=False", litopys: a.removed("comment"), peer: c.removed("comment"), format: "%.3f", higher: true},
		row{figure: "pages per CPU-s", litopys: n / speed.CPU, peer: n / defSpeed.CPU, format: "%.0f", higher: true},
		row{figure: "MB of HTML per CPU-s", litopys: mb / speed.CPU, peer: mb / defSpeed.CPU, format: "%.2f", higher: true},
	)
	s.notes = append(s.notes,
		fmt.Sprintf("%d pages (%d ru from news/ru_rt_ng.jsonl.gz, %d uk from news/uk_news_nov2024.csv), %.1f MB, rendered by bench/compare/pages.go in three layouts (HTML5, div soup, a legacy table with br-separated paragraphs) with navigation, inline \"Читайте также\" teasers, captions, tags, share bars, related-news lists with leads, most-read lists, reader comments and footers; teaser headlines, leads and comments are real sentences of other articles. Written to bench/.work/pages.", len(pages), perLanguage, perLanguage, mb),
		"Scores are micro-averaged over word tokens (case-folded); the headline is neutral (neither required nor penalised). A block counts as removed when its words do not appear as a run in the output.",
		"trafilatura is run as its README shows, trafilatura.extract(html); its default keeps comments (include_comments=True), hence the extra rows.",
		"These pages were generated for this comparison, but litopys's extractor rules were tuned on similar synthetic furniture (extract/synth_test.go), so the page style is familiar to it.",
	)
	return s, nil
}

// pageStories takes the first articles with 3–12 paragraphs (of three
// sentences where the corpus gives none) and a title
// from the Russian and the Ukrainian news corpora.
func pageStories(ctx context.Context, data string) ([]story, error) {
	corpora := []benchrun.Corpus{
		{Name: "ru", Paths: []string{filepath.Join(data, "news", "ru_rt_ng.jsonl.gz")}},
		{Name: "uk", Paths: []string{filepath.Join(data, "news", "uk_news_nov2024.csv")}},
	}
	var out []story
	for _, c := range corpora {
		recs, _, err := benchrun.Load(ctx, c, 500)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, r := range recs {
			var paras []string
			for _, p := range strings.Split(r.Body, "\n") {
				if p = strings.Join(strings.Fields(p), " "); p != "" {
					paras = append(paras, p)
				}
			}
			if len(paras) < 3 {
				paras = regroup(strings.Join(paras, " "), 3)
			}
			if r.Title == "" || len(paras) < 3 || len(paras) > 12 {
				continue
			}
			out = append(out, story{lang: c.Name, title: strings.Join(strings.Fields(r.Title), " "), paras: paras})
			if n++; n == perLanguage {
				break
			}
		}
	}
	return out, nil
}

// regroup splits a text given on one line (the Ukrainian CSV) into
// paragraphs of n sentences.
func regroup(text string, n int) []string {
	spans := segment.Sentences(text, segment.Paragraphs(text))
	var out []string
	for i := 0; i < len(spans); i += n {
		j := min(i+n, len(spans))
		out = append(out, strings.TrimSpace(text[spans[i].Start:spans[j-1].End]))
	}
	return out
}

// extractScore sums word matches and removed blocks over pages.
type extractScore struct {
	gold, out, matched int
	blocks, kept       map[string]int
}

func (e extractScore) recall() float64    { return ratio(e.matched, e.gold) }
func (e extractScore) precision() float64 { return ratio(e.matched, e.out) }
func (e extractScore) f1() float64 {
	p, r := e.precision(), e.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (e extractScore) removed(kind string) float64 {
	return 1 - ratio(e.kept[kind], e.blocks[kind])
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func scorePages(pages []page, outs []string) extractScore {
	s := extractScore{blocks: map[string]int{}, kept: map[string]int{}}
	for i, pg := range pages {
		out := strings.Replace(outs[i], pg.title, " ", 1)
		gold := bag(words(strings.Join(pg.body, " ")))
		got := words(out)
		s.gold += len(words(strings.Join(pg.body, " ")))
		s.out += len(got)
		for _, w := range got {
			if gold[w] > 0 {
				gold[w]--
				s.matched++
			}
		}
		flat := " " + strings.Join(got, " ") + " "
		for _, b := range pg.boiler {
			kept := strings.Contains(flat, " "+strings.Join(words(b.text), " ")+" ")
			for _, k := range []string{"all", b.kind} {
				s.blocks[k]++
				if kept {
					s.kept[k]++
				}
			}
		}
	}
	return s
}

// words splits s into case-folded runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func bag(ws []string) map[string]int {
	m := make(map[string]int, len(ws))
	for _, w := range ws {
		m[w]++
	}
	return m
}
