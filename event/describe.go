package event

import (
	"strings"

	"github.com/litopys/litopys"
)

// descKey is a definite description: a title's base form and the entity
// of the country or body it is the title of ("лідер", GPE-North-Korea).
type descKey struct {
	title, of string
}

// descriptions finds in an article who its descriptions stand for: a title
// noun, the name of a country or body and then a person ("лідер КНДР Кім
// Чен Ин", "глава МВД Турции Абдулкадир Аксу") make "лідер Північної
// Кореї" later mean that person. A description two people answer to means
// nobody.
func descriptions(doc *litopys.Document) map[descKey]string {
	out := map[descKey]string{}
	ti := 0
	for i := 0; i+1 < len(doc.Mentions); i++ {
		m, p := doc.Mentions[i], doc.Mentions[i+1]
		if m.Type == litopys.PER || p.Type != litopys.PER || m.Entity == "" || p.Entity == "" ||
			p.Start <= m.End || strings.TrimSpace(doc.Text[m.End:p.Start]) != "" {
			continue
		}
		for ti < len(doc.Tokens) && doc.Tokens[ti].End <= m.Start {
			ti++
		}
		k := ti - 1 // the word before the name
		if k < 0 || !titleWord(doc.Tokens[k]) {
			continue
		}
		key := descKey{lemma(doc.Tokens[k]), m.Entity}
		if id, ok := out[key]; ok && id != p.Entity {
			out[key] = "" // two people: ambiguous
			continue
		}
		out[key] = p.Entity
	}
	// "нардепу Андрію Одарченку": a title right before a person, in the
	// same case (an apposition, not "визит Путина"), makes the bare title
	// later ("для нардепа") mean him when nobody else bears it.
	ti = 0
	for _, p := range doc.Mentions {
		if p.Type != litopys.PER || p.Entity == "" {
			continue
		}
		for ti < len(doc.Tokens) && doc.Tokens[ti].End <= p.Start {
			ti++
		}
		if ti < 1 {
			continue
		}
		t := doc.Tokens[ti-1]
		if !titleWord(t) || !personNoun(lemma(t)) || triggers[lemma(t)] != "" || strings.TrimSpace(doc.Text[t.End:p.Start]) != "" {
			continue
		}
		nomTitle := strings.ToLower(t.Text) == lemma(t)
		if nomTitle != (caseOf(p, doc.Lang) == caseNom) {
			continue
		}
		key := descKey{lemma(t), ""}
		if id, ok := out[key]; ok && id != p.Entity {
			out[key] = ""
			continue
		}
		out[key] = p.Entity
	}
	// "Чешский президент Вацлав Гавел": a relational adjective and a
	// title before a person make "чешский президент" later mean him.
	ti = 0
	for _, p := range doc.Mentions {
		if p.Type != litopys.PER || p.Entity == "" {
			continue
		}
		for ti < len(doc.Tokens) && doc.Tokens[ti].End <= p.Start {
			ti++
		}
		if ti < 2 || !titleWord(doc.Tokens[ti-1]) || doc.Tokens[ti-2].Kind != litopys.TokenWord {
			continue
		}
		st := adjStem(lemma(doc.Tokens[ti-2]))
		if st == "" {
			continue
		}
		key := descKey{lemma(doc.Tokens[ti-1]), "adj:" + st}
		if id, ok := out[key]; ok && id != p.Entity {
			out[key] = ""
			continue
		}
		out[key] = p.Entity
	}
	return out
}

// describedSubject returns the person a relational adjective and a title
// before tr in its clause stand for ("Во Францию чешский президент
// прибыл", after "Чешский президент Вацлав Гавел"), as tr's agent.
func (s *sentence) describedSubject(tr trigger) (litopys.Participant, bool) {
	return s.describedIn(tr.clause, tr.tok)
}

// describedIn is describedSubject for the words of clause c before token
// end.
func (s *sentence) describedIn(c, end int) (litopys.Participant, bool) {
	if s.descs == nil {
		return litopys.Participant{}, false
	}
	for i := s.a + 1; i < end; i++ {
		if s.clause[i-s.a] != c || s.clause[i-1-s.a] != c || !s.isWord(i) || !s.isWord(i-1) {
			continue
		}
		t := s.doc.Tokens[i]
		if !titleWord(t) {
			continue
		}
		st := adjStem(lemma(s.doc.Tokens[i-1]))
		if st == "" {
			continue
		}
		if id := (*s.descs)[descKey{lemma(t), "adj:" + st}]; id != "" {
			a := s.doc.Tokens[i-1]
			return litopys.Participant{Entity: id, Role: litopys.RoleAgent, Text: s.doc.Text[a.Start:t.End], Start: a.Start, End: t.End}, true
		}
	}
	return litopys.Participant{}, false
}

// described returns the person a mention of a country or body stands for
// when it completes a known description without naming anyone ("лідер
// Північної Кореї провів зустріч": Kim Jong Un), or "".
func (s *sentence) described(i int) string {
	if s.descs == nil {
		return ""
	}
	doc := s.doc
	m := doc.Mentions[i]
	if m.Type == litopys.PER {
		return ""
	}
	if i+1 < len(doc.Mentions) {
		if n := doc.Mentions[i+1]; n.Type == litopys.PER && n.Start > m.End && strings.TrimSpace(doc.Text[m.End:n.Start]) == "" {
			return "" // the person is named right here
		}
	}
	k := s.tokenAt(m.Start)
	if k <= s.a || !titleWord(doc.Tokens[k-1]) {
		return ""
	}
	return (*s.descs)[descKey{lemma(doc.Tokens[k-1]), m.Entity}]
}

// titleWord reports whether t can be a title: a lower-case word that is
// not a preposition and whose base form is not a verb's or an
// adjective's.
func titleWord(t litopys.Token) bool {
	l := lemma(t)
	w := strings.ToLower(t.Text)
	return t.Kind == litopys.TokenWord && !capitalised(t.Text) && len([]rune(l)) > 2 && !placePreps[w] && !otherPreps[w] &&
		!hasSuffix(l, "ть", "ться", "ти", "тися", "чь", "ый", "ий", "ой", "ій", "їй")
}

// namedEvent returns the named thing an event noun stands for when the
// article put a name right after that noun before this sentence
// ("Тайфун Wipha …", later "В среду тайфун … достиг Шанхая"): the last
// such name. A noun with its own name right after it ("тайфун Nari") has
// it from the rules of names.
func (s *sentence) namedEvent(tr trigger) (litopys.Participant, bool) {
	if tr.kind != kindNoun || tr.end >= s.b || capitalised(s.doc.Tokens[tr.end].Text) {
		return litopys.Participant{}, false
	}
	t := s.doc.Tokens[tr.tok]
	if strings.HasPrefix(strings.TrimSpace(s.doc.Text[t.End:s.doc.Tokens[tr.end].Start]), "\"") || strings.ContainsAny(s.doc.Text[t.End:s.doc.Tokens[tr.end].Start], "«“") {
		return litopys.Participant{}, false
	}
	if k := s.ix.lastHeaded(lemma(t), s.doc.Sentences[s.idx].Start); k >= 0 {
		s.ix.steps++
		m := s.doc.Mentions[k]
		return litopys.Participant{Entity: m.Entity, Role: litopys.RoleOther, Text: t.Text, Start: t.Start, End: t.End}, true
	}
	return litopys.Participant{}, false
}

// personNoun reports whether a noun's base form can name a person's
// office: not a neuter ("правительство", "агентство", "управління"),
// whose genitive name is its owner ("правительства Алексиса Ципраса").
func personNoun(l string) bool {
	return !hasSuffix(l, "о", "е", "є", "я") || hasSuffix(l, "дья", "ддя") // "судья", "суддя"
}

// bareTitle returns the person a bare title in clause c stands for ("для
// нардепа", after "нардепу Андрію Одарченку"): a title word with no name
// after it and no relational adjective before it whose description names
// one person. The participant's Start is the title's.
func (s *sentence) bareTitle(c int) (litopys.Participant, bool) {
	if s.descs == nil {
		return litopys.Participant{}, false
	}
	for i := s.a; i < s.b; i++ {
		if s.clause[i-s.a] != c || !s.isWord(i) {
			continue
		}
		t := s.doc.Tokens[i]
		if !titleWord(t) {
			continue
		}
		id := (*s.descs)[descKey{lemma(t), ""}]
		if id == "" {
			continue
		}
		if i+1 < s.b && capitalised(s.doc.Tokens[i+1].Text) {
			continue // a name of its own, or of the body it heads
		}
		if i > s.a && s.isWord(i-1) && adjStem(lemma(s.doc.Tokens[i-1])) != "" {
			continue // "чешский президент": describedIn's
		}
		return litopys.Participant{Entity: id, Role: litopys.RoleOther, Text: t.Text, Start: t.Start, End: t.End}, true
	}
	return litopys.Participant{}, false
}
