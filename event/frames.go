package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/litopys/litopys"
)

// frames builds the events of the sentence: each predicate once per date
// that governs it (a time expression goes to the nearest predicate of its
// clause, else of the sentence), or once undated. A predicate without a
// date of the sentence takes inherit (a time index, -1: none) when the
// sentence continues the one before: explicitly ("в этот же день") or as
// a narrative in the past tense right after a dated sentence of its
// paragraph.
//
// The second result marks the events that took the date as a narrative:
// they continue the event of the sentence before.
func (s *sentence) frames(preps []string, inherit int) ([]litopys.Event, []bool) {
	times := s.times()
	preds := s.predicates(times)
	s.preds = preds
	if len(preds) == 0 {
		return nil, nil
	}
	gov := make([][]int, len(preds))
	for _, ti := range times {
		k := s.nearest(preds, ti)
		gov[k] = append(gov[k], ti)
	}
	// A predicate joined by "и"/"і" to the one before, without a date of
	// its own, happened when that one did ("встретился … и осудил").
	for k := 1; k < len(preds); k++ {
		if len(gov[k]) == 0 && preds[k].clause == preds[k-1].clause+1 && coordinators[s.opener[preds[k].clause]] {
			gov[k] = gov[k-1]
		}
	}
	explicit := s.anaphoricDate()
	var out []litopys.Event
	var cont []bool
	for k, tr := range preds {
		if s.irreal(tr.clause) && (tr.kind != kindNoun || !s.dateBound(tr, times)) {
			// "был бы рад принять … гостя ноябрьского саммита": a noun
			// with its own date is a fact the hypothetical presupposes.
			continue
		}
		var dates []int
		seen := map[litopys.Timex]bool{}
		for _, ti := range s.appositions(gov[k]) {
			d, _, _ := dateOf(s.doc.Times[ti])
			if !seen[d] {
				seen[d] = true
				dates = append(dates, ti)
			}
		}
		narrated := false
		if len(dates) == 0 {
			if tr.dated {
				continue
			}
			dates = []int{-1}
			if len(times) == 0 && inherit >= 0 && (explicit || !s.shifted() && !s.turns() && s.narrative(tr) && !s.ahead(inherit) && !s.subordinate(tr.clause)) {
				dates = []int{inherit}
				narrated = !explicit
			}
		}
		for _, ti := range dates {
			out = append(out, s.frame(preps, tr, ti))
			cont = append(cont, narrated)
		}
	}
	return out, cont
}

// shifted reports whether the sentence says it is about another time than
// the one before ("Згодом", "позже", "раньше"), so it does not continue
// its date.
func (s *sentence) shifted() bool {
	for i := s.a; i < s.b; i++ {
		if timeShifts[s.word(i)] {
			return true
		}
	}
	return false
}

// turns reports whether the sentence opens with a discourse marker that
// adds a further happening or sets one against the one before ("Также",
// "Крім того", "Однак", "При цьому"): it tells of something else, not
// more of the same event.
func (s *sentence) turns() bool {
	first := ""
	for i := s.a; i < s.b; i++ {
		if !s.isWord(i) {
			continue
		}
		if first == "" {
			first = s.word(i)
			if turnMarkers[first] {
				return true
			}
			continue
		}
		return turnMarkers[first+" "+s.word(i)]
	}
	return false
}

// subordinate reports whether clause c is opened by a subordinating word
// or a complementizer ("Той факт, що вони посадили літаки"): what it
// tells is background to its main clause, not the narrative going on.
func (s *sentence) subordinate(c int) bool {
	return subordinators[s.opener[c]] || complementizers[s.opener[c]]
}

// ahead reports whether the time expression ti lies after the publication
// date: a sentence in the past tense narrates what has happened, so it
// cannot go on about an event the article announces for later.
func (s *sentence) ahead(ti int) bool {
	pub := s.doc.Published
	d := s.doc.Times[ti].Date
	if pub.IsZero() || d.IsZero() {
		return false
	}
	return d.Time().After(pub.Time())
}

// appositions drops, of two time expressions with only punctuation
// between them, the relative one: "Сьогодні (11 листопада - ред.)" is one
// date.
func (s *sentence) appositions(tis []int) []int {
	var out []int
	for k, ti := range tis {
		t := s.doc.Times[ti]
		drop := false
		for j, tj := range tis {
			if j == k {
				continue
			}
			u := s.doc.Times[tj]
			a, b := t.End, u.Start
			if u.End <= t.Start {
				a, b = u.End, t.Start
			}
			if a <= b && strings.Trim(s.doc.Text[a:b], " ,()[]—–-") == "" && t.Relative && !u.Relative {
				drop = true
			}
		}
		if !drop {
			out = append(out, ti)
		}
	}
	return out
}

// times returns the time expressions of the sentence that can date an
// event: dated, not a time of day, not a deadline ("до 1 жовтня").
func (s *sentence) times() []int {
	doc := s.doc
	sp := doc.Sentences[s.idx]
	var out []int
	for _, i := range s.ix.timesOf(s.idx) {
		s.ix.steps++
		t := doc.Times[i]
		if t.Boilerplate || t.Start < sp.Start || t.End > sp.End || t.Value.IsZero() || t.Granularity == "time" || t.Granularity == "season" {
			continue
		}
		if s.deadline(t) || t.Relative && t.Granularity == "year" {
			continue // a deadline; "в этом году" is too vague to date an event
		}
		out = append(out, i)
	}
	return out
}

// deadline reports whether a deadline preposition opens or precedes t.
func (s *sentence) deadline(t litopys.TimeExpr) bool {
	first := s.tokenAt(t.Start)
	if first < 0 {
		return false
	}
	if deadlinePreps[s.word(first)] {
		return true
	}
	for i := first - 1; i >= s.a; i-- {
		if s.isWord(i) {
			return deadlinePreps[s.word(i)]
		}
	}
	return false
}

// tokenAt returns the index of the token that starts at or covers off.
func (s *sentence) tokenAt(off int) int {
	i := s.a + sort.Search(s.b-s.a, func(k int) bool { return s.doc.Tokens[s.a+k].End > off })
	if i >= s.b {
		return -1
	}
	return i
}

// predicates returns the triggers that name events, per clause: every
// verb; an event noun where no verb of its clause takes it as an argument
// ("заявили об уничтожении" is one statement), or where a date is bound
// to the noun itself ("событиями 11 сентября"); an effect ("погибли") only
// where the clause names no event.
func (s *sentence) predicates(times []int) []trigger {
	var out []trigger
	for i := 0; i < len(s.trs); {
		c := s.trs[i].clause
		j := i
		for j < len(s.trs) && s.trs[j].clause == c {
			j++
		}
		var verbs, nouns, effects []trigger
		for _, tr := range s.trs[i:j] {
			switch {
			case tr.conseq:
				effects = append(effects, tr)
			case tr.kind == kindNoun:
				nouns = append(nouns, tr)
			default:
				verbs = append(verbs, tr)
			}
		}
		bound := func(tr trigger) bool { return s.dateBound(tr, times) }
		switch {
		case len(verbs) > 0:
			out = append(out, verbs...)
			for _, n := range nouns {
				if bound(n) {
					out = append(out, n)
				}
			}
		case len(nouns) > 0:
			head := nouns[0]
			for _, n := range nouns {
				if bound(n) {
					head = n
					break
				}
			}
			out = append(out, head)
			for _, n := range nouns {
				if n.tok != head.tok && bound(n) {
					out = append(out, n)
				}
			}
		case len(effects) > 0:
			out = append(out, effects[0])
		}
		i = j
	}
	// An effect ("… погибли 23 и ранены около 300") is an event only in a
	// sentence that names no other.
	if slices.ContainsFunc(out, func(tr trigger) bool { return !tr.conseq }) {
		out = slices.DeleteFunc(out, func(tr trigger) bool { return tr.conseq })
	}
	return out
}

// dateBound reports whether a time expression stands right next to the
// trigger, with no word between: "вчерашними дебатами", "штурму 6 січня".
func (s *sentence) dateBound(tr trigger, times []int) bool {
	start, end := s.doc.Tokens[tr.tok].Start, s.doc.Tokens[tr.end-1].End
	for _, ti := range times {
		t := s.doc.Times[ti]
		switch {
		case t.End <= start:
			if !s.contentBetween(t.End, start) {
				return true
			}
		case t.Start >= end:
			if !s.contentBetween(end, t.Start) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// wordsBetween reports whether a word token lies within [from, to).
func (s *sentence) wordsBetween(from, to int) bool {
	for i := s.a; i < s.b; i++ {
		t := s.doc.Tokens[i]
		if t.Start >= from && t.End <= to && t.Kind == litopys.TokenWord {
			return true
		}
	}
	return false
}

// contentBetween is wordsBetween not counting prepositions ("неудач в
// мае").
func (s *sentence) contentBetween(from, to int) bool {
	for i := s.a; i < s.b; i++ {
		t := s.doc.Tokens[i]
		if t.Start >= from && t.End <= to && t.Kind == litopys.TokenWord && !placePreps[s.word(i)] && !otherPreps[s.word(i)] {
			return true
		}
	}
	return false
}

// nearest returns the predicate a time expression governs: the nearest of
// its clause, else the nearest of the sentence (in bytes, a cheap stand-in
// for syntactic distance).
func (s *sentence) nearest(preds []trigger, ti int) int {
	t := s.doc.Times[ti]
	c := -1
	if k := s.tokenAt(t.Start); k >= 0 {
		c = s.clause[k-s.a]
	}
	best, dist, bestSame := 0, 1<<30, false
	for k, tr := range preds {
		d := s.distance(t, tr)
		same := tr.clause == c
		if same && !bestSame || same == bestSame && d < dist {
			best, dist, bestSame = k, d, same
		}
	}
	return best
}

func (s *sentence) distance(t litopys.TimeExpr, tr trigger) int {
	a, b := s.doc.Tokens[tr.tok].Start, s.doc.Tokens[tr.end-1].End
	switch {
	case t.End <= a:
		return a - t.End
	case t.Start >= b:
		return t.Start - b
	}
	return 0
}

// narrative reports whether a predicate tells what happened: a past verb
// (or a past auxiliary before a participle, or a past verb in the clause
// of an event noun: "провели зустріч").
func (s *sentence) narrative(tr trigger) bool {
	switch tr.kind {
	case kindVerb:
		return s.isPast(tr.tok)
	case kindPassive:
		for i := tr.tok - 1; i >= s.a && i >= tr.tok-2; i-- {
			switch s.word(i) {
			case "был", "была", "было", "были", "був", "була", "було", "були":
				return true
			}
		}
		return false
	}
	for i := s.a; i < s.b; i++ {
		if s.clause[i-s.a] == tr.clause && s.isWord(i) && s.isPast(i) {
			return true
		}
	}
	return false
}
