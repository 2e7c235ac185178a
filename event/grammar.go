package event

import (
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
	"github.com/litopys/litopys/morph"
)

// coordinatedWith reports whether the text between two mentions only
// coordinates them (" і ", ", ", " and ").
func coordinatedWith(between string) bool {
	w := textcase.Lower(strings.Trim(between, " ,"))
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
	for i := s.ix.mentionsBefore(start) - 1; i >= 0; i-- {
		s.ix.steps++
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
		if s.posAt(i) == morph.PosNoun && !placePreps[s.word(i)] && !otherPreps[s.word(i)] {
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
	if capitalised(w) || placePreps[s.word(k-1)] || otherPreps[s.word(k-1)] || s.inTime(k-1) {
		return false, "" // "8 ноября Турция": a date is no noun phrase to qualify
	}
	if s.posAt(k-1) != morph.PosNoun {
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
	if capitalised(w) || placePreps[w] || otherPreps[w] || s.an == nil || s.inTime(k-1) {
		return false
	}
	return s.posAt(k-1) == morph.PosNoun && prepBefore(s.doc, s.doc.Tokens[k-1].Start) == "" && s.clauseStartNear(k-1)
}

// clauseStartNear reports whether token i opens its clause, or only
// adjectives, time words and punctuation come before it in the clause.
func (s *sentence) clauseStartNear(i int) bool {
	c := s.clause[i-s.a]
	for j := i - 1; j >= s.a && s.clause[j-s.a] == c; j-- {
		if !s.isWord(j) || s.inTime(j) || placePreps[s.word(j)] {
			continue
		}
		if s.posAt(j) == morph.PosAdj {
			continue
		}
		return false
	}
	return true
}

// inTime reports whether token i lies in a time expression.
func (s *sentence) inTime(i int) bool {
	t := s.doc.Tokens[i]
	for _, k := range s.timesAround(litopys.Span{Start: t.Start, End: t.End}) {
		s.ix.steps++
		if x := s.doc.Times[k]; t.Start >= x.Start && t.End <= x.End {
			return true
		}
	}
	return false
}

// isSource reports whether m names the source of an attribution of the
// sentence.
func (s *sentence) isSource(m litopys.Mention) bool {
	sp := s.doc.Sentences[s.idx]
	for _, k := range s.ix.attrsOf(s.idx) {
		s.ix.steps++
		a := s.doc.Attributions[k]
		if a.Source == m.Entity && a.Evidence.Start >= sp.Start && a.Evidence.End <= sp.End {
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
		if start < 0 || c == clause && !coordinators[s.opener[c]] {
			// ", а … избирался", "и осудил": the clause is coordinated;
			// the clauses before it that name no subject ("…, через
			// полгода - переизбран, а …") are passed over to the one
			// that does.
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
	w := lowerWord(t[start:end])
	if placePreps[w] || otherPreps[w] {
		return w
	}
	return ""
}

// nounSubject reports whether a common noun in the nominative (its form is
// its base form, no preposition before it) stands before tr in its clause:
// the clause has a subject of its own that is no name ("…, а его брат
// уехал"), and shares none.
func (s *sentence) nounSubject(tr trigger) bool {
	for i := s.a; i < tr.tok; i++ {
		if s.clause[i-s.a] != tr.clause || !s.isWord(i) || s.inTime(i) || capitalised(s.doc.Tokens[i].Text) {
			continue
		}
		if s.posAt(i) == morph.PosNoun && s.lower[i-s.a] == lemma(s.doc.Tokens[i]) && prepBefore(s.doc, s.doc.Tokens[i].Start) == "" {
			return true
		}
	}
	return false
}
