package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
	"github.com/litopys/litopys/morph"
)

// trigger is a word of a sentence that names an event.
type trigger struct {
	tok    int // token index of the (first) trigger word
	end    int // token index after the trigger
	lemma  string
	typ    string
	kind   kind
	clause int
	dated  bool // report verbs only count with a date of their own
	conseq bool // "погибли": names an effect; an event noun beside it wins
}

// Find returns the events of doc, which must carry tokens with lemmas,
// sentences, paragraphs, mentions, times and attributions. A sentence
// yields one event per predicate (a verb, or the event noun of a clause
// without one; nouns beside a verb are its arguments) and per date
// governing it; reports of one event within the article become one.
func Find(doc *litopys.Document) []litopys.Event {
	ix := newIndex(doc)
	return withTopic(ix, dedupe(ix, find(ix)))
}

// find returns the events of the document of ix before dedupe. ix.steps
// counts the candidates looked at in the document-wide lists, which a
// linear reading keeps proportional to the document.
func find(ix *index) []litopys.Event {
	doc := ix.doc
	var out []litopys.Event
	lastByTime := map[int]int{} // time expression → the last event of out it dates
	ti := 0
	an := analyzer()
	// prev is the last date of the previous sentence, if that sentence
	// dated an event, and its paragraph: a narrative sentence right after
	// it ("Кім Чен Ин і Путін провели свою зустріч …") continues its date.
	prev, prevPara, lastDated := -1, -1, -1
	// lastActors are the agents and patients of the last sentence of the
	// paragraph lastPara that named any.
	var lastActors []litopys.Participant
	lastPara := -1
	cases := make([]gramCase, len(doc.Mentions))
	descs := descriptions(doc)
	preps := make([]string, len(doc.Mentions))
	for i, m := range doc.Mentions {
		preps[i] = prepBefore(doc, m.Start)
	}
	// topic is who the headline names: the first sentence when it is the
	// title, else the title given apart.
	var topic []litopys.Participant
	hl := headline(doc)
	if !hl {
		// Matched only when an event needs it (withTopic): most
		// documents have none that names nobody.
		ix.titleTopic = func() []litopys.Participant { return titleNamed(ix, an, doc.Title) }
	}
	for si, s := range doc.Sentences {
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < s.Start {
			ti++
		}
		end := ti
		for end < len(doc.Tokens) && doc.Tokens[end].End <= s.End {
			end++
		}
		sent := newSentence(ix, an, cases, si, ti, end)
		sent.descs = &descs
		para := paragraphOf(doc, s.Start)
		inherit := -1
		switch {
		case sent.anaphoricDate():
			inherit = lastDated
		case para == prevPara:
			inherit = prev
		}
		evs, cont := sent.frames(preps, inherit)
		if si == 0 && hl {
			topic = sent.named()
			ix.headEnd = s.End
		}
		prev, prevPara = -1, para
		for k := range evs {
			if len(evs[k].Participants) == 0 && lastPara == para && len(lastActors) > 0 && sent.refersBack() {
				// "Голосування з цього питання заплановано на 16 грудня":
				// a sentence that names nobody and points back (a
				// demonstrative or a pronoun) goes on about who the
				// sentence before named; "Проблема … обсуждалась вчера"
				// does not.
				evs[k].Participants = slices.Clone(lastActors)
			}
		}
		if actors := actorsOf(evs); len(actors) > 0 || lastPara != para {
			lastActors, lastPara = actors, para
		}
		for k, e := range evs {
			if cont[k] {
				// A narrative that continues the sentence before tells more
				// of its event: its participants join that event.
				if j, ok := lastByTime[e.Time]; ok {
					out[j].Participants = mergeParticipants(out[j].Participants, e.Participants)
					// The evidence runs on to the sentence that names them.
					out[j].Evidence.End = max(out[j].Evidence.End, e.Evidence.End)
					out[j].Text = doc.Text[out[j].Evidence.Start:out[j].Evidence.End]
					if out[j].Type == "visit" && e.Type != "visit" {
						// "прибув до РФ. … провели зустріч": what the
						// visit was for is the event.
						out[j].Type = e.Type
					}
					continue
				}
			}
			if e.Time >= 0 {
				prev, lastDated = e.Time, e.Time
			}
			lastByTime[e.Time] = len(out)
			out = append(out, e)
		}
		ti = end
	}
	ix.topic = topic
	return out
}

// withTopic gives each dated event that names nobody, outside the
// headline, the names of the headline (index.topic): "Меморандум … был
// представлен во вторник", under "Поможет ли Греции Третий пакет", is
// about Greece. It runs after dedupe, so that such an event still counts as
// naming nobody when reports of one happening are merged. Only events
// dated by the text (rows of the story's chronology) take them: an undated
// one is often a relative or purpose clause whose subject the sentence
// gives ("Шойгу, який зустрівся", "щоб обговорити"), which the headline
// does not.
func withTopic(ix *index, evs []litopys.Event) []litopys.Event {
	for i, e := range evs {
		if len(e.Participants) != 0 || e.Time < 0 || e.Evidence.Start < ix.headEnd {
			continue
		}
		if ix.titleTopic != nil {
			ix.topic, ix.titleTopic = ix.titleTopic(), nil
		}
		if len(ix.topic) == 0 {
			return evs
		}
		evs[i].Participants = slices.Clone(ix.topic)
	}
	return evs
}

// actorsOf returns the agents and patients of events, once each.
func actorsOf(evs []litopys.Event) []litopys.Participant {
	var out []litopys.Participant
	for _, e := range evs {
		for _, p := range e.Participants {
			if (p.Role == litopys.RoleAgent || p.Role == litopys.RolePatient) &&
				!slices.ContainsFunc(out, func(q litopys.Participant) bool { return q.Entity == p.Entity }) {
				out = append(out, p)
			}
		}
	}
	return out
}

// mergeParticipants adds the participants of b that a lacks.
func mergeParticipants(a, b []litopys.Participant) []litopys.Participant {
	for _, p := range b {
		if !slices.ContainsFunc(a, func(q litopys.Participant) bool { return q.Entity == p.Entity }) {
			a = append(a, p)
		}
	}
	return a
}

// dedupe drops a dated event that repeats an earlier one of the article
// (see sameHappening). Only the kept events of its type and date that can
// be the same happening are compared — one that names nobody, or one that
// shares an agent or a patient with it — so that an article repeated
// many times is not read in quadratic time.
func dedupe(ix *index, evs []litopys.Event) []litopys.Event {
	type kept struct {
		any, bare bool             // an event is kept; one that names nobody
		byActor   map[string][]int // agent or patient → indexes into out
	}
	seen := map[happening]*kept{}
	out := evs[:0]
	for _, e := range evs {
		if e.Date.IsZero() {
			out = append(out, e)
			continue
		}
		h := happening{e.Type, e.Date, e.Granularity}
		k := seen[h]
		if k == nil {
			k = &kept{byActor: map[string][]int{}}
			seen[h] = k
		}
		dup := k.any && (len(e.Participants) == 0 || k.bare)
		actors := actorIDs(e)
		for _, id := range actors {
			if dup {
				break
			}
			dup = slices.ContainsFunc(k.byActor[id], func(j int) bool {
				ix.steps++
				return sameHappening(out[j], e)
			})
		}
		if dup {
			continue
		}
		k.any = true
		k.bare = k.bare || len(e.Participants) == 0
		for _, id := range actors {
			k.byActor[id] = append(k.byActor[id], len(out))
		}
		out = append(out, e)
	}
	return out
}

// actorIDs returns the entities that are agents or patients of e, once each.
func actorIDs(e litopys.Event) []string {
	var out []string
	for _, p := range e.Participants {
		if (p.Role == litopys.RoleAgent || p.Role == litopys.RolePatient) && !slices.Contains(out, p.Entity) {
			out = append(out, p.Entity)
		}
	}
	return out
}

// sameHappening reports whether two events of one type and date can be
// one: they share an agent or a patient (or one names nobody), and their
// places, when both give one, meet.
func sameHappening(a, b litopys.Event) bool {
	if len(a.Participants) == 0 || len(b.Participants) == 0 {
		return true
	}
	share := func(roles ...string) (both, shared bool) {
		var ha, hb bool
		for _, p := range a.Participants {
			if !slices.Contains(roles, p.Role) {
				continue
			}
			ha = true
			for _, q := range b.Participants {
				if p.Entity == q.Entity && slices.Contains(roles, q.Role) {
					shared = true
				}
			}
		}
		for _, q := range b.Participants {
			hb = hb || slices.Contains(roles, q.Role)
		}
		return ha && hb, shared
	}
	if both, shared := share(litopys.RolePlace); both && !shared {
		return false
	}
	_, shared := share(litopys.RoleAgent, litopys.RolePatient)
	return shared
}

func lemma(t litopys.Token) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	return lowerWord(t.Text)
}

// frame builds the event of a predicate at one date (ti, -1: none).
func (s *sentence) frame(preps []string, tr trigger, ti int) litopys.Event {
	doc := s.doc
	sp := doc.Sentences[s.idx]
	e := litopys.Event{
		Type:        tr.typ,
		Trigger:     tr.lemma,
		TriggerSpan: litopys.Span{Start: doc.Tokens[tr.tok].Start, End: doc.Tokens[tr.end-1].End},
		Time:        ti,
		Evidence:    litopys.Span{Start: sp.Start, End: sp.End},
		Text:        doc.Text[sp.Start:sp.End],
		Attribution: -1,
	}
	if ti >= 0 {
		e.Date, e.Granularity, e.Mod = dateOf(doc.Times[ti])
	}
	e.Participants = s.participants(preps, tr)
	if tr.typ == "report" && !s.mediumAmong(e.Participants) {
		e.Type = "statement"
	} else if tr.typ == "report" {
		// What a medium reports is about the names of its report.
		e.Participants = mergeParticipants(e.Participants, s.reported(tr))
	}
	s.attribute(&e)
	return e
}

// dateOf is the date an event takes from a time expression: the start of
// an interval at its own precision, the month of a week (by its
// Thursday, as ISO weeks are numbered).
func dateOf(t litopys.TimeExpr) (date litopys.Timex, gran, mod string) {
	date, gran, mod = t.Value, t.Granularity, t.Mod
	switch {
	case t.Date.IsZero():
	case gran == "week":
		th := t.Date.Time().AddDate(0, 0, 3)
		return litopys.TimexOf(litopys.Date{Year: th.Year(), Month: th.Month(), Precision: litopys.PrecisionMonth}), string(litopys.PrecisionMonth), mod
	default:
		date = litopys.TimexOf(t.Date)
		if gran == "interval" || gran == "" {
			gran = string(t.Date.Precision)
		}
	}
	return date, gran, mod
}

func (s *sentence) mediumAmong(ps []litopys.Participant) bool {
	for _, p := range ps {
		if p.Role == litopys.RoleAgent && s.ix.isOrg(p.Entity) {
			return true
		}
	}
	return false
}

// attribute gives the event the source of the attribution that covers it,
// preferring one in its own sentence.
func (s *sentence) attribute(e *litopys.Event) {
	doc := s.doc
	best := -1
	for _, i := range s.attrsAround(e.Evidence) {
		s.ix.steps++
		a := doc.Attributions[i]
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

// headline reports whether the first sentence of doc is its title (the
// title and a blank line open the text).
func headline(doc *litopys.Document) bool {
	return doc.Title != "" && len(doc.Sentences) > 1 && strings.HasPrefix(doc.Text, doc.Title) &&
		doc.Sentences[0].End <= len(doc.Title)+1 && strings.HasPrefix(doc.Text[len(doc.Title):], "\n")
}

// named returns the entities the sentence names, once each, as others: its
// named mentions (a demonym as its place) and the places of its relational
// adjectives ("Грузинская оппозиция": Georgia).
func (s *sentence) named() []litopys.Participant {
	var out []litopys.Participant
	seen := map[string]bool{}
	add := func(id, text string, start, end int) {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, litopys.Participant{Entity: id, Role: litopys.RoleOther, Text: text, Start: start, End: end})
		}
	}
	sp := s.doc.Sentences[s.idx]
	for _, m := range s.doc.Mentions { // once per document
		if m.Start < sp.Start || m.Start >= sp.End {
			continue
		}
		id := m.Entity
		if pl, ok := s.placeOfDemonym(m); ok {
			id = pl
		}
		add(id, m.Text, m.Start, m.End)
	}
	for i := s.a; i < s.b; i++ {
		if !s.isWord(i) || !s.isWord(i+1) || s.posAt(i+1) != morph.PosNoun {
			continue
		}
		if m, ok := s.placeOfAdj(i); ok {
			t := s.doc.Tokens[i]
			add(m.Entity, t.Text, t.Start, t.End)
		}
	}
	return out
}

// titleNamed returns the entities of the document a title given apart
// from its text names: mentions whose form is a word of the title, or
// whose one-word base form is a title word's lemma ("Поможет ли Греции"),
// and places whose relational adjective is a title word ("Грузинская
// оппозиция").
func titleNamed(ix *index, an *morph.Analyzer, title string) []litopys.Participant {
	if title == "" || an == nil {
		return nil
	}
	doc := ix.doc
	words := strings.FieldsFunc(textcase.Lower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
	text := " " + strings.Join(words, " ") + " "
	lemmas := map[string]bool{}
	var stems []string
	for _, w := range words {
		l, _ := an.Lemma(w, doc.Lang)
		lemmas[l] = true
		if st := adjStem(l); st != "" {
			stems = append(stems, st)
		}
	}
	var out []litopys.Participant
	seen := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.Entity == "" || seen[m.Entity] {
			continue
		}
		form := " " + strings.Join(strings.FieldsFunc(textcase.Lower(m.Text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
		}), " ") + " "
		base := lowerWord(m.Base)
		ok := form != "  " && strings.Contains(text, form) || !strings.Contains(base, " ") && len([]rune(base)) > 2 && lemmas[base]
		if !ok && m.Type == litopys.LOC {
			if n := nameStem(m.Base); n != "" {
				for _, st := range stems {
					ok = ok || stemsMatch(st, n)
				}
			}
		}
		if ok {
			seen[m.Entity] = true
			out = append(out, litopys.Participant{Entity: m.Entity, Role: litopys.RoleOther, Text: m.Text})
		}
	}
	return out
}
