package event

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
)

// analyzer is the morphological analyser the clause splitter asks for
// parts of speech (nil when the tables cannot load: clauses then split on
// punctuation and subordinators only).
var analyzer = sync.OnceValue(func() *morph.Analyzer {
	a, err := morph.Load()
	if err != nil {
		return nil
	}
	return a
})

// placePreps introduce the place of an event ("в Сеуле", "до КНДР", "на
// космодромі").
var placePreps = map[string]bool{"в": true, "во": true, "у": true, "на": true, "до": true, "к": true, "из": true, "з": true, "із": true, "in": true, "to": true, "at": true}

// otherPreps are prepositions that make a mention an adjunct of another kind.
var otherPreps = map[string]bool{"с": true, "со": true, "with": true, "против": true, "проти": true, "against": true, "от": true, "від": true,
	"для": true, "о": true, "об": true, "про": true, "по": true, "между": true, "між": true, "при": true, "за": true, "перед": true}

// patientPreps after a predicate name whom it is done with or to: "с
// советником", "проти РФ", "удар по Ірану".
var patientPreps = map[string]bool{"с": true, "со": true, "з": true, "із": true, "with": true, "против": true, "проти": true, "against": true, "по": true}

// generic are words a tagger may take for names that name nobody in
// particular ("СМИ", "ЗМІ").
var generic = map[string]bool{"сми": true, "змі": true, "нпо": true, "нко": true, "media": true}

// participants are the named entities of the predicate's clause with their
// roles, read from case, word order, voice and prepositions:
//   - a place after a place preposition is the place;
//   - active voice: the nominative nearest before the predicate is its
//     agent (or, with none before, the first one after: "заявил глава
//     МВД"); the oblique (accusative, dative, instrumental) mentions after
//     it and those after "с", "против", "по" are patients; for an event noun
//     the oblique right after it is its agent ("визит Путина");
//   - passive voice ("был убит", "були завдані"): the nominative is the
//     patient, an instrumental the agent;
//   - a clause joined by "и"/"і" without a subject of its own shares the
//     agent of the clause before ("Блинкен встретился с X и осудил Y");
//   - the source of an attribution ("по данным X", "сообщает X") is not a
//     participant of what it reports, nor is a country or body that only
//     qualifies a person's title ("министр обороны США Ллойд Остин").
//
// Mentions governed by other prepositions take part without a role.
func (s *sentence) participants(preps []string, tr trigger) []litopys.Participant {
	doc := s.doc
	trStart := doc.Tokens[tr.tok].Start
	passive := tr.kind == kindPassive || tr.kind != kindNoun && s.impersonalAround(tr)
	ms := s.owned(tr)
	var out []litopys.Participant
	seen := map[string]int{}
	agent, agentAfter, headed := -1, -1, -1
	for _, i := range ms {
		m := doc.Mentions[i]
		if s.excluded(i, tr) {
			continue
		}
		role := litopys.RoleOther
		prep := preps[i]
		c := s.caseAt(i)
		after := m.Start >= trStart
		noun, nounPrep := s.nounBefore(m, tr)
		if noun && m.Type == litopys.PER && prep == "" && c != caseNom {
			// "с советником Чо Тэ Йонгом": the title's preposition; a
			// nominative cannot stand beside a noun a preposition
			// governs ("в четверг Блинкен").
			prep = nounPrep
		}
		switch {
		case reporting(tr) && s.isSource(m):
			role = litopys.RoleAgent // "у The New York Times повідомили"
		case prep != "" && m.Type == litopys.LOC && placePreps[prep]:
			role = litopys.RolePlace
		case prep != "" && after && patientPreps[prep]:
			role = litopys.RolePatient
		case prep != "":
		case passive && c == caseNom:
			role = litopys.RolePatient
		case passive && c == caseIns:
			role = litopys.RoleAgent
		case c == caseNom && !after:
			agent = i // the last one before the predicate is the nearest
		case c == caseNom && after && (tr.kind != kindNoun || !capitalised(s.doc.Tokens[tr.tok].Text) && agentAfter < 0):
			// after a verb ("заявил глава МВД"), or the subject of the
			// clause an event noun opens ("Перед переговорами … Блинкен
			// совершил визит")
			if agentAfter < 0 {
				agentAfter = i
			} else {
				role = litopys.RolePatient
			}
		case !after && c == caseObl && headed < 0 && s.afterHead(m):
			headed = i // "власти Абхазии заявили": the body behind its organ
		case noun && m.Type != litopys.PER && after && nounPrep == "" && !passive && tr.kind != kindNoun && s.nounsBetween(tr, m) == 1:
			// "осудили действия Москвы": the owner of the object is what
			// the act is aimed at.
			role = litopys.RolePatient
		case noun && m.Type != litopys.PER:
			// "щита Москвы", "освобождения Таллина": the genitive of
			// another noun, not an argument of the predicate.
		case !after && c == caseObl && s.clauseStartNear(s.tokenAt(m.Start)):
			role = litopys.RolePatient // a fronted object: "Москву осудили США"
		case passive:
		case after && tr.kind == kindNoun && !s.wordsBetween(doc.Tokens[tr.end-1].End, m.Start):
			role = litopys.RoleAgent // "визит Путина"
		case after && (s.nounsBetween(tr, m) == 0 || s.coordinatedPatient(out, m)):
			role = litopys.RolePatient // the first noun phrase after the predicate
		}
		if k, ok := seen[m.Entity]; ok {
			if out[k].Role == litopys.RoleOther && role != litopys.RoleOther {
				out[k].Role = role
			}
			continue
		}
		seen[m.Entity] = len(out)
		out = append(out, litopys.Participant{Entity: m.Entity, Role: role, Text: m.Text, Start: m.Start, End: m.End})
	}
	if agent < 0 && headed >= 0 && !passive {
		agent = headed
	}
	if agent < 0 && agentAfter < 0 && !hasRole(out, litopys.RoleAgent) {
		// "він провів", "вона померла": the person last named before.
		if p, ok := s.pronounReferent(tr); ok && !slices.ContainsFunc(out, func(q litopys.Participant) bool { return q.Entity == p.Entity }) {
			if passive {
				p.Role = litopys.RolePatient
			}
			out = append([]litopys.Participant{p}, out...)
			return out
		}
	}
	if agent < 0 {
		agent = agentAfter
	} else if agentAfter >= 0 {
		// With a subject before it, a nominative-looking name after the
		// predicate is an object that does not inflect ("проти РФ", "США").
		if k, ok := seen[doc.Mentions[agentAfter].Entity]; ok && out[k].Role == litopys.RoleOther {
			out[k].Role = litopys.RolePatient
		}
	}
	if agent >= 0 {
		out[seen[doc.Mentions[agent].Entity]].Role = litopys.RoleAgent
		// "Кім Чен Ин і Путін провели": coordinated subjects are agents too.
		for k := agent - 1; k >= 0; k-- {
			m, n := doc.Mentions[k], doc.Mentions[k+1]
			j, ok := seen[m.Entity]
			if !ok || !coordinatedWith(doc.Text[m.End:n.Start]) || s.caseAt(k) != caseNom {
				break
			}
			out[j].Role = litopys.RoleAgent
		}
	} else if !passive && !hasRole(out, litopys.RoleAgent) {
		if a := s.sharedAgent(preps, tr.clause); a >= 0 {
			m := doc.Mentions[a]
			if k, ok := seen[m.Entity]; ok {
				out[k].Role = litopys.RoleAgent
			} else {
				out = append([]litopys.Participant{{Entity: m.Entity, Role: litopys.RoleAgent, Text: m.Text, Start: m.Start, End: m.End}}, out...)
			}
		}
	}
	return out
}

// coordinatedWith reports whether the text between two mentions only
// coordinates them (" і ", ", ", " and ").
func coordinatedWith(between string) bool {
	w := strings.ToLower(strings.Trim(between, " ,"))
	return w == "" && strings.Contains(between, ",") || coordinators[w] && w != "а" && w != "но" && w != "але"
}

// personal are the subject pronouns of one person.
var personal = map[string]bool{"он": true, "она": true, "він": true, "вона": true, "he": true, "she": true}

// pronounReferent resolves a personal pronoun that is the subject of tr's
// clause (before the predicate) to the person last named as a subject
// (in the nominative, without a preposition) in the two sentences before,
// as the agent: "Блинкен встретился с Чо Тэ Йонгом. Также он встретился …"
// is Blinken again.
func (s *sentence) pronounReferent(tr trigger) (litopys.Participant, bool) {
	pron := false
	for i := s.a; i < tr.tok; i++ {
		if s.clause[i-s.a] == tr.clause && personal[s.word(i)] {
			pron = true
		}
	}
	if !pron || s.idx == 0 {
		return litopys.Participant{}, false
	}
	from := s.doc.Sentences[max(0, s.idx-2)].Start
	start := s.doc.Sentences[s.idx].Start
	for i := len(s.doc.Mentions) - 1; i >= 0; i-- {
		m := s.doc.Mentions[i]
		if m.Start >= start {
			continue
		}
		if m.Start < from {
			break
		}
		if m.Type == litopys.PER && m.Entity != "" && s.caseAt(i) == caseNom && prepBefore(s.doc, m.Start) == "" {
			return litopys.Participant{Entity: m.Entity, Role: litopys.RoleAgent, Text: m.Text, Start: m.Start, End: m.End}, true
		}
	}
	return litopys.Participant{}, false
}

// nested reports whether mention i lies inside another mention ("Ізраїлю"
// in "Армія оборони Ізраїлю"): the outer name is the participant.
func nested(ms []litopys.Mention, i int) bool {
	m := ms[i]
	for j := max(0, i-3); j < min(len(ms), i+4); j++ {
		if j != i && ms[j].Start <= m.Start && ms[j].End >= m.End && ms[j].End-ms[j].Start > m.End-m.Start {
			return true
		}
	}
	return false
}

// nounsBetween counts the nouns and names between the predicate tr and
// the mention m after it: the first noun phrase after a verb is its
// object, later ones belong to it ("окрашено в цвет щита Москвы").
func (s *sentence) nounsBetween(tr trigger, m litopys.Mention) int {
	n := 0
	for i := tr.end; i < s.b && s.doc.Tokens[i].Start < m.Start; i++ {
		if !s.isWord(i) || s.an == nil {
			continue
		}
		t := s.doc.Tokens[i]
		if capitalised(t.Text) {
			n++
			continue
		}
		if as := s.an.Analyses(t.Text, s.lang); len(as) > 0 && as[0].POS == morph.PosNoun && !placePreps[s.word(i)] && !otherPreps[s.word(i)] {
			n++
		}
	}
	return n
}

// coordinatedPatient reports whether m is joined by "и" or a comma to the
// patient named right before it ("осудили Москву и Минск").
func (s *sentence) coordinatedPatient(out []litopys.Participant, m litopys.Mention) bool {
	for k := len(out) - 1; k >= 0; k-- {
		p := out[k]
		if p.End <= m.Start {
			return p.Role == litopys.RolePatient && coordinatedWith(s.doc.Text[p.End:m.Start])
		}
	}
	return false
}

// nounBefore reports whether a common noun other than the trigger stands
// right before m ("щита Москвы", "советником Чо Тэ Йонгом"), and the
// preposition before that noun.
func (s *sentence) nounBefore(m litopys.Mention, tr trigger) (bool, string) {
	k := s.tokenAt(m.Start)
	if k <= s.a || !s.isWord(k-1) || k-1 >= tr.tok && k-1 < tr.end || s.an == nil {
		return false, ""
	}
	w := s.doc.Tokens[k-1].Text
	if capitalised(w) || placePreps[s.word(k-1)] || otherPreps[s.word(k-1)] {
		return false, ""
	}
	as := s.an.Analyses(w, s.lang)
	if len(as) == 0 || as[0].POS != morph.PosNoun {
		return false, ""
	}
	return true, prepBefore(s.doc, s.doc.Tokens[k-1].Start)
}

// afterHead reports whether m follows, with nothing between, a lower-case
// noun that opens its clause or follows a date ("власти Абхазии",
// "правительство Турции"): m is the genitive of the subject's head.
func (s *sentence) afterHead(m litopys.Mention) bool {
	k := s.tokenAt(m.Start)
	if k <= s.a || !s.isWord(k-1) {
		return false
	}
	w := s.doc.Tokens[k-1].Text
	if w != strings.ToLower(w) || placePreps[w] || otherPreps[w] || s.an == nil {
		return false
	}
	as := s.an.Analyses(w, s.lang)
	return len(as) > 0 && as[0].POS == morph.PosNoun && s.clauseStartNear(k-1)
}

// clauseStartNear reports whether token i opens its clause, or only
// adjectives, time words and punctuation come before it in the clause.
func (s *sentence) clauseStartNear(i int) bool {
	c := s.clause[i-s.a]
	for j := i - 1; j >= s.a && s.clause[j-s.a] == c; j-- {
		if !s.isWord(j) || s.inTime(j) || placePreps[s.word(j)] {
			continue
		}
		if as := s.an.Analyses(s.doc.Tokens[j].Text, s.lang); len(as) > 0 && as[0].POS == morph.PosAdj {
			continue
		}
		return false
	}
	return true
}

// inTime reports whether token i lies in a time expression.
func (s *sentence) inTime(i int) bool {
	t := s.doc.Tokens[i]
	for _, x := range s.doc.Times {
		if t.Start >= x.Start && t.End <= x.End {
			return true
		}
	}
	return false
}

// isSource reports whether m names the source of an attribution of the
// sentence.
func (s *sentence) isSource(m litopys.Mention) bool {
	sp := s.doc.Sentences[s.idx]
	for _, a := range s.doc.Attributions {
		if a.Source == m.Entity && a.Evidence.Start >= sp.Start && a.Evidence.End <= sp.End {
			return true
		}
	}
	return false
}

// reporting reports whether tr names an act of saying or reporting, whose
// agent the attribution's source is.
func reporting(tr trigger) bool { return tr.typ == "statement" || tr.typ == "report" }

func hasRole(ps []litopys.Participant, role string) bool {
	for _, p := range ps {
		if p.Role == role {
			return true
		}
	}
	return false
}

// owned returns the mentions whose predicate tr is: those of its clause,
// and those of clauses without a predicate of their own that lie nearer to
// tr than to any other predicate — except what a reporting verb reports
// ("заявил, что …": the complement's names are not the speaker's
// co-participants).
func (s *sentence) owned(tr trigger) []int {
	claimed := map[int]bool{}
	for _, p := range s.preds {
		claimed[p.clause] = true
	}
	reported := len(s.opener) // the first clause of what tr reports
	if reporting(tr) {
		for c := tr.clause + 1; c < len(s.opener); c++ {
			if complementizers[s.opener[c]] {
				reported = c
				break
			}
		}
	}
	var out []int
	for c := 0; c < len(s.opener); c++ {
		if c != tr.clause && (claimed[c] || c >= reported || s.ownVerb(c)) {
			continue
		}
		for _, i := range s.clauseMentions(c) {
			if c == tr.clause || s.nearestPred(s.doc.Mentions[i].Start) == tr.tok {
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// ownVerb reports whether clause c is a clause of its own, with a verb
// and opened by a subordinating or coordinating word ("…, где к нему
// присоединится министр"): what it names is its own business.
func (s *sentence) ownVerb(c int) bool {
	for i := s.a; i < s.b; i++ {
		if s.clause[i-s.a] == c && s.isWord(i) && s.isVerb(i) {
			return true
		}
	}
	return false
}

// nearestPred returns the token of the predicate nearest to offset off.
func (s *sentence) nearestPred(off int) int {
	best, dist := -1, 1<<30
	for _, p := range s.preds {
		d := s.doc.Tokens[p.tok].Start - off
		if d < 0 {
			d = off - s.doc.Tokens[p.end-1].End
		}
		if d < dist {
			best, dist = p.tok, d
		}
	}
	return best
}

// clauseMentions returns the indexes of the named mentions in a clause of
// the sentence, in text order.
func (s *sentence) clauseMentions(clause int) []int {
	if s.byClause == nil {
		doc := s.doc
		sp := doc.Sentences[s.idx]
		s.byClause = make([][]int, len(s.opener)+1)
		first := sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].Start >= sp.Start })
		for i := first; i < len(doc.Mentions) && doc.Mentions[i].Start < sp.End; i++ {
			m := doc.Mentions[i]
			if m.End > sp.End || m.Entity == "" || generic[strings.ToLower(m.Text)] || nested(doc.Mentions, i) {
				continue
			}
			if k := s.tokenAt(m.Start); k >= 0 {
				c := s.clause[k-s.a]
				s.byClause[c] = append(s.byClause[c], i)
			}
		}
	}
	if clause < 0 || clause >= len(s.byClause) {
		return nil
	}
	return s.byClause[clause]
}

// caseAt is caseOf of mention i, computed once per document.
func (s *sentence) caseAt(i int) gramCase {
	if s.cases[i] == 0 {
		s.cases[i] = caseOf(s.doc.Mentions[i], s.lang) + 1
	}
	return s.cases[i] - 1
}

// excluded reports whether mention i cannot take part in the event of tr:
// it names the source of an attribution whose cue is not tr, a source
// cited ("со ссылкой на X"), or, for an act of speech, it only qualifies
// the title of the speaker named right after it ("міністр оборони США
// Ллойд Остін заявив": the speaker is the person; when the minister
// travels or signs, the country acts through him and stays).
func (s *sentence) excluded(i int, tr trigger) bool {
	doc := s.doc
	m := doc.Mentions[i]
	trSpan := litopys.Span{Start: doc.Tokens[tr.tok].Start, End: doc.Tokens[tr.end-1].End}
	for _, a := range doc.Attributions {
		if m.Start >= a.Evidence.Start && m.End <= a.Evidence.End && (trSpan.End <= a.Evidence.Start || trSpan.Start >= a.Evidence.End) &&
			!(reporting(tr) && a.Source == m.Entity) {
			return true
		}
	}
	if before := strings.ToLower(doc.Text[max(0, m.Start-40):m.Start]); strings.Contains(before, "посиланням на") || strings.Contains(before, "ссылкой на") {
		return true
	}
	if m.Type != litopys.PER && i+1 < len(doc.Mentions) && prepBefore(doc, m.Start) == "" {
		n := doc.Mentions[i+1]
		if n.Type == litopys.PER && n.Start > m.End && !s.wordsBetween(m.End, n.Start) && strings.TrimSpace(doc.Text[m.End:n.Start]) == "" {
			return true
		}
	}
	return false
}

// sharedAgent returns the agent of the clause a coordinated clause
// continues ("… встретился с X и осудил Y": the agent of "встретился"),
// or -1.
func (s *sentence) sharedAgent(preps []string, clause int) int {
	for c := clause; c > 0; c-- {
		start := -1
		for i := s.a; i < s.b; i++ {
			if s.clause[i-s.a] == c {
				start = i
				break
			}
		}
		if start < 0 || !coordinators[s.word(start)] {
			return -1
		}
		agent := -1
		for _, i := range s.clauseMentions(c - 1) {
			if preps[i] == "" && s.caseAt(i) == caseNom {
				agent = i
			}
		}
		if agent >= 0 {
			return agent
		}
	}
	return -1
}

// impersonalAround reports a passive or impersonal construction around a
// verb trigger: an auxiliary "был"/"були" before it or a Ukrainian form in
// -но/-то ("було збито").
func (s *sentence) impersonalAround(tr trigger) bool {
	w := s.word(tr.tok)
	if s.lang == "uk" && (strings.HasSuffix(w, "но") || strings.HasSuffix(w, "то")) && !s.isVerb(tr.tok) {
		return true
	}
	return false
}

// prepBefore returns the lower-cased preposition right before offset, or "".
func prepBefore(doc *litopys.Document, off int) string {
	t := strings.TrimRight(doc.Text[:off], " \"(«„“")
	end := len(t)
	start := end
	for start > 0 && t[start-1] != ' ' && t[start-1] != '\n' && end-start < 16 {
		start--
	}
	if end-start >= 16 || start == end {
		return "" // prepositions are short
	}
	w := strings.ToLower(t[start:end])
	if placePreps[w] || otherPreps[w] {
		return w
	}
	return ""
}
