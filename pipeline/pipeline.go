package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/attrib"
	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/event"
	"github.com/litopys/litopys/extract"
	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/textcase"
	"github.com/litopys/litopys/langid"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/quantity"
	"github.com/litopys/litopys/segment"
	"github.com/litopys/litopys/temporal"
)

// Version identifies the analysers; stored rows carry it so that
// "litopys reanalyze" can bring old rows up to date.
const Version = "0.2.0" // 0.2.0: this round's NER, lemmas in context, date rules, event roles, extraction

// Pipeline holds the loaded models. It is safe for concurrent use: Analyze
// may be called from many goroutines.
type Pipeline struct {
	morph    *morph.Analyzer
	lang     *langid.Model
	ner      *ner.Tagger
	resolver *entity.Resolver
	registry *entity.Registry
	now      func() time.Time
	trace    func(stage string) (end func())
}

// Options configure a Pipeline.
type Options struct {
	// Now is the clock used where no publication date anchors a relative
	// date (the weekday rule's window); nil means time.Now.
	Now func() time.Time
	// Trace, when set, is called as each stage starts ("extract",
	// "segment", "langid", "lemmas", "ner", "entities", "temporal",
	// "attrib", "event", "quantity"); the function it returns is called as
	// the stage ends. Benchmarks time the stages with it.
	Trace func(stage string) (end func())
	// NER and Gazetteer, when set, replace the embedded tagger and
	// gazetteer: a leave-one-topic-out evaluation runs the pipeline with
	// models built without the topic it scores.
	NER       *ner.Tagger
	Gazetteer *gazetteer.Gazetteer
}

// New loads the embedded models.
func New(opt Options) (*Pipeline, error) {
	m, err := morph.Load()
	if err != nil {
		return nil, fmt.Errorf("pipeline: load morphology: %w", err)
	}
	l, err := langid.Load()
	if err != nil {
		return nil, fmt.Errorf("pipeline: load language model: %w", err)
	}
	t := opt.NER
	if t == nil {
		if t, err = ner.Load(); err != nil {
			return nil, fmt.Errorf("pipeline: load NER model: %w", err)
		}
	}
	if t.UsesClasses() {
		t = t.WithClasses(WordClasses(m))
	}
	g := opt.Gazetteer
	if g == nil {
		if g, err = gazetteer.Load(); err != nil {
			return nil, fmt.Errorf("pipeline: load gazetteer: %w", err)
		}
	}
	p := &Pipeline{morph: m, lang: l, ner: t, now: opt.Now, trace: opt.Trace}
	if p.now == nil {
		p.now = time.Now
	}
	keys := newKeys()
	dir := newDirectory(g)
	p.resolver = &entity.Resolver{Lex: m, Grammar: newGrammar(m), Dir: dir, Key: keys.key, Common: newCommon(m), Readings: newCommon(m),
		Verbs: newVerbs(m)}
	p.registry = &entity.Registry{Key: keys.key, Dir: dir, Words: sync.OnceValue(func() entity.Words { return wordTable(g, keys.key) }), Known: func(id string) (entity.Known, bool) {
		e, ok := g.ByID(id)
		if !ok || e.ID != id {
			return entity.Known{}, false
		}
		return entity.Known{ID: e.ID, Type: e.Type, Names: e.Names}, true
	}}
	return p, nil
}

// Registry returns the entity registry's clustering with the pipeline's
// match keys and gazetteer: what groups the entities of many documents
// into one identity each.
func (p *Pipeline) Registry() *entity.Registry { return p.registry }

// Stages selects how far the chain runs.
type Stages int

const (
	// StagesSpine runs extract, segment, language and lemmas.
	StagesSpine Stages = iota + 1
	// StagesAll runs every stage.
	StagesAll
)

// Analyze runs every stage over one input record.
func (p *Pipeline) Analyze(ctx context.Context, rec input.Record) (*litopys.Document, error) {
	return p.AnalyzeStages(ctx, rec, StagesAll)
}

// AnalyzeStages runs the chain over one input record as far as st says.
func (p *Pipeline) AnalyzeStages(ctx context.Context, rec input.Record, st Stages) (*litopys.Document, error) {
	if rec.Err != nil {
		return nil, rec.Err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	end := p.stage("extract")
	doc, err := p.extract(rec)
	end()
	if err != nil {
		return nil, err
	}
	if err := p.analyzeText(ctx, doc, rec.Lang, st); err != nil {
		return nil, err
	}
	return doc, nil
}

// AnalyzeClean runs every stage after extraction over text taken as
// clean article text (a gold corpus's sentence or paragraph, whose offsets
// must stay as they are); lang, if given, is the document's language.
func (p *Pipeline) AnalyzeClean(ctx context.Context, text, lang string) (*litopys.Document, error) {
	doc := &litopys.Document{ID: Identity(text, ""), Text: text, Removed: []litopys.Removed{}}
	if err := p.analyzeText(ctx, doc, lang, StagesAll); err != nil {
		return nil, err
	}
	return doc, nil
}

// Reanalyze analyses a stored document again: what extraction made of its
// source (clean text, title, outlet, URL, publication date, removed
// boilerplate, related links) and its ID are kept, and every layer derived
// from the text is made anew by this version (litopys reanalyze). The
// language is kept too unless the text has none.
func (p *Pipeline) Reanalyze(ctx context.Context, old *litopys.Document) (*litopys.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if old == nil || strings.TrimSpace(old.Text) == "" {
		return nil, litopys.Errorf(litopys.EINVALID, "reanalyze: document has no text")
	}
	doc := &litopys.Document{
		ID: old.ID, Outlet: old.Outlet, URL: old.URL, Title: old.Title, Published: old.Published,
		PublishedSource: old.PublishedSource, Byline: old.Byline,
		Text: old.Text, Removed: old.Removed, Related: old.Related,
		Source: old.Source, Format: old.Format, Encoding: old.Encoding, Warnings: old.Warnings,
	}
	if doc.Removed == nil {
		doc.Removed = []litopys.Removed{}
	}
	if err := p.analyzeText(ctx, doc, old.Lang, StagesAll); err != nil {
		return nil, err
	}
	return doc, nil
}

// analyzeText runs the stages after extraction over doc, as far as st
// says; lang is the language the input gave, if any. It checks ctx
// between stages, so that a cancelled or timed-out analysis stops at the
// next stage.
func (p *Pipeline) analyzeText(ctx context.Context, doc *litopys.Document, lang string, st Stages) error {
	stages := []struct {
		name string
		run  func()
	}{
		{"segment", func() { p.segment(doc) }},
		{"langid", func() { p.language(doc, lang) }},
		{"lemmas", func() { p.lemmas(doc) }},
		{"", func() { p.entities(doc) }}, // traces "ner" and "entities" itself
		{"temporal", func() { p.times(doc) }},
		{"attrib", func() { doc.Attributions = attrib.Find(doc) }},
		{"event", func() { doc.Events = event.Find(doc) }},
		{"quantity", func() { doc.Quantities = quantity.Find(doc) }},
	}
	if st == StagesSpine {
		stages = stages[:3]
	}
	for _, s := range stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := noop
		if s.name != "" {
			end = p.stage(s.name)
		}
		s.run()
		end()
	}
	return nil
}

// extract turns the record's body into clean text and keeps what it removed.
func (p *Pipeline) extract(rec input.Record) (*litopys.Document, error) {
	var (
		res extract.Result
		err error
	)
	if rec.HTML {
		res, err = extract.HTML(rec.Body, rec.URL)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", rec.Source, err)
		}
	} else {
		res = extract.Text(rec.Body)
	}
	res.Text, res.Title = unescapeRefs(res.Text), unescapeRefs(res.Title)
	if strings.TrimSpace(res.Text) == "" {
		// The message does not name the source: reports print it beside.
		return nil, litopys.Errorf(litopys.EINVALID, "no article text found")
	}
	res.Text, res.Removed = dropRepeatedHeadline(res.Text, res.Removed)
	doc := &litopys.Document{
		ID:       rec.ID,
		Outlet:   litopys.OutletName(firstNonEmpty(rec.Outlet, res.Outlet)),
		URL:      rec.URL,
		Title:    firstNonEmpty(unescapeRefs(rec.Title), res.Title),
		Byline:   res.Byline,
		Text:     res.Text,
		Removed:  res.Removed,
		Related:  res.Related,
		Source:   rec.Source,
		Format:   rec.Format,
		Encoding: rec.Encoding,
		Warnings: rec.Warnings,
	}
	doc.Published, doc.PublishedSource = p.published(rec, res)
	if doc.Removed == nil {
		doc.Removed = []litopys.Removed{}
	}
	if doc.ID == "" {
		doc.ID = Identity(doc.Text, doc.URL)
	}
	return doc, nil
}

// published picks the publication date, the first known of: the flag
// (--published) or the record's own field; the page's metadata (meta,
// JSON-LD, <time>); a dateline or date line of the text, its unwritten
// year filled from the header date or the clock; the day the URL of a
// structured item states; the page date
// go-trafilatura's htmldate found; the header date of the input format (a
// crawl date, hence last).
func (p *Pipeline) published(rec input.Record, res extract.Result) (litopys.Date, string) {
	switch {
	case !rec.Published.IsZero():
		return rec.Published, firstNonEmpty(rec.PublishedSource, "record")
	case !res.Published.IsZero() && res.PublishedSource != extract.SourcePage:
		return res.Published, res.PublishedSource
	case !res.Dateline.IsZero():
		anchor := p.now()
		if !rec.HeaderDate.IsZero() {
			anchor = rec.HeaderDate.Time()
		}
		return res.Dateline.Resolve(anchor), extract.SourceDateline
	case !rec.URLDate.IsZero():
		return rec.URLDate, "url"
	case !res.Published.IsZero():
		return res.Published, res.PublishedSource
	case !rec.HeaderDate.IsZero():
		return rec.HeaderDate, "header"
	}
	return litopys.Date{}, ""
}

// segment splits the clean text into paragraphs, sentences and tokens.
func (p *Pipeline) segment(doc *litopys.Document) {
	doc.Paragraphs = segment.Paragraphs(doc.Text)
	spans := segment.Sentences(doc.Text, doc.Paragraphs)
	doc.Sentences = make([]litopys.Sentence, len(spans))
	toks := make([]litopys.Token, 0, len(doc.Text)/6)
	for i, s := range spans {
		doc.Sentences[i] = litopys.Sentence{Start: s.Start, End: s.End}
		toks = segment.Tokens(toks, doc.Text, s)
	}
	doc.Tokens = toks
}

// language tags the document and each sentence. A language given by the
// input (JSONL "lang", BSNLP header) wins for the document as a whole.
func (p *Pipeline) language(doc *litopys.Document, given string) {
	lang, per := p.lang.Tag(doc.Text, sentenceSpans(doc))
	for i := range doc.Sentences {
		doc.Sentences[i].Lang = per[i]
	}
	doc.Lang = lang
	if g := normLang(given); g != "" {
		doc.Lang = g
	}
}

// lemmas gives each word its base form in the language of its sentence,
// read in the context of the sentence's tokens (morph.LemmaSentence).
func (p *Pipeline) lemmas(doc *litopys.Document) {
	words := make([]string, 0, 64)
	out := make([]morph.WordLemma, 0, 64)
	si := 0
	for i := 0; i < len(doc.Tokens); {
		for si < len(doc.Sentences)-1 && doc.Tokens[i].Start >= doc.Sentences[si].End {
			si++
		}
		j := i + 1
		if si < len(doc.Sentences)-1 {
			for j < len(doc.Tokens) && doc.Tokens[j].Start < doc.Sentences[si].End {
				j++
			}
		} else {
			j = len(doc.Tokens)
		}
		lang := doc.Lang
		if si < len(doc.Sentences) && doc.Sentences[si].Lang != "" && doc.Sentences[si].Lang != "other" {
			lang = doc.Sentences[si].Lang
		}
		words = words[:0]
		for k := i; k < j; k++ {
			words = append(words, doc.Tokens[k].Text)
		}
		out = p.morph.LemmaSentence(words, lang, out[:0])
		for k := i; k < j; k++ {
			if t := &doc.Tokens[k]; t.Kind == litopys.TokenWord {
				t.Lemma, t.Known = out[k-i].Lemma, out[k-i].Known
			}
		}
		i = j
	}
}

// entities recognises mentions, gives them base forms and links them.
func (p *Pipeline) entities(doc *litopys.Document) {
	end := p.stage("ner")
	found := p.ner.Tag(doc.Text, doc.Tokens, sentenceSpans(doc), doc.Lang)
	end()
	end = p.stage("entities")
	p.resolver.Resolve(doc, found)
	end()
}

// stage reports the start of a stage to Options.Trace and returns what to
// call at its end.
func (p *Pipeline) stage(name string) (end func()) {
	if p.trace == nil {
		return noop
	}
	return p.trace(name)
}

func noop() {}

// times finds the temporal expressions, resolved against the publication
// date: in the text, then in the removed date lines and bylines, which
// belong to the article (flagged Boilerplate, offsets into their Removed
// piece).
func (p *Pipeline) times(doc *litopys.Document) {
	opt := temporal.Options{Published: doc.Published, Lang: doc.Lang, Now: p.now()}
	doc.Times = temporal.Find(doc.Text, sentenceSpans(doc), opt)
	for i, r := range doc.Removed {
		if r.Kind != litopys.RemovedDate && r.Kind != litopys.RemovedByline {
			continue
		}
		for _, t := range temporal.Find(r.Text, []litopys.Span{{Start: 0, End: len(r.Text)}}, opt) {
			t.Boilerplate, t.RemovedIndex = true, i
			doc.Times = append(doc.Times, t)
		}
	}
}

func sentenceSpans(doc *litopys.Document) []litopys.Span {
	spans := make([]litopys.Span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		spans[i] = litopys.Span{Start: s.Start, End: s.End}
	}
	return spans
}

// dropRepeatedHeadline removes a repeat of the first paragraph found among
// the next few: formats that carry the headline on a line of its own (BSNLP
// raw, pages pasted with their title) often repeat it as the body's first
// line, after the site's chrome.
func dropRepeatedHeadline(text string, removed []litopys.Removed) (string, []litopys.Removed) {
	paras := strings.Split(text, "\n\n")
	if len(paras) < 2 {
		return text, removed
	}
	head := strings.Join(strings.Fields(paras[0]), " ")
	for i := 1; i < len(paras) && i <= 3; i++ {
		if strings.Join(strings.Fields(paras[i]), " ") == head {
			removed = append(removed, litopys.Removed{Text: paras[i], Kind: litopys.RemovedOther})
			paras = append(paras[:i], paras[i+1:]...)
			return strings.Join(paras, "\n\n"), removed
		}
	}
	return text, removed
}

// Identity returns a document's content identity: a hash of its normalised
// text (whitespace collapsed, case folded) and its URL when known. It
// streams the text through the hash without building the normalised copy.
func Identity(text, url string) string {
	h := sha256.New()
	var buf [4096]byte
	n, space, started := 0, false, false
	flush := func() {
		h.Write(buf[:n])
		n = 0
	}
	for _, r := range text {
		if textcase.IsSpace(r) {
			space = started
			continue
		}
		if n+8 > len(buf) {
			flush()
		}
		if space {
			buf[n] = ' '
			n++
			space = false
		}
		n += utf8.EncodeRune(buf[n:], textcase.LowerRune(r))
		started = true
	}
	flush()
	if url != "" {
		h.Write([]byte{0})
		h.Write([]byte(url))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func normLang(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "ru", "rus", "russian":
		return "ru"
	case "uk", "ukr", "ua", "ukrainian":
		return "uk"
	case "en", "eng", "english":
		return "en"
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
