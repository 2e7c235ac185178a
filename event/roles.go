package event

import (
	"slices"
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
