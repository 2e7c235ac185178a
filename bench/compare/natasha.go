package main

import (
	"context"
	"fmt"
	"math"
	"path/filepath"

	"github.com/litopys/litopys/benchrun"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/evalrun"
	"github.com/litopys/litopys/internal/rusage"
	"github.com/litopys/litopys/pipeline"
)

type natashaOut struct {
	Version string  `json:"version"`
	LoadS   float64 `json:"load_s"`
	Speed   map[string]struct {
		timing
		Articles int   `json:"articles"`
		Bytes    int64 `json:"bytes"`
	} `json:"speed"`
	Responses string `json:"responses"`
	PeakRSS   int64  `json:"peak_rss_bytes"`
}

// compareNatasha measures speed on the Russian news corpus and NER quality
// on the Russian BSNLP documents, for litopys and natasha.
func compareNatasha(ctx context.Context, o options) (section, error) {
	const title = "Russian pipeline and NER: natasha"
	cs, err := benchrun.DefaultCorpora(o.data)
	if err != nil {
		return section{}, err
	}
	recs, _, err := benchrun.Load(ctx, cs[0], o.limit)
	if err != nil {
		return section{}, err
	}
	type text struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	texts := make([]text, len(recs))
	for i, r := range recs {
		texts[i] = text{ID: r.Source, Text: r.Body}
	}
	if err := writeJSONL(filepath.Join(o.work, "ru_speed.jsonl"), texts); err != nil {
		return section{}, err
	}
	raw, gold, err := readRussianBSNLP(filepath.Join(o.data, "bsnlp"), filepath.Join(o.data, "bsnlp2017"))
	if err != nil {
		return section{}, err
	}
	type doc struct {
		Topic string `json:"topic"`
		ID    string `json:"id"`
		Text  string `json:"text"`
	}
	docs := make([]doc, len(raw))
	for i, r := range raw {
		docs[i] = doc{Topic: r.Topic, ID: r.ID, Text: r.Content}
	}
	if err := writeJSONL(filepath.Join(o.work, "bsnlp_ru.jsonl"), docs); err != nil {
		return section{}, err
	}

	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return section{}, err
	}
	spine := measure(o.runs, func() { analyzeAll(ctx, p, recs, pipeline.StagesSpine) })
	all := measure(o.runs, func() { analyzeAll(ctx, p, recs, pipeline.StagesAll) })
	ourRSS := rusage.MaxRSS()
	// litopys out of sample: each topic answered by an NER model and a
	// gazetteer built without it (the leave-one-topic-out run of
	// "litopys eval ner --by-topic"); natasha never saw BSNLP.
	ours, err := lotoAnswers(ctx, o, gold)
	if err != nil {
		return section{}, err
	}

	var nat natashaOut
	if err := runPeer(ctx, "natasha", &nat, o.work, fmt.Sprint(o.runs)); err != nil {
		return failed(title, "natasha", err), nil
	}
	theirs, err := eval.ReadBSNLPResponses(nat.Responses, gold)
	if err != nil {
		return section{}, err
	}
	n, mb := float64(len(recs)), float64(benchrun.Bytes(recs))/1e6
	ns, na := nat.Speed["spine"], nat.Speed["all"]
	s := section{title: title, peer: "natasha " + nat.Version}
	s.rows = append(s.rows,
		row{figure: fmt.Sprintf("segment + morphology + lemmas, articles per CPU-s (%d RT/NG articles, one process)", len(recs)), litopys: n / spine.CPU, peer: n / ns.CPU, format: "%.1f", higher: true},
		row{figure: "… + NER + name normalisation (litopys: every stage), articles per CPU-s", litopys: n / all.CPU, peer: n / na.CPU, format: "%.1f", higher: true},
		row{figure: "… same, MB of text per CPU-s", litopys: mb / all.CPU, peer: mb / na.CPU, format: "%.2f", higher: true},
		row{figure: "… same, articles per wall second (single thread; noisy on a shared machine)", litopys: n / all.Wall, peer: n / na.Wall, format: "%.1f", higher: true},
		row{figure: "peak RSS of the process, MB (litopys: whole compare process with the corpus loaded)", litopys: float64(ourRSS) / 1e6, peer: float64(nat.PeakRSS) / 1e6, format: "%.0f", higher: false},
	)
	s.rows = append(s.rows, nerRows("all five BSNLP types", gold, ours, theirs)...)
	g3, o3, t3 := onlyTypes(gold), onlyTypes(ours), onlyTypes(theirs)
	s.rows = append(s.rows, nerRows("PER/ORG/LOC only", g3, o3, t3)...)
	s.notes = append(s.notes,
		fmt.Sprintf("NER: %d Russian documents of the six BSNLP topics (2019: /work/shared/data/bsnlp; 2017: bsnlp2017, where MISC stands for EVT or PRO), scored by eval.ScoreNER (BSNLP relaxed per entity, strict per form) on natasha's spans written as BSNLP response files (bench/peers/natasha_peer.py). **Both are out of sample**: litopys answers each topic with an NER model and gazetteer built without that topic (`litopys eval ner --by-topic`, languages.ru), natasha was never trained on BSNLP. Pooled over the topics; the worst topic is in the entity section.", len(raw)),
		"natasha knows PER, ORG, LOC only; the five-type rows count gold EVT/PRO against it, the PER/ORG/LOC rows are the fair comparison. natasha's base form is span.normalize(morph_vocab). Base-form accuracy is over the mentions each system found correctly, so the two figures are over different (overlapping) sets.",
		"natasha runs with one BLAS thread (OPENBLAS_NUM_THREADS=1, set in bench/peers/natasha.sh): with numpy's default threads it used about four times the CPU time for the same work on this shared machine, which would be unfair to it.",
		"Speed: litopys runs its whole chain (entities with linking, dates, attributions, events, quantities) where natasha stops at NER + normalisation, so the second row favours natasha.",
	)
	return s, nil
}

// lotoAnswers returns litopys's out-of-sample answers for the Russian gold
// documents: read from o.loto, or made by training the folds.
func lotoAnswers(ctx context.Context, o options, gold map[string]eval.Doc) (map[string]eval.Doc, error) {
	if o.loto != "" {
		_, all, err := evalrun.ReadGold([]string{filepath.Join(o.data, "bsnlp"), filepath.Join(o.data, "bsnlp2017")})
		if err != nil {
			return nil, err
		}
		resp, err := eval.ReadBSNLPResponses(o.loto, all)
		if err != nil {
			return nil, err
		}
		ours := map[string]eval.Doc{}
		for k := range gold {
			ours[k] = resp[k]
		}
		return ours, nil
	}
	loto, err := evalrun.LOTO(ctx, []string{filepath.Join(o.data, "bsnlp"), filepath.Join(o.data, "bsnlp2017")},
		evalrun.LOTOOptions{DataDir: o.data, Cache: filepath.Join(o.work, "loto")})
	if err != nil {
		return nil, err
	}
	ours := map[string]eval.Doc{}
	for k, d := range loto.System {
		if d.Lang == "ru" {
			ours[k] = d
		}
	}
	return ours, nil
}

func analyzeAll(ctx context.Context, p *pipeline.Pipeline, recs []input.Record, st pipeline.Stages) {
	for _, r := range recs {
		_, _ = p.AnalyzeStages(ctx, r, st)
	}
}

// readRussianBSNLP reads the BSNLP trees and keeps their Russian documents.
func readRussianBSNLP(dirs ...string) ([]eval.RawDoc, map[string]eval.Doc, error) {
	raw, gold, err := evalrun.ReadGold(dirs)
	if err != nil {
		return nil, nil, err
	}
	var ru []eval.RawDoc
	for _, r := range raw {
		if r.Lang == "ru" {
			ru = append(ru, r)
		}
	}
	for k, g := range gold {
		if g.Lang != "ru" {
			delete(gold, k)
		}
	}
	return ru, gold, nil
}

// onlyTypes keeps the PER, ORG and LOC mentions of every document.
func onlyTypes(docs map[string]eval.Doc) map[string]eval.Doc {
	out := make(map[string]eval.Doc, len(docs))
	for k, d := range docs {
		var ms []eval.Mention
		for _, m := range d.Mentions {
			switch eval.NormType(m.Type) {
			case "PER", "ORG", "LOC":
				ms = append(ms, m)
			}
		}
		d.Mentions = ms
		out[k] = d
	}
	return out
}

func nerRows(what string, gold, ours, theirs map[string]eval.Doc) []row {
	ra, rb := eval.ScoreNER(gold, ours), eval.ScoreNER(gold, theirs)
	a, b := ra.Languages["ru"], rb.Languages["ru"]
	wa, wb := ra.Worst["ru"].RelaxedPartial, rb.Worst["ru"].RelaxedPartial
	f := func(name string, x, y float64) row {
		return row{figure: fmt.Sprintf("BSNLP ru, 6 topics, %s: %s (both out of sample)", what, name), litopys: x, peer: y, format: "%.3f", higher: true}
	}
	return []row{
		f("relaxed-partial F1", a.RelaxedPartial.F1, b.RelaxedPartial.F1),
		f(fmt.Sprintf("relaxed-partial F1 of the worst topic (litopys: %s, natasha: %s)", wa.Topic, wb.Topic), wa.F1, wb.F1),
		f("relaxed-exact F1", a.RelaxedExact.F1, b.RelaxedExact.F1),
		f("strict F1 (form + type)", a.Strict.F1, b.Strict.F1),
		f("base-form accuracy", nanIfZero(a.BaseForms.Total, a.BaseFormAccuracy), nanIfZero(b.BaseForms.Total, b.BaseFormAccuracy)),
	}
}

func nanIfZero(n int, v float64) float64 {
	if n == 0 {
		return math.NaN()
	}
	return v
}
