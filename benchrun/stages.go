package benchrun

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/attrib"
	"github.com/litopys/litopys/event"
	"github.com/litopys/litopys/extract"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/langid"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/quantity"
	"github.com/litopys/litopys/segment"
	"github.com/litopys/litopys/temporal"
)

// models are the stage models the per-stage pass calls directly.
type models struct {
	morph *morph.Analyzer
	lang  *langid.Model
	ner   *ner.Tagger
}

func loadModels() (models, error) {
	m, err := morph.Load()
	if err != nil {
		return models{}, fmt.Errorf("benchrun: %w", err)
	}
	l, err := langid.Load()
	if err != nil {
		return models{}, fmt.Errorf("benchrun: %w", err)
	}
	t, err := ner.Load()
	if err != nil {
		return models{}, fmt.Errorf("benchrun: %w", err)
	}
	return models{morph: m, lang: l, ner: t}, nil
}

// clock sums the wall and thread CPU time of the calls it times. The
// goroutine is locked to its thread while it measures.
type clock struct{ wall, cpu time.Duration }

func (c *clock) time(f func()) {
	t0, c0 := time.Now(), threadCPU()
	f()
	c.cpu += threadCPU() - c0
	c.wall += time.Since(t0)
}

// Stage names in chain order. "entities" is the resolver (base forms,
// linking), measured as what the whole chain costs beyond the stages
// timed on their own, since the pipeline builds it from unexported parts.
func stageOrder() []string {
	return []string{"extract", "segment", "langid", "lemmas", "ner", "entities", "temporal", "attrib", "event", "quantity"}
}

// stageTimes runs each stage of the chain on its own, on one core, the
// way the pipeline chains them, and times the pipeline itself on the same
// articles. The stages' figures are thread CPU time (Linux) and wall time.
func stageTimes(ctx context.Context, p *pipeline.Pipeline, recs []input.Record, st pipeline.Stages) ([]StageTime, error) {
	ms, err := loadModels()
	if err != nil {
		return nil, err
	}
	// An untimed pass first: the morphology cache fills as words are seen,
	// and whichever of the direct calls and the pipeline ran first on an
	// article would otherwise pay for both.
	for _, rec := range recs {
		_, _ = p.AnalyzeStages(ctx, rec, st)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	clocks := map[string]*clock{}
	for _, name := range append(stageOrder(), "spine", "all") {
		clocks[name] = &clock{}
	}
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("benchrun: %w", err)
		}
		doc := spineStages(ms, rec, clocks)
		if doc == nil {
			continue
		}
		clocks["spine"].time(func() { _, _ = p.AnalyzeStages(ctx, rec, pipeline.StagesSpine) })
		if st == pipeline.StagesSpine {
			continue
		}
		spans := sentenceSpans(doc)
		clocks["ner"].time(func() { ms.ner.Tag(doc.Text, doc.Tokens, spans, doc.Lang) })
		var full *litopys.Document
		clocks["all"].time(func() { full, _ = p.AnalyzeStages(ctx, rec, pipeline.StagesAll) })
		if full == nil {
			continue
		}
		fspans := sentenceSpans(full)
		clocks["temporal"].time(func() {
			temporal.Find(full.Text, fspans, temporal.Options{Published: full.Published, Lang: full.Lang, Now: time.Now()})
		})
		clocks["attrib"].time(func() { attrib.Find(full) })
		clocks["event"].time(func() { event.Find(full) })
		clocks["quantity"].time(func() { quantity.Find(full) })
	}
	if st != pipeline.StagesSpine {
		rest := *clocks["all"]
		rest.cpu -= clocks["spine"].cpu
		rest.wall -= clocks["spine"].wall
		for _, name := range []string{"ner", "temporal", "attrib", "event", "quantity"} {
			rest.cpu -= clocks[name].cpu
			rest.wall -= clocks[name].wall
		}
		*clocks["entities"] = clock{wall: max(rest.wall, 0), cpu: max(rest.cpu, 0)}
	}
	return stageReport(clocks, st, len(recs)), nil
}

// spineStages runs extract, segment, langid and lemmas as the pipeline
// does and returns the document, or nil when there is no text.
func spineStages(ms models, rec input.Record, clocks map[string]*clock) *litopys.Document {
	var res extract.Result
	var err error
	clocks["extract"].time(func() {
		if rec.HTML {
			res, err = extract.HTML(rec.Body, rec.URL)
		} else {
			res = extract.Text(rec.Body)
		}
	})
	if err != nil || res.Text == "" {
		return nil
	}
	doc := &litopys.Document{Text: res.Text, Published: rec.Published}
	clocks["segment"].time(func() {
		doc.Paragraphs = segment.Paragraphs(doc.Text)
		spans := segment.Sentences(doc.Text, doc.Paragraphs)
		doc.Sentences = make([]litopys.Sentence, len(spans))
		toks := make([]litopys.Token, 0, len(doc.Text)/6)
		for i, s := range spans {
			doc.Sentences[i] = litopys.Sentence{Start: s.Start, End: s.End}
			toks = segment.Tokens(toks, doc.Text, s)
		}
		doc.Tokens = toks
	})
	clocks["langid"].time(func() {
		lang, per := ms.lang.Tag(doc.Text, sentenceSpans(doc))
		for i := range doc.Sentences {
			doc.Sentences[i].Lang = per[i]
		}
		doc.Lang = lang
		if rec.Lang != "" {
			doc.Lang = rec.Lang
		}
	})
	clocks["lemmas"].time(func() { lemmas(ms.morph, doc) })
	return doc
}

// lemmas gives each word its base form in the language of its sentence,
// as the pipeline does.
func lemmas(m *morph.Analyzer, doc *litopys.Document) {
	si := 0
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		if t.Kind != litopys.TokenWord {
			continue
		}
		for si < len(doc.Sentences)-1 && t.Start >= doc.Sentences[si].End {
			si++
		}
		lang := doc.Lang
		if si < len(doc.Sentences) && doc.Sentences[si].Lang != "" && doc.Sentences[si].Lang != "other" {
			lang = doc.Sentences[si].Lang
		}
		t.Lemma, t.Known = m.Lemma(t.Text, lang)
	}
}

func sentenceSpans(doc *litopys.Document) []litopys.Span {
	spans := make([]litopys.Span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		spans[i] = litopys.Span{Start: s.Start, End: s.End}
	}
	return spans
}
