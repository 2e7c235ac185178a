package event

import (
	"sort"
	"strings"

	"github.com/litopys/litopys"
)

// trigger is a word of a sentence that names an event.
type trigger struct {
	tok   int // token index of the (first) trigger word
	end   int // token index after the trigger
	lemma string
	typ   string
	dated bool // report verbs only count with a date of their own
}

// Find returns the events of doc, which must carry tokens with lemmas,
// sentences, paragraphs, mentions, times and attributions.
func Find(doc *litopys.Document) []litopys.Event {
	var out []litopys.Event
	ti := 0
	// inherited is the date of the last dated event of the paragraph: a
	// sentence with no date of its own ("Кім Чен Ин і Путін провели свою
	// зустріч …") continues the one before it.
	inherited, para := -1, -1
	// The preposition before each mention, which its role depends on.
	preps := make([]string, len(doc.Mentions))
	for i, m := range doc.Mentions {
		preps[i] = prepBefore(doc, m.Start)
	}
	for si, s := range doc.Sentences {
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < s.Start {
			ti++
		}
		end := ti
		for end < len(doc.Tokens) && doc.Tokens[end].End <= s.End {
			end++
		}
		if p := paragraphOf(doc, s.Start); p != para {
			para, inherited = p, -1
		}
		trs := findTriggers(doc, ti, end)
		times := timesIn(doc, s)
		evs := frames(doc, preps, si, trs, times, inherited)
		for _, e := range evs {
			if e.Time >= 0 {
				inherited = e.Time
			}
		}
		out = append(out, evs...)
		ti = end
	}
	return out
}

func findTriggers(doc *litopys.Document, a, b int) []trigger {
	var trs []trigger
	for i := a; i < b; i++ {
		t := doc.Tokens[i]
		if t.Kind != litopys.TokenWord {
			continue
		}
		l := lemma(t)
		if i+1 < b && phraseHeads[l] {
			next := strings.ToLower(doc.Tokens[i+1].Text)
			if typ, ok := phrases[[2]string{l, next}]; ok {
				trs = append(trs, trigger{tok: i, end: i + 2, lemma: l + " " + next, typ: typ})
				i++
				continue
			}
		}
		if typ, ok := triggers[l]; ok {
			if len(trs) > 0 && trs[len(trs)-1].end == i && trs[len(trs)-1].typ == typ {
				continue // "провести переговоры" is one trigger
			}
			trs = append(trs, trigger{tok: i, end: i + 1, lemma: l, typ: typ})
		} else if reportVerbs[l] {
			trs = append(trs, trigger{tok: i, end: i + 1, lemma: l, typ: "report", dated: true})
		}
	}
	// A failure next to a launch word is a failed launch.
	for k := range trs {
		if trs[k].typ != "failure" {
			continue
		}
		for i := a; i < b; i++ {
			if launchWords[lemma(doc.Tokens[i])] {
				trs[k].typ = "launch-failure"
				break
			}
		}
	}
	return trs
}

func lemma(t litopys.Token) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	return strings.ToLower(t.Text)
}

// timesIn returns the indexes of the dated time expressions of a sentence.
func timesIn(doc *litopys.Document, s litopys.Sentence) []int {
	var out []int
	for i, t := range doc.Times {
		if !t.Boilerplate && t.Start >= s.Start && t.End <= s.End && t.Value != "" && t.Granularity != "time" {
			out = append(out, i)
		}
	}
	return out
}

// frames builds the events of one sentence: each time expression governs
// the trigger nearest to it, and a trigger governed by several ("после
// неудач в мае и августе") makes one event per date.
func frames(doc *litopys.Document, preps []string, si int, trs []trigger, times []int, inherited int) []litopys.Event {
	if len(trs) == 0 {
		return nil
	}
	gov := make([][]int, len(trs))
	for _, ti := range times {
		best, dist := -1, 1<<30
		for k, tr := range trs {
			d := tokenDistance(doc, doc.Times[ti], tr)
			if d < dist {
				best, dist = k, d
			}
		}
		gov[best] = append(gov[best], ti)
	}
	var out []litopys.Event
	for k, tr := range trs {
		dates := gov[k]
		if len(dates) == 0 {
			if tr.dated {
				continue
			}
			dates = []int{-1}
			if len(times) == 0 && inherited >= 0 {
				dates = []int{inherited}
			}
		}
		for _, ti := range dates {
			out = append(out, frame(doc, preps, si, tr, ti))
		}
	}
	return out
}

// tokenDistance is the distance in bytes between a time expression and a
// trigger, a cheap stand-in for the syntactic distance.
func tokenDistance(doc *litopys.Document, t litopys.TimeExpr, tr trigger) int {
	a, b := doc.Tokens[tr.tok].Start, doc.Tokens[tr.end-1].End
	switch {
	case t.End <= a:
		return a - t.End
	case t.Start >= b:
		return t.Start - b
	}
	return 0
}

func frame(doc *litopys.Document, preps []string, si int, tr trigger, ti int) litopys.Event {
	s := doc.Sentences[si]
	e := litopys.Event{
		Type:        tr.typ,
		Trigger:     tr.lemma,
		TriggerSpan: litopys.Span{Start: doc.Tokens[tr.tok].Start, End: doc.Tokens[tr.end-1].End},
		Time:        ti,
		Evidence:    litopys.Span{Start: s.Start, End: s.End},
		Text:        doc.Text[s.Start:s.End],
		Attribution: -1,
	}
	if ti >= 0 {
		t := doc.Times[ti]
		e.Date, e.Granularity, e.Mod = t.Value, t.Granularity, t.Mod
		if !t.Date.IsZero() && t.Granularity != "interval" {
			e.Date = t.Date.String()
		}
	}
	e.Participants = participants(doc, preps, s, tr)
	if tr.typ == "report" && !mediumAmong(doc, e.Participants) {
		e.Type = "statement"
	}
	attribute(doc, &e)
	return e
}

func mediumAmong(doc *litopys.Document, ps []litopys.Participant) bool {
	for _, p := range ps {
		if p.Role == litopys.RoleAgent {
			for _, en := range doc.Entities {
				if en.ID == p.Entity && en.Type == litopys.ORG {
					return true
				}
			}
		}
	}
	return false
}

// attribute gives the event the source of the attribution that covers it,
// preferring one in its own sentence.
func attribute(doc *litopys.Document, e *litopys.Event) {
	best := -1
	for i, a := range doc.Attributions {
		if a.Source == "" || a.Scope.Start > e.Evidence.Start || a.Scope.End < e.Evidence.End {
			continue
		}
		if best < 0 || (a.Evidence.Start >= e.Evidence.Start && a.Evidence.End <= e.Evidence.End) {
			best = i
		}
	}
	if best >= 0 {
		e.Attribution = best
		e.Source = doc.Attributions[best].Source
		e.Via = doc.Attributions[best].Via
	}
}

func paragraphOf(doc *litopys.Document, off int) int {
	return sort.Search(len(doc.Paragraphs), func(i int) bool { return doc.Paragraphs[i].End > off })
}
