package eval

import "sort"

// Span is a typed mention at byte offsets [Start, End) of a text.
type Span struct {
	Start, End int
	Type       string
}

// SpanReport scores mentions by exact span and type, the CoNLL way: a
// system mention is right when a gold mention has the same offsets and
// type. Types limits the score to the types the gold annotates (system
// mentions of other types are not counted), so that a tagger with EVT and
// PRO can be scored on a corpus of PER, ORG and LOC.
type SpanReport struct {
	Documents int            `json:"documents"`
	All       PRF            `json:"all"`
	PerType   map[string]PRF `json:"per_type"`
	Types     []string       `json:"types"`
	// NewsForm, when set, is the same score over the gold mentions a
	// news tagger can output whole (for English, ner.EnglishNameWord:
	// no comma, bracket or lower-case common word inside) and the system
	// mentions that overlap no other gold mention.
	NewsForm *SpanReport `json:"news_form,omitempty"`
}

// ScoreSpans scores system against gold spans, document by document (the
// two slices are parallel).
func ScoreSpans(gold, sys [][]Span, types []string) SpanReport {
	r := SpanReport{Documents: len(gold), PerType: map[string]PRF{}, Types: types}
	keep := map[string]bool{}
	for _, t := range types {
		keep[t] = true
	}
	for i := range gold {
		g := map[Span]bool{}
		for _, s := range gold[i] {
			if keep[s.Type] {
				g[s] = true
			}
		}
		var ss []Span
		if i < len(sys) {
			ss = sys[i]
		}
		seen := map[Span]bool{}
		for _, s := range ss {
			if !keep[s.Type] || seen[s] {
				continue
			}
			seen[s] = true
			hit := 0
			if g[s] {
				hit = 1
			}
			r.PerType[s.Type] = r.PerType[s.Type].Add(NewPRF(0, 1, 0, hit))
		}
		for s := range g {
			hit := 0
			if seen[s] {
				hit = 1
			}
			r.PerType[s.Type] = r.PerType[s.Type].Add(NewPRF(1, 0, hit, 0))
		}
	}
	names := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		r.All = r.All.Add(r.PerType[t])
	}
	return r
}
