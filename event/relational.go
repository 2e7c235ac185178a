package event

import (
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
)

// A relational adjective ("турецкая", "грузинский", "російські") stands for
// the place it is derived from: "Турецкая полиция арестовала" is said of
// Turkey's police as "полиция Турции арестовала" is. Such an adjective
// names a participant only when the article names that place too (only
// named participants), and only in the noun phrase that opens the clause
// before its predicate, where "власти Абхазии" makes Abkhazia the agent.

// adjStem returns the stem a relational adjective shares with the name of
// its place ("турецкий" → "турц", "российский" → "росси", "ізраїльський"
// → "ізраїль"), or "".
func adjStem(lemma string) string {
	switch {
	case hasSuffix(lemma, "цкий", "цький"):
		st := strings.TrimSuffix(strings.TrimSuffix(lemma, "кий"), "ький")
		if strings.HasSuffix(st, "ец") {
			st = strings.TrimSuffix(st, "ец") + "ц" // турецкий: Турция
		}
		return st
	case hasSuffix(lemma, "ский", "ський"):
		st := strings.TrimSuffix(strings.TrimSuffix(lemma, "ский"), "ський")
		return strings.TrimSuffix(st, "й") // российский: Россия
	}
	return ""
}

// nameStem is the stem of a place's base form that its adjective shares:
// the base form without its last vowel ("турция" → "турци", "грузія" →
// "грузі"), lower-cased; "" for a name of several words.
func nameStem(base string) string {
	b := lowerWord(base)
	if b == "" || strings.ContainsAny(b, " -") {
		return ""
	}
	for _, suf := range []string{"а", "я", "о", "е", "ь"} {
		if strings.HasSuffix(b, suf) {
			return strings.TrimSuffix(b, suf)
		}
	}
	return b
}

// stemsMatch reports whether an adjective's stem and a name's stem are one
// stem: one begins the other but for at most its last letter, and they
// share four letters at least ("грузин"/"грузи", "француз"/"франци").
func stemsMatch(a, n string) bool {
	ra, rn := []rune(a), []rune(n)
	k := 0
	for k < len(ra) && k < len(rn) && ra[k] == rn[k] {
		k++
	}
	return k >= 4 && k >= min(len(ra), len(rn))-1
}

// placeOfAdj returns the place the article names that the relational
// adjective at token i stands for.
func (s *sentence) placeOfAdj(i int) (litopys.Mention, bool) {
	if s.an == nil || s.posAt(i) != morph.PosAdj {
		return litopys.Mention{}, false
	}
	st := adjStem(lemma(s.doc.Tokens[i]))
	if st == "" {
		return litopys.Mention{}, false
	}
	for _, m := range s.doc.Mentions {
		s.ix.steps++
		if m.Type == litopys.LOC && m.Entity != "" {
			if n := nameStem(m.Base); n != "" && stemsMatch(st, n) {
				return m, true
			}
		}
	}
	return litopys.Mention{}, false
}

// subjectAdj returns the place a relational adjective names in the noun
// phrase that opens tr's clause ("Турецкая полиция арестовала"), with the
// adjective's span; false when the clause opens otherwise, or a name
// stands in that noun phrase already ("власти Абхазии").
func (s *sentence) subjectAdj(tr trigger) (litopys.Participant, bool) {
	for i := s.a; i < tr.tok; i++ {
		if s.clause[i-s.a] != tr.clause || !s.isWord(i) || s.inTime(i) {
			continue
		}
		if capitalised(s.doc.Tokens[i].Text) && i > s.a {
			return litopys.Participant{}, false // a name: the rules of names apply
		}
		m, ok := s.placeOfAdj(i)
		if !ok || !s.clauseStartNear(i) || i+1 >= tr.tok || s.posAt(i+1) != morph.PosNoun || capitalised(s.doc.Tokens[i+1].Text) {
			if s.posAt(i) == morph.PosAdj {
				continue // "вчера", another adjective before it
			}
			return litopys.Participant{}, false
		}
		t := s.doc.Tokens[i]
		return litopys.Participant{Entity: m.Entity, Role: litopys.RoleAgent, Text: t.Text, Start: t.Start, End: t.End}, true
	}
	return litopys.Participant{}, false
}

// demonymStem returns the stem a demonym shares with the name of its place
// ("росіянин", "россияне" → "росі"/"росси", "грузин" → "грузин",
// "британец" → "британ"), or "".
func demonymStem(w string) string {
	for _, suf := range []string{"янин", "анин", "яне", "ане", "яни", "ани", "ини", "цы", "ці", "ец", "ець", "ин", "и", "і", "ы"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// placeOfDemonym returns the place a lower-case name of its people stands
// for ("росіяни", "россияне", tagged as persons): the place the article
// names whose stem the demonym shares, as a relational adjective stands
// for it. A name of one person is capitalised and never matches.
func (s *sentence) placeOfDemonym(m litopys.Mention) (string, bool) {
	if m.Type != litopys.PER || capitalised(m.Text) || strings.ContainsAny(m.Text, " -") {
		return "", false
	}
	st := demonymStem(lowerWord(m.Base))
	if st == "" {
		st = demonymStem(lowerWord(m.Text))
	}
	if len([]rune(st)) < 4 {
		return "", false
	}
	for _, p := range s.ix.placeStems() {
		if stemsMatch(st, p[0]) {
			return p[1], true
		}
	}
	return "", false
}
