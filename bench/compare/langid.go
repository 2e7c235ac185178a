package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/litopys/litopys/langid"
	"github.com/litopys/litopys/segment"
)

const (
	sentencesPerLang = 3000 // held-out sentences per language, evenly spaced
	shortWords       = 5    // a short sentence has at most this many words
)

type lsent struct {
	Lang string `json:"lang"`
	Text string `json:"text"`
}

type linguaOut struct {
	Version   string `json:"version"`
	Detectors map[string]struct {
		timing
		LoadS       float64  `json:"load_s"`
		Predictions []string `json:"predictions"`
	} `json:"detectors"`
}

// heldOutSentences splits langid's held-out documents into sentences with
// package segment and keeps sentencesPerLang of each language.
func heldOutSentences(data string) ([]lsent, error) {
	docs, err := langid.HeldOut(data)
	if err != nil {
		return nil, err
	}
	byLang := map[string][]lsent{}
	var langs []string
	for _, d := range docs {
		if byLang[d.Lang] == nil {
			langs = append(langs, d.Lang)
		}
		for _, sp := range segment.Sentences(d.Text, segment.Paragraphs(d.Text)) {
			t := strings.Join(strings.Fields(d.Text[sp.Start:sp.End]), " ")
			if strings.IndexFunc(t, unicode.IsLetter) >= 0 {
				byLang[d.Lang] = append(byLang[d.Lang], lsent{Lang: d.Lang, Text: t})
			}
		}
	}
	var out []lsent
	for _, l := range langs {
		ss := byLang[l]
		n := min(len(ss), sentencesPerLang)
		for i := range n {
			out = append(out, ss[i*len(ss)/n])
		}
	}
	return out, nil
}

// compareLangid scores sentence-level language identification, each
// sentence on its own, for litopys and lingua.
func compareLangid(ctx context.Context, o options) (section, error) {
	const title = "Language identification of single sentences: lingua"
	sents, err := heldOutSentences(o.data)
	if err != nil {
		return section{}, err
	}
	if err := writeJSONL(filepath.Join(o.work, "langid_sentences.jsonl"), sents); err != nil {
		return section{}, err
	}
	m, err := langid.Load()
	if err != nil {
		return section{}, err
	}
	ours := make([]string, len(sents))
	for i, s := range sents {
		ours[i], _ = m.Detect(s.Text)
	}
	speed := measure(o.runs, func() {
		for _, s := range sents {
			m.Detect(s.Text)
		}
	})
	var lo linguaOut
	if err := runPeer(ctx, "lingua", &lo, o.work, fmt.Sprint(o.runs)); err != nil {
		return failed(title, "lingua", err), nil
	}
	s := section{title: title, peer: "lingua " + lo.Version}
	short := func(t string) bool { return len(strings.Fields(t)) <= shortWords }
	for _, det := range []string{"lingua-ru-uk-en", "lingua-all"} {
		d, ok := lo.Detectors[det]
		if !ok || len(d.Predictions) != len(sents) {
			s.notes = append(s.notes, fmt.Sprintf("lingua detector %s gave no predictions", det))
			continue
		}
		for _, sub := range []struct {
			name string
			keep func(lsent) bool
		}{
			{"ru", func(x lsent) bool { return x.Lang == "ru" }},
			{"uk", func(x lsent) bool { return x.Lang == "uk" }},
			{"ru, ≤5 words", func(x lsent) bool { return x.Lang == "ru" && short(x.Text) }},
			{"uk, ≤5 words", func(x lsent) bool { return x.Lang == "uk" && short(x.Text) }},
		} {
			a, b := langAcc(sents, ours, sub.keep), langAcc(sents, d.Predictions, sub.keep)
			s.rows = append(s.rows, row{figure: fmt.Sprintf("accuracy, %s (%d sentences), vs %s", sub.name, a.n, det), litopys: a.acc(), peer: b.acc(), format: "%.3f", higher: true})
		}
		n := float64(len(sents))
		s.rows = append(s.rows, row{figure: "sentences per CPU-s, vs " + det, litopys: n / speed.CPU, peer: n / d.CPU, format: "%.0f", higher: true})
	}
	s.notes = append(s.notes,
		fmt.Sprintf("%d sentences of langid.HeldOut (factRuEval, ner-uk \"ng\", BSNLP raw: sources kept out of langid's training), split by package segment, %d per language evenly spaced; each sentence is detected alone (litopys: langid.Model.Detect; lingua: detect_language_of). An undecided answer counts as wrong. Every sentence is taken to be in its document's language, so quoted English counts against both.", len(sents), sentencesPerLang),
		"lingua-ru-uk-en is LanguageDetectorBuilder.from_languages(RUSSIAN, UKRAINIAN, ENGLISH), the set litopys tells apart; lingua-all is from_all_languages(), the README's default, where an answer outside ru/uk/en counts as wrong.",
	)
	return s, nil
}

func langAcc(sents []lsent, preds []string, keep func(lsent) bool) accuracy {
	var a accuracy
	for i, s := range sents {
		if !keep(s) {
			continue
		}
		a.n++
		if preds[i] == s.Lang {
			a.ok++
		}
	}
	return a
}
