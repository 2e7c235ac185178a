package evalrun

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/ner/corpus"
	"github.com/litopys/litopys/pipeline"
)

// analyzeTexts runs the pipeline over clean texts on all cores, in order.
func analyzeTexts(ctx context.Context, p *pipeline.Pipeline, texts []string, lang string) ([]*litopys.Document, error) {
	out := make([]*litopys.Document, len(texts))
	errs := make([]error, len(texts))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, t := range texts {
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i], errs[i] = p.AnalyzeClean(ctx, t, lang)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	return out, ctx.Err()
}

// CoNLL scores the pipeline's mentions on a gzipped IOB2 corpus (wikiann,
// wikineural) by exact span and type, over the corpus's types PER, ORG and
// LOC. Each sentence is one text, its tokens joined by spaces.
func CoNLL(ctx context.Context, p *pipeline.Pipeline, path, lang string) (eval.SpanReport, error) {
	docs, err := corpus.CoNLL(path, corpus.CoNLLOptions{Source: filepath.Base(path), Lang: lang})
	if err != nil {
		return eval.SpanReport{}, err
	}
	texts := make([]string, len(docs))
	gold := make([][]eval.Span, len(docs))
	for i, d := range docs {
		texts[i] = d.Text
		for _, m := range d.Mentions {
			gold[i] = append(gold[i], eval.Span{Start: m.Start, End: m.End, Type: m.Type})
		}
	}
	out, err := analyzeTexts(ctx, p, texts, lang)
	if err != nil {
		return eval.SpanReport{}, err
	}
	sys := make([][]eval.Span, len(out))
	for i, d := range out {
		for _, m := range d.Mentions {
			sys[i] = append(sys[i], eval.Span{Start: m.Start, End: m.End, Type: m.Type})
		}
	}
	types := []string{"PER", "ORG", "LOC"}
	rep := eval.ScoreSpans(gold, sys, types)
	if lang == "en" {
		ng, ns := newsForm(texts, gold, sys)
		nf := eval.ScoreSpans(ng, ns, types)
		rep.NewsForm = &nf
	}
	return rep, nil
}

// newsForm keeps the gold mentions whose every token can stand inside an
// English news name (ner.EnglishNameWord) and the system mentions that
// overlap none of the others: the score of the mentions the news
// conventions allow, apart from those they exclude by design.
func newsForm(texts []string, gold, sys [][]eval.Span) (ng, ns [][]eval.Span) {
	ng, ns = make([][]eval.Span, len(gold)), make([][]eval.Span, len(sys))
	for i, g := range gold {
		var out []eval.Span
		for _, m := range g {
			if slices.ContainsFunc(strings.Fields(texts[i][m.Start:m.End]), func(w string) bool { return !ner.EnglishNameWord(w) }) {
				out = append(out, m)
				continue
			}
			ng[i] = append(ng[i], m)
		}
		for _, s := range sys[i] {
			if !slices.ContainsFunc(out, func(m eval.Span) bool { return m.Start < s.End && s.Start < m.End }) {
				ns[i] = append(ns[i], s)
			}
		}
	}
	return ng, ns
}

// IsPlainGold reports whether dir holds annotated plain texts side by side
// (<id>.txt with <id>.out, as eval/testdata/en_news) rather than a BSNLP
// tree.
func IsPlainGold(dir string) bool {
	outs, _ := filepath.Glob(filepath.Join(dir, "*.out"))
	for _, o := range outs {
		if _, err := os.Stat(strings.TrimSuffix(o, ".out") + ".txt"); err == nil {
			return true
		}
	}
	return false
}

// NERPlain analyses the plain texts of dir (<id>.txt, no header) and scores
// them against <id>.out like a BSNLP tree whose topic is the directory's
// name. lang, if given, is the texts' language; otherwise each document
// takes the language the pipeline detects.
func NERPlain(ctx context.Context, p *pipeline.Pipeline, dir, lang string) (Run, error) {
	outs, err := filepath.Glob(filepath.Join(dir, "*.out"))
	if err != nil {
		return Run{}, err
	}
	sort.Strings(outs)
	topic := filepath.Base(filepath.Clean(dir))
	var texts []string
	var raw []eval.RawDoc
	gold := map[string]eval.Doc{}
	for _, o := range outs {
		txt, err := os.ReadFile(strings.TrimSuffix(o, ".out") + ".txt")
		if err != nil {
			continue
		}
		f, err := os.Open(o)
		if err != nil {
			return Run{}, fmt.Errorf("read plain gold: %w", err)
		}
		id, ms, err := eval.ParseOut(f)
		f.Close()
		if err != nil {
			return Run{}, fmt.Errorf("read plain gold %s: %w", o, err)
		}
		texts = append(texts, string(txt))
		raw = append(raw, eval.RawDoc{Topic: topic, ID: id, Lang: lang, Content: string(txt), Text: string(txt), Path: o})
		gold[id] = eval.Doc{Topic: topic, ID: id, Lang: lang, Mentions: ms}
	}
	docs, err := analyzeTexts(ctx, p, texts, lang)
	if err != nil {
		return Run{}, err
	}
	run := Run{Gold: map[string]eval.Doc{}, System: map[string]eval.Doc{}}
	for i, d := range docs {
		r := raw[i]
		if r.Lang == "" {
			r.Lang = d.Lang
		}
		g := gold[r.ID]
		g.Lang = r.Lang
		run.Raw = append(run.Raw, r)
		run.Gold[r.Key()] = g
		run.System[r.Key()] = SystemDoc(r, d)
	}
	run.Report = eval.ScoreNER(run.Gold, run.System)
	return run, nil
}
