// Package evalrun runs the pipeline over gold data and scores it with
// package eval: the code behind "litopys eval" and the quality floors the
// tests pin.
package evalrun

import (
	"context"
	"fmt"
	"os"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/event"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

// NER analyses every document of a BSNLP-layout tree and scores the
// mentions against its annotations.
func NER(ctx context.Context, p *pipeline.Pipeline, goldDir string) (eval.NERReport, error) {
	run, err := NERDirs(ctx, p, []string{goldDir}, "")
	return run.Report, err
}

// Resolve gives the documents' mentions the ids of the registry's entities
// over all of them, as a store of these documents would.
func Resolve(p *pipeline.Pipeline, docs []*litopys.Document) {
	var ls []entity.Local
	for _, d := range docs {
		ls = append(ls, entity.LocalsOf(d)...)
	}
	ids := entity.Assignments(p.Registry().Cluster(entity.MergeLocals(ls), entity.Rules{}))
	for _, d := range docs {
		for i, m := range d.Mentions {
			if id, ok := ids[m.Entity]; ok {
				d.Mentions[i].Entity = id
			}
		}
	}
}

// Timeline analyses the documents of a BSNLP-layout tree and scores their
// dated events and attributions against a gold timeline. System entity ids
// are mapped to gold ids through the tree's annotations. With noDates the
// publication dates are withheld.
func Timeline(ctx context.Context, p *pipeline.Pipeline, goldFile, docsDir string, noDates bool) (eval.TimelineReport, error) {
	return TimelineExplained(ctx, p, goldFile, docsDir, noDates, false)
}

// TimelineExplained is Timeline with, when explain is set, a note on every
// error in the report.
func TimelineExplained(ctx context.Context, p *pipeline.Pipeline, goldFile, docsDir string, noDates, explain bool) (eval.TimelineReport, error) {
	f, err := os.Open(goldFile)
	if err != nil {
		return eval.TimelineReport{}, litopys.Errorf(litopys.EINVALID, "open gold timeline: %v", err)
	}
	defer f.Close()
	tl, err := eval.ReadTimeline(f)
	if err != nil {
		return eval.TimelineReport{}, err
	}
	raw, goldNER, err := eval.ReadBSNLPGold(docsDir)
	if err != nil {
		return eval.TimelineReport{}, err
	}
	docs, err := AnalyzeRaw(ctx, p, raw, noDates)
	if err != nil {
		return eval.TimelineReport{}, err
	}
	sysNER := make(map[string]eval.Doc, len(docs))
	st := eval.SystemTimeline{Texts: map[string]string{}, Explain: explain}
	for i, d := range docs {
		sysNER[raw[i].Key()] = SystemDoc(raw[i], d)
		st.Texts[d.ID] = d.Text
		st.Events = append(st.Events, SystemEvents(d)...)
		st.Attributions = append(st.Attributions, SystemAttributions(d)...)
	}
	ids := eval.GoldIDMap(goldNER, sysNER)
	st.MapID = func(id string) string {
		if g, ok := ids[id]; ok {
			return g
		}
		return id
	}
	return eval.ScoreTimeline(tl, st), nil
}

// AnalyzeRaw runs the pipeline over BSNLP raw documents on all cores,
// keeping their order. With dropDates the publication dates are withheld.
func AnalyzeRaw(ctx context.Context, p *pipeline.Pipeline, raw []eval.RawDoc, dropDates bool) ([]*litopys.Document, error) {
	out := make([]*litopys.Document, len(raw))
	errs := make([]error, len(raw))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, r := range raw {
		rec := input.Record{Source: r.Path, Format: "bsnlp", Encoding: "utf-8", ID: r.ID, URL: r.URL, Title: r.Title,
			Lang: r.Lang, Published: r.Published, Body: r.Content}
		if dropDates {
			rec.Published = litopys.Date{}
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i], errs[i] = p.Analyze(ctx, rec)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("analyse %s: %w", raw[i].Path, err)
		}
	}
	return out, ctx.Err()
}

// SystemDoc turns a document's mentions into a scorable BSNLP document.
func SystemDoc(r eval.RawDoc, d *litopys.Document) eval.Doc {
	sd := eval.Doc{Topic: r.Topic, ID: r.ID, Lang: r.Lang}
	for _, m := range d.Mentions {
		sd.Mentions = append(sd.Mentions, eval.Mention{Form: m.Text, Base: m.Base, Type: m.Type, ID: m.Entity})
	}
	return sd
}

// SystemEvents lists the dated events of a document for the scorer.
func SystemEvents(d *litopys.Document) []eval.SystemEvent {
	var out []eval.SystemEvent
	for _, ev := range d.Events {
		if ev.Date.IsZero() {
			continue
		}
		se := eval.SystemEvent{Doc: d.ID, Date: ev.Date.String(), Granularity: ev.Granularity, Type: ev.Type, Source: ev.Source}
		span := ev.Evidence
		se.Span = &span
		for _, p := range ev.Participants {
			se.Participants = append(se.Participants, p.Entity)
		}
		out = append(out, se)
	}
	return out
}

// SystemAttributions lists the attributions of a document that name a source.
func SystemAttributions(d *litopys.Document) []eval.SystemAttribution {
	var out []eval.SystemAttribution
	for _, a := range d.Attributions {
		if a.Source == "" {
			continue
		}
		span := a.Evidence
		out = append(out, eval.SystemAttribution{Doc: d.ID, Source: a.Source, Via: a.Via, Span: &span, Quote: a.Quote})
	}
	return out
}

// EventsTimeline analyses the articles of an events gold directory
// (eval.ReadEventsGold) and scores their dated events and attributions.
// See EventsOptions.
func EventsTimeline(ctx context.Context, p *pipeline.Pipeline, goldFile string, opt EventsOptions) (eval.TimelineReport, error) {
	keep, explain := opt.Keep, opt.Explain
	g, err := eval.ReadEventsGold(goldFile)
	if err != nil {
		return eval.TimelineReport{}, err
	}
	var raw []eval.RawDoc
	for _, d := range g.Docs {
		if keep != nil && !keep(d.ID) {
			continue
		}
		raw = append(raw, eval.RawDoc{ID: d.ID, Lang: d.Lang, Published: d.Published, Title: d.Title, Content: d.Body, Path: d.ID + ".txt"})
	}
	docs, err := AnalyzeRaw(ctx, p, raw, opt.NoPublished)
	if err != nil {
		return eval.TimelineReport{}, err
	}
	tl := g.Timeline
	if keep != nil {
		tl = filterTimeline(tl, keep)
	}
	// The gold's event types, mapped onto the taxonomy (event.Canonical).
	tl.Events = slices.Clone(tl.Events)
	for i := range tl.Events {
		tl.Events[i].Type = event.Canonical(tl.Events[i].Type)
	}
	st := eval.SystemTimeline{Texts: map[string]string{}, Explain: explain}
	mentions := map[string][]eval.SpanMention{}
	for _, d := range docs {
		st.Texts[d.ID] = d.Text
		st.Events = append(st.Events, SystemEvents(d)...)
		st.Attributions = append(st.Attributions, SystemAttributions(d)...)
		for _, m := range d.Mentions {
			mentions[d.ID] = append(mentions[d.ID], eval.SpanMention{Start: m.Start, End: m.End, ID: m.Entity})
		}
	}
	ids := eval.FormIDMap(g.Forms, st.Texts, mentions)
	st.MapID = func(id string) string {
		if g, ok := ids[id]; ok {
			return g
		}
		return id
	}
	st.Reach = eval.ParticipantReach(g.Forms, st.Texts, mentions, st.MapID)
	return eval.ScoreTimeline(tl, st), nil
}

// EventsOptions tune EventsTimeline.
type EventsOptions struct {
	// Keep, when not nil, selects the documents scored (by id).
	Keep func(doc string) bool
	// Explain asks for a note on every error.
	Explain bool
	// NoPublished withholds the publication dates.
	NoPublished bool
}

func filterTimeline(tl eval.Timeline, keep func(string) bool) eval.Timeline {
	out := eval.Timeline{About: tl.About}
	for _, e := range tl.Events {
		if keep(e.Doc) {
			out.Events = append(out.Events, e)
		}
	}
	for _, a := range tl.Attributions {
		if keep(a.Doc) {
			out.Attributions = append(out.Attributions, a)
		}
	}
	return out
}

// DocGlobs turns comma-separated globs (path.Match syntax) into a filter of
// document ids; "" keeps every document (nil).
func DocGlobs(globs string) (func(string) bool, error) {
	if strings.TrimSpace(globs) == "" {
		return nil, nil
	}
	pats := strings.Split(globs, ",")
	for i, p := range pats {
		pats[i] = strings.TrimSpace(p)
		if _, err := path.Match(pats[i], ""); err != nil {
			return nil, litopys.Errorf(litopys.EINVALID, "bad glob %q", p)
		}
	}
	return func(id string) bool {
		for _, p := range pats {
			if ok, _ := path.Match(p, id); ok {
				return true
			}
		}
		return false
	}, nil
}
