package event

import (
	"sort"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
	"github.com/litopys/litopys/morph"
)

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

// reported returns the subjects and objects of the clauses tr reports
// ("повідомили, що очільник … Кім Чен Ин планує … зустрітися з
// Володимиром Путіним"), as participants without a role.
func (s *sentence) reported(tr trigger) []litopys.Participant {
	var out []litopys.Participant
	started := false
	for c := tr.clause + 1; c < len(s.opener); c++ {
		started = started || complementizers[s.opener[c]]
		if !started {
			continue
		}
		for _, i := range s.clauseMentions(c) {
			m := s.doc.Mentions[i]
			if s.excluded(i, tr) || prepBefore(s.doc, m.Start) != "" && m.Type != litopys.PER {
				continue
			}
			out = append(out, litopys.Participant{Entity: m.Entity, Role: litopys.RoleOther, Text: m.Text, Start: m.Start, End: m.End})
		}
	}
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
			if m.End > sp.End || m.Entity == "" || generic[textcase.Lower(m.Text)] || nested(doc.Mentions, i) {
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
	for _, k := range s.attrsAround(litopys.Span{Start: m.Start, End: m.End}) {
		s.ix.steps++
		a := doc.Attributions[k]
		if m.Start >= a.Evidence.Start && m.End <= a.Evidence.End && (trSpan.End <= a.Evidence.Start || trSpan.Start >= a.Evidence.End) &&
			!(reporting(tr) && a.Source == m.Entity) {
			return true
		}
	}
	if citedSource(doc.Text[max(0, m.Start-100):m.Start]) {
		return true
	}
	if m.Type != litopys.PER && i > 0 && prepBefore(doc, m.Start) == "" && s.caseAt(i) != caseIns {
		// "Комиссия ЕС", "ОМОНа МВД", "Минобороны России": a name right
		// after the name of a body is its genitive, what the body
		// belongs to, not a participant of its own.
		p := doc.Mentions[i-1]
		if p.Type == litopys.ORG && p.Entity != m.Entity && p.End <= m.Start && strings.TrimSpace(doc.Text[p.End:m.Start]) == "" {
			return true
		}
	}
	if m.Type != litopys.PER && i+1 < len(doc.Mentions) && (prepBefore(doc, m.Start) == "" || s.titlePrep(m)) {
		n := doc.Mentions[i+1]
		if n.Type == litopys.PER && n.Start > m.End && !s.wordsBetween(m.End, n.Start) && strings.TrimSpace(doc.Text[m.End:n.Start]) == "" {
			return true
		}
		if n.Type == litopys.PER && n.Start > m.End && s.titleNounsBetween(m.End, n.Start) {
			// "командування "Північ" полковник Вадим Мисник", "УБОПа
			// подполковник милиции Марк Мецаев": the rest of the title
			// stands between.
			return true
		}
	}
	return false
}

// titlePrep reports whether m follows a preposition that follows a
// common noun ("спецпредставитель по Южному Кавказу", "посол в Україні"):
// before a person's name such a phrase is part of the title.
func (s *sentence) titlePrep(m litopys.Mention) bool {
	k := s.tokenAt(m.Start)
	if k < s.a+2 || !s.isWord(k-1) || !s.isWord(k-2) {
		return false
	}
	t := s.doc.Tokens[k-2]
	if capitalised(t.Text) || !titleWord(t) || s.posAt(k-2) != morph.PosNoun {
		return false
	}
	for _, tr := range s.trs {
		if tr.tok <= k-2 && k-2 < tr.end {
			return false // "После визита в Южную Корею Блинкен": the visit's place
		}
	}
	return true
}

// titleNounsBetween reports whether what lies between from and to are one
// to three lower-case nouns, with spaces and closing quotes only around
// them: the rest of a person's title before the name.
func (s *sentence) titleNounsBetween(from, to int) bool {
	n := 0
	for i := s.a; i < s.b; i++ {
		t := s.doc.Tokens[i]
		if t.Start < from || t.End > to {
			continue
		}
		if t.Kind != litopys.TokenWord {
			if strings.Trim(t.Text, "\"»”'") != "" || n > 0 {
				return false
			}
			continue
		}
		if capitalised(t.Text) || s.posAt(i) != morph.PosNoun || !titleWord(t) {
			return false
		}
		n++
	}
	return n > 0 && n <= 3
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

// generic are words a tagger may take for names that name nobody in
// particular ("СМИ", "ЗМІ").
var generic = map[string]bool{"сми": true, "змі": true, "нпо": true, "нко": true, "media": true}

// citedSource reports whether text, which ends right before a mention,
// ends in a citation ("з посиланням на чиновників", "со ссылкой на"),
// with no comma or full stop after it: the mention names the cited source.
func citedSource(text string) bool {
	i := max(strings.LastIndex(text, "посиланням на"), strings.LastIndex(text, "ссылкой на"), strings.LastIndex(text, "citing"))
	return i >= 0 && !strings.ContainsAny(text[i:], ",.;")
}
