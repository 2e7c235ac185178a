package eval

import (
	"fmt"
	"sort"
)

// TimelineReport is the result of ScoreTimeline.
type TimelineReport struct {
	Events PRF `json:"events"`
	// EventsDated counts an event as found only when its date is right too.
	EventsDated PRF `json:"events_dated"`
	// Dates is the share of matched events with the right date and
	// granularity; Types the share with the gold event type.
	Dates Accuracy `json:"dates"`
	Types Accuracy `json:"types"`
	// Participants compares the participant ids of matched events.
	Participants PRF `json:"participants"`
	Attributions PRF `json:"attributions"`
	// ParticipantsMissed counts, with Explain and SystemTimeline.Reach,
	// the gold participants of matched events the system left out, by
	// reason (ParticipantReach).
	ParticipantsMissed map[string]int `json:"participants_missed,omitempty"`
	// Notes lists, when SystemTimeline.Explain is set, each error: gold
	// events missed, system events that match none, wrong dates and
	// participants of matched ones.
	Notes []string `json:"notes,omitempty"`
}

// ScoreTimeline scores a system timeline against a gold one (see the package
// doc). System events and attributions of documents the gold does not name
// are not scored.
func ScoreTimeline(gold Timeline, sys SystemTimeline) TimelineReport {
	mapID := sys.MapID
	if mapID == nil {
		mapID = func(id string) string { return id }
	}
	docs := map[string]bool{}
	gEv, sEv := map[string][]GoldEvent{}, map[string][]SystemEvent{}
	gAt, sAt := map[string][]GoldAttribution{}, map[string][]SystemAttribution{}
	for _, e := range gold.Events {
		docs[e.Doc] = true
		gEv[e.Doc] = append(gEv[e.Doc], e)
	}
	for _, a := range gold.Attributions {
		docs[a.Doc] = true
		gAt[a.Doc] = append(gAt[a.Doc], a)
	}
	for d := range gold.Boilerplate {
		docs[d] = true
	}
	for _, e := range sys.Events {
		sEv[e.Doc] = append(sEv[e.Doc], e)
	}
	for _, a := range sys.Attributions {
		sAt[a.Doc] = append(sAt[a.Doc], a)
	}
	ids := make([]string, 0, len(docs))
	for d := range docs {
		ids = append(ids, d)
	}
	sort.Strings(ids)

	var rep TimelineReport
	var events, dated, parts, attrs PRF
	dateOK, typeOK, matched := 0, 0, 0
	for _, doc := range ids {
		text, hasText := sys.Texts[doc]
		ev := newEvidenceFinder(text, hasText)
		ge, se := gEv[doc], sEv[doc]
		gSpans := make([]evidence, len(ge))
		for i, e := range ge {
			gSpans[i] = ev.find(e.Evidence, nil)
		}
		sSpans := make([]evidence, len(se))
		for j, e := range se {
			sSpans[j] = ev.find(e.Evidence, e.Span)
		}
		// Weights: any overlap is worth more than all date agreements
		// together, so the matching is maximum first, best dated second.
		big := len(ge) + 1
		w := make([][]int, len(ge))
		for i, g := range ge {
			w[i] = make([]int, len(se))
			for j, s := range se {
				if overlaps(gSpans[i], sSpans[j]) {
					w[i][j] = big
					if sameDate(g, s) {
						w[i][j]++
					}
				}
			}
		}
		m, nDated := 0, 0
		usedSys := make([]bool, len(se))
		for i, j := range maxWeightMatching(w, len(ge), len(se)) {
			if j < 0 {
				if sys.Explain {
					rep.Notes = append(rep.Notes, fmt.Sprintf("%s: missed %s %s %v %q", doc, ge[i].Date, ge[i].Type, ge[i].Participants, ge[i].Evidence))
				}
				continue
			}
			usedSys[j] = true
			g, s := ge[i], se[j]
			m++
			if sameDate(g, s) {
				nDated++
			}
			if normForm(g.Type) == normForm(s.Type) {
				typeOK++
			}
			sp := map[string]bool{}
			for _, p := range s.Participants {
				sp[mapID(p)] = true
			}
			hit, gp := 0, map[string]bool{}
			for _, p := range g.Participants {
				if !gp[p] && sp[p] {
					hit++
				}
				if !gp[p] && !sp[p] && sys.Explain && sys.Reach != nil && s.Span != nil {
					why := sys.Reach(doc, *s.Span, p)
					if rep.ParticipantsMissed == nil {
						rep.ParticipantsMissed = map[string]int{}
					}
					rep.ParticipantsMissed[why]++
					rep.Notes = append(rep.Notes, fmt.Sprintf("%s: participant %s of %s %s missed: %s", doc, p, g.Date, g.Type, why))
				}
				gp[p] = true
			}
			parts = parts.Add(NewPRF(len(gp), len(sp), hit, hit))
			if sys.Explain && (!sameDate(g, s) || hit != len(gp) || hit != len(sp) || normForm(g.Type) != normForm(s.Type)) {
				rep.Notes = append(rep.Notes, fmt.Sprintf("%s: matched gold %s %s %v / system %s %s %v %q", doc, g.Date, g.Type, g.Participants,
					s.Date, s.Type, mapped(s.Participants, mapID), g.Evidence))
			}
		}
		for j, s := range se {
			if !usedSys[j] && sys.Explain {
				rep.Notes = append(rep.Notes, fmt.Sprintf("%s: spurious %s %s %v %q", doc, s.Date, s.Type, mapped(s.Participants, mapID), excerpt(text, sSpans[j], s.Evidence)))
			}
		}
		matched += m
		dateOK += nDated
		events = events.Add(NewPRF(len(ge), len(se), m, m))
		dated = dated.Add(NewPRF(len(ge), len(se), nDated, nDated))
		n := matchAttributions(gAt[doc], sAt[doc], ev, mapID)
		attrs = attrs.Add(NewPRF(len(gAt[doc]), len(sAt[doc]), n, n))
	}
	rep.Events, rep.EventsDated, rep.Participants, rep.Attributions = events, dated, parts, attrs
	rep.Dates = newAccuracy(dateOK, matched)
	rep.Types = newAccuracy(typeOK, matched)
	return rep
}

func mapped(ids []string, mapID func(string) string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = mapID(id)
	}
	return out
}

// excerpt is the text of a system event's evidence, for a note.
func excerpt(text string, ev evidence, fallback string) string {
	if len(ev.spans) > 0 {
		s := ev.spans[0]
		if r := []rune(text[s.Start:s.End]); len(r) > 120 {
			return string(r[:120]) + "…"
		}
		return text[s.Start:s.End]
	}
	return fallback
}

// sameDate reports whether the system event has the gold date value and
// granularity.
func sameDate(g GoldEvent, s SystemEvent) bool {
	gd, err := dateAt(g.Date, g.Granularity)
	if err != nil {
		return false
	}
	sd, err := dateAt(s.Date, s.Granularity)
	return err == nil && gd == sd
}

// matchAttributions returns the size of a maximum one-to-one matching of
// gold and system attributions of one document.
func matchAttributions(gold []GoldAttribution, sys []SystemAttribution, ev evidenceFinder, mapID func(string) string) int {
	gSpans := make([]evidence, len(gold))
	for i, a := range gold {
		gSpans[i] = ev.find(a.Evidence, nil)
	}
	adj := make([][]int, len(gold))
	for j, s := range sys {
		se := ev.find(s.Evidence, s.Span)
		for i, g := range gold {
			if mapID(s.Source) != g.Source || g.Via != "" && mapID(s.Via) != g.Via {
				continue
			}
			if overlaps(gSpans[i], se) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	_, n := maxBipartite(len(gold), len(sys), adj)
	return n
}
