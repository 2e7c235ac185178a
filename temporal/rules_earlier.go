package temporal

import "strings"

// earlier matches a time counted from the one written before it: "днём
// ранее", "двумя днями раньше", "годом позже", "12 годами ранее", "тижнем
// пізніше". A vague count ("несколькими днями ранее") is not read.
func (s *scanner) earlier(i, sent int) []cand {
	t := &s.toks[i]
	n, k := 1, i
	switch {
	case t.kind == tNum && t.suffix == 0 && t.num > 1 && t.num < 1000:
		n, k = t.num, i+1
	case t.isLex(lxNumWord) && t.lex.flags&fIns != 0:
		n, k = int(t.lex.val), i+1
	case t.kind != tWord:
		return nil
	}
	u := s.at(k, sent)
	if !u.isLex(lxUnit) && !u.tod() { // every unit word of insUnit is in the lexicon
		return nil
	}
	unit, plural := insUnit(strings.ToLower(s.text[u.start:u.end]))
	if unit == 0 || plural != (k > i) {
		return nil
	}
	w := s.at(k+1, sent)
	if w == nil || w.kind != tWord {
		return nil
	}
	sign := 0
	switch strings.ToLower(s.text[w.start:w.end]) {
	case "ранее", "раньше", "раніше":
		sign = -1
	case "позже", "позднее", "пізніше":
		sign = 1
	default:
		return nil
	}
	return []cand{{i: i, j: k + 2, kind: kRel, unit: unit, off: sign * n, anaphor: true, earlier: true}}
}

// insUnit returns the unit of an instrumental unit word ("днём", "годами",
// "тижнем") and whether it is plural; 0 if w is none.
func insUnit(w string) (int, bool) {
	switch w {
	case "днем", "днём":
		return unitDay, false
	case "днями":
		return unitDay, true
	case "неделей", "тижнем":
		return unitWeek, false
	case "неделями", "тижнями":
		return unitWeek, true
	case "месяцем", "місяцем":
		return unitMonth, false
	case "месяцами", "місяцями":
		return unitMonth, true
	case "годом", "роком":
		return unitYear, false
	case "годами", "роками":
		return unitYear, true
	}
	return 0, false
}
