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

// comitative prepositions take the instrumental when they mean "with"
// ("с советником", "з радником").
var comitative = map[string]bool{"с": true, "со": true, "з": true, "із": true, "зі": true}

// adjunctPreps introduce what a phrase is about or what it is attached to
// ("при МВД", "о Путине", "про санкції"): a name after them is no
// participant. "для" is: it names whom the act serves ("розробку для
// КНДР"); so may "от"/"від", "за" and "перед" ("боеприпасы от КНДР", "за
// участі США"), which are left alone.
var adjunctPreps = map[string]bool{"при": true, "о": true, "об": true, "про": true}

// patientPreps after a predicate name whom it is done with or to: "с
// советником", "проти РФ", "удар по Ірану".
var patientPreps = map[string]bool{"с": true, "со": true, "з": true, "із": true, "with": true, "против": true, "проти": true, "against": true, "по": true}

// participants are the named entities a predicate owns (see owned) with
// their roles, read from case, word order, voice and prepositions:
//   - a place after a place preposition is the place; after "с", "против",
//     "по" a name is a patient; after other prepositions it has no role;
//   - a name right after a common noun qualifies it ("щита Москвы", "на
//     территории ЦАР") and has no role, unless that noun is the subject
//     ("власти Абхазии заявили": agent) or the object ("осудили действия
//     Москвы": patient);
//   - active voice: the nominative nearest before the predicate is its
//     agent, names coordinated with it too ("Кім Чен Ин і Путін"); with
//     none before, the nominatives after it are its inverted subjects
//     ("заявил глава МВД"), with one they are objects that do not inflect
//     ("проти РФ"); the first oblique noun phrase after it is its patient,
//     a fronted oblique one before it too ("Москву осудили США"); for an
//     event noun the oblique right after it is its agent ("визит Путина");
//   - passive voice ("был убит", "було збито"): the nominative is the
//     patient, an instrumental the agent;
//   - a clause joined by "и"/"і" without a subject of its own shares the
//     agent of the clause before ("Блинкен встретился с X и осудил Y"), a
//     subject pronoun is the person last named as a subject;
//   - a bare title is the one person the article gave it ("для нардепа",
//     after "нардепу Андрію Одарченку"; see bareTitle); a dated event that
//     names nobody takes the headline's names (withTopic, after dedupe);
//   - the source of an attribution ("по данным X", "сообщает X") is not a
//     participant of what it reports, nor is a source cited or a country or
//     body that only qualifies a person's title ("министр обороны США Ллойд
//     Остин").
func (s *sentence) participants(preps []string, tr trigger) []litopys.Participant {
	doc := s.doc
	trStart := doc.Tokens[tr.tok].Start
	passive := tr.kind == kindPassive || tr.kind != kindNoun && s.impersonalAround(tr)
	ms := s.owned(tr)
	var out []litopys.Participant
	seen := map[string]int{}
	agent, agentAfter, headed := -1, -1, -1
	var nomAfter []int // further nominatives after the predicate
	for _, i := range ms {
		m := doc.Mentions[i]
		prep := preps[i]
		if s.excluded(i, tr) || adjunctPreps[prep] {
			continue
		}
		role := litopys.RoleOther
		c := s.caseAt(i)
		after := m.Start >= trStart
		noun, nounPrep := s.nounBefore(m, tr)
		if noun && m.Type == litopys.PER && prep == "" && c != caseNom && (c == caseIns) == comitative[nounPrep] {
			// "с советником Чо Тэ Йонгом": the title's preposition; a
			// nominative cannot stand beside a noun a preposition
			// governs ("в четверг Блинкен"), and a name in apposition
			// agrees with its title in case: after "з" + genitive
			// ("ексголову Держагентства з відновлення Мустафу Найєма")
			// the name is no apposition of the noun the "з" governs.
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
		case !after && c != caseIns && (m.Type != litopys.PER || c == caseObl) && headed < 0 && s.afterHead(m):
			headed = i // "власти Абхазии заявили": the body behind its organ
		case noun && m.Type != litopys.PER && after && nounPrep == "" && !passive && tr.kind != kindNoun && s.nounsBetween(tr, m) == 1:
			// "осудили действия Москвы": the owner of the object is what
			// the act is aimed at.
			role = litopys.RolePatient
		case noun && m.Type != litopys.PER:
			// "щита Москвы", "на территории ЦАР": a name right after a
			// common noun qualifies it (genitive or apposition), whatever
			// case it seems to be in; it is not an argument.
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
				nomAfter = append(nomAfter, i)
			}
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
		id := m.Entity
		if who := s.described(i); who != "" {
			id = who // "лідер Північної Кореї": the person the article named so
		} else if pl, ok := s.placeOfDemonym(m); ok {
			id = pl // "росіяни провели": Russia, as "Росія провела" would be
		}
		out = append(out, litopys.Participant{Entity: id, Role: role, Text: m.Text, Start: m.Start, End: m.End})
	}
	if agent < 0 && headed >= 0 && !passive {
		agent = headed
	}
	if agent < 0 && agentAfter < 0 && headed < 0 && !hasRole(out, litopys.RoleAgent) && tr.kind != kindNoun {
		// "Турецкая полиция арестовала": the place of a relational
		// adjective in the subject.
		p, ok := s.describedSubject(tr)
		if !ok {
			p, ok = s.subjectAdj(tr)
		}
		if ok {
			if _, dup := seen[p.Entity]; !dup {
				if passive {
					p.Role = litopys.RolePatient
				}
				seen[p.Entity] = len(out)
				out = append(out, p)
			}
		}
	}
	if p, ok := s.bareTitle(tr.clause); ok && !slices.ContainsFunc(out, func(q litopys.Participant) bool { return q.Entity == p.Entity }) {
		// "обрав для нардепа запобіжний захід": the person the article
		// gave that title.
		if p.Start < trStart && agent < 0 && agentAfter < 0 && !hasRole(out, litopys.RoleAgent) {
			p.Role = litopys.RoleAgent
			if passive {
				p.Role = litopys.RolePatient
			}
		}
		seen[p.Entity] = len(out)
		out = append(out, p)
	}
	if p, ok := s.namedEvent(tr); ok {
		if _, dup := seen[p.Entity]; !dup {
			seen[p.Entity] = len(out)
			out = append(out, p)
		}
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
	// Nominatives after the predicate: with a subject before it they are
	// objects that do not inflect ("проти РФ", "США"); without one, the
	// inverted subjects ("приняли участие поэт А, художник Б").
	after := litopys.RolePatient
	if agent < 0 {
		agent, after = agentAfter, litopys.RoleAgent
	} else if agentAfter >= 0 {
		nomAfter = append([]int{agentAfter}, nomAfter...)
	}
	for _, i := range nomAfter {
		if k, ok := seen[doc.Mentions[i].Entity]; ok && out[k].Role == litopys.RoleOther {
			out[k].Role = after
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
		if a := s.sharedAgent(preps, tr.clause); a >= 0 && !s.nounSubject(tr) {
			m := doc.Mentions[a]
			if k, ok := seen[m.Entity]; ok {
				out[k].Role = litopys.RoleAgent
			} else {
				out = append([]litopys.Participant{{Entity: m.Entity, Role: litopys.RoleAgent, Text: m.Text, Start: m.Start, End: m.End}}, out...)
			}
		} else if c := tr.clause; c > 0 && coordinators[s.opener[c]] {
			// "чешский президент прибыл … и встретился": the described
			// subject of the clause before.
			if p, ok := s.describedIn(c-1, s.b); ok && !slices.ContainsFunc(out, func(q litopys.Participant) bool { return q.Entity == p.Entity }) {
				out = append([]litopys.Participant{p}, out...)
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
