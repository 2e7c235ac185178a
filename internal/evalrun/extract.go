package evalrun

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/extract"
)

// Extractors are the names ExtractPages takes: litopys's own extractor, and
// the libraries it builds on run alone as a user of them would.
var Extractors = []string{"litopys", "go-trafilatura", "go-trafilatura-fallback", "go-readability"}

// ExtractPageScore is the score of one page.
type ExtractPageScore struct {
	Name     string            `json:"name"`
	Split    string            `json:"split"`
	Score    eval.ExtractScore `json:"score"`
	Snippets eval.Snippets     `json:"snippets"`
	Err      string            `json:"error,omitempty"`
	// Published is the day the extractor found and its source; DateRight
	// whether it is the reference's (when the reference gives one).
	Published       string          `json:"published,omitempty"`
	PublishedSource string          `json:"published_source,omitempty"`
	DateRight       bool            `json:"date_right,omitempty"`
	Byline          string          `json:"byline,omitempty"`
	Missed          []string        `json:"missed,omitempty"` // must-keep snippets not found
	Leaked          []string        `json:"leaked,omitempty"` // must-drop snippets found
	Meta            eval.PageMeta   `json:"-"`
	Text            string          `json:"-"`
	Result          *extract.Result `json:"-"`
}

// ExtractSummary sums the pages of one group.
type ExtractSummary struct {
	Pages  int `json:"pages"`
	Failed int `json:"failed"`
	// Pooled sums shingle and token counts over the pages (micro average).
	Pooled eval.ExtractScore `json:"pooled"`
	// MeanShingleF1 and MeanTokenF1 average the pages' F1 (macro average);
	// a failed page counts 0.
	MeanShingleF1 float64       `json:"mean_shingle_f1"`
	MeanTokenF1   float64       `json:"mean_token_f1"`
	Snippets      eval.Snippets `json:"snippets"`
	// Dates counts the pages whose reference gives a publication time:
	// Gold such pages, System those the extractor dated, MatchedGold (=
	// MatchedSystem) those dated to the right day. Bylines likewise, a
	// byline right when its words are the reference's or hold them.
	Dates   eval.PRF `json:"dates"`
	Bylines eval.PRF `json:"bylines"`
}

// ExtractReport is what "litopys eval extract" prints.
type ExtractReport struct {
	Extractor string                    `json:"extractor"`
	Groups    map[string]ExtractSummary `json:"groups"` // "all", "tune", "held-out"
	Worst     []ExtractPageScore        `json:"worst"`  // lowest shingle F1 first
	PerPage   []ExtractPageScore        `json:"pages"`
}

// ExtractPages runs the named extractor over every page and scores it
// against the reference. A leading headline is neutral: the reference's
// title is cut from the start of both texts, and the extractor's own
// headline from the start of its text unless the reference starts with it
// too. worst bounds the list of worst pages.
func ExtractPages(ctx context.Context, pages []eval.Page, extractor string, worst int) (ExtractReport, error) {
	run, err := extractorFunc(extractor)
	if err != nil {
		return ExtractReport{}, err
	}
	return extractWith(ctx, pages, extractor, func(i int) (extract.Result, error) { return run(pages[i].Source) }, worst)
}

// ScoreTexts scores texts extracted from pages by another program (the
// peers of bench/compare), texts[i] being the text of pages[i].
func ScoreTexts(ctx context.Context, pages []eval.Page, extractor string, texts []string, worst int) (ExtractReport, error) {
	return extractWith(ctx, pages, extractor, func(i int) (extract.Result, error) { return extract.Result{Text: texts[i]}, nil }, worst)
}

// Extractor returns the function that extracts a page's text by the named
// extractor (one of Extractors).
func Extractor(name string) (func(page string) (extract.Result, error), error) {
	return extractorFunc(name)
}

func extractWith(ctx context.Context, pages []eval.Page, extractor string, run func(i int) (extract.Result, error), worst int) (ExtractReport, error) {
	scores := make([]ExtractPageScore, len(pages))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				res, err := run(i)
				scores[i] = scorePage(pages[i], res, err)
			}
		}()
	}
	for i := range pages {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return ExtractReport{}, err
	}
	rep := ExtractReport{Extractor: extractor, Groups: map[string]ExtractSummary{}, PerPage: scores}
	for _, g := range []string{"all", "tune", "held-out"} {
		rep.Groups[g] = summarise(scores, g)
	}
	byF1 := append([]ExtractPageScore(nil), scores...)
	sort.SliceStable(byF1, func(i, j int) bool { return byF1[i].Score.Shingles.F1 < byF1[j].Score.Shingles.F1 })
	rep.Worst = byF1[:min(worst, len(byF1))]
	return rep, nil
}

func scorePage(p eval.Page, res extract.Result, err error) ExtractPageScore {
	s := ExtractPageScore{Name: p.Name, Split: p.Split, Meta: p.Meta}
	if err != nil {
		s.Err = err.Error()
	}
	s.Text, s.Result = res.Text, &res
	gold, sys := cutTitle(p.Reference, p.Meta.Title), cutTitle(res.Text, p.Meta.Title)
	if cutTitle(gold, res.Title) == gold {
		sys = cutTitle(sys, res.Title)
	}
	s.Score = eval.ScoreExtraction(gold, sys)
	s.Published, s.PublishedSource, s.Byline = res.Published.String(), res.PublishedSource, res.Byline
	if ref, err := litopys.ParseDate(firstChars(p.Meta.PublishedTime, 10)); err == nil {
		s.DateRight = res.Published == ref
	}
	s.Snippets = eval.ScoreSnippets(res.Text, p.Keep, p.Drop)
	for _, k := range p.Keep {
		if eval.ScoreSnippets(res.Text, []string{k}, nil).Kept == 0 {
			s.Missed = append(s.Missed, k)
		}
	}
	for _, d := range p.Drop {
		if eval.ScoreSnippets(res.Text, nil, []string{d}).Dropped == 0 {
			s.Leaked = append(s.Leaked, d)
		}
	}
	return s
}

func summarise(scores []ExtractPageScore, group string) ExtractSummary {
	var s ExtractSummary
	for _, p := range scores {
		if group != "all" && p.Split != group {
			continue
		}
		s.Pages++
		if p.Err != "" {
			s.Failed++
		}
		s.Pooled = s.Pooled.Add(p.Score)
		s.MeanShingleF1 += p.Score.Shingles.F1
		s.MeanTokenF1 += p.Score.Tokens.F1
		s.Snippets = s.Snippets.Add(p.Snippets)
		if p.Meta.PublishedTime != "" {
			s.Dates = s.Dates.Add(eval.NewPRF(1, b2i(p.Published != ""), b2i(p.DateRight), b2i(p.DateRight)))
		}
		if p.Meta.Byline != "" {
			right := bylineRight(p.Byline, p.Meta.Byline)
			s.Bylines = s.Bylines.Add(eval.NewPRF(1, b2i(p.Byline != ""), b2i(right), b2i(right)))
		}
	}
	if s.Pages > 0 {
		s.MeanShingleF1 /= float64(s.Pages)
		s.MeanTokenF1 /= float64(s.Pages)
	}
	return s
}

// cutTitle removes title from the start of text when the text's first
// tokens are the title's, so that a headline neither counts for nor
// against an extractor.
func cutTitle(text, title string) string {
	tt := eval.ExtractTokens(title)
	if len(tt) == 0 {
		return text
	}
	i := 0
	for _, t := range tt {
		j := strings.Index(text[i:], t)
		if j < 0 || strings.TrimFunc(text[i:i+j], isSep) != "" {
			return text
		}
		i += j + len(t)
	}
	return text[i:]
}

func isSep(r rune) bool {
	return len(eval.ExtractTokens(string(r))) == 0
}

// extractorFunc returns the function that extracts a page's text.
func extractorFunc(name string) (func(string) (extract.Result, error), error) {
	switch name {
	case "litopys", "":
		return func(page string) (extract.Result, error) { return extract.HTML(page, "") }, nil
	case "go-trafilatura", "go-trafilatura-fallback":
		fallback := name == "go-trafilatura-fallback"
		return func(page string) (res extract.Result, err error) {
			defer recoverAs(&err)
			r, err := trafilatura.Extract(strings.NewReader(page), trafilatura.Options{EnableFallback: fallback})
			if err != nil {
				return extract.Result{}, err
			}
			return extract.Result{Title: r.Metadata.Title, Text: r.ContentText}, nil
		}, nil
	case "go-readability":
		return func(page string) (res extract.Result, err error) {
			defer recoverAs(&err)
			a, err := readability.FromReader(strings.NewReader(page), nil)
			if err != nil {
				return extract.Result{}, err
			}
			return extract.Result{Title: a.Title, Text: a.TextContent}, nil
		}, nil
	}
	return nil, litopys.Errorf(litopys.EINVALID, "eval extract: unknown extractor %q (want %s)", name, strings.Join(Extractors, ", "))
}

func recoverAs(err *error) {
	if v := recover(); v != nil {
		*err = fmt.Errorf("panic: %v", v)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// firstChars returns the first n bytes of s (all of it when shorter).
func firstChars(s string, n int) string { return s[:min(n, len(s))] }

// bylineRight reports whether a system byline names the reference's
// author: its words, case folded, are the reference's or hold them.
func bylineRight(sys, ref string) bool {
	norm := func(s string) string { return " " + strings.ToLower(strings.Join(eval.ExtractTokens(s), " ")) + " " }
	s, r := norm(sys), norm(ref)
	return strings.TrimSpace(s) != "" && (strings.Contains(s, r) || strings.Contains(r, s))
}
