package temporal

import "strings"

// matchMonth matches months without a day: "в мае и августе", "у липні",
// "вересня 2023 року", "с сентября", "с мая по август", "в мае–июне",
// "сентябрьском", "in August".
func (s *scanner) matchMonth(i int) []cand {
	sent := s.toks[i].sent
	t := s.at(i, sent)
	if t.adjMonth != 0 {
		return []cand{{i: i, j: i + 1, kind: kMonth, p: point{m: int(t.adjMonth)}}}
	}
	if t.isPrep(fPrepIn) {
		return s.monthList(i+1, sent)
	}
	if t.isPrep(0) {
		other := !t.isPrep(fFrom) && !t.isPrep(fTo)
		mt := s.at(i+1, sent)
		m := mt.month(fGen | fEn)
		if m == 0 && other {
			m = mt.month(fNom | fDat | fIns) // accusative "на май", "на травень"; dative "к маю"; instrumental "перед маем"
		}
		if m == 0 && t.isPrep(fFrom) {
			m = mt.month(fIns) // "порівняно з жовтнем минулого року"
		}
		if m == 0 || (mt.upper && !s.allCaps(mt) && mt.lex.flags&fEn == 0) { // "после Октября": the revolution
			return nil
		}
		// "с мая по август [2023 года]", "за січень–жовтень 2024 року"
		if t.isPrep(fFrom) || other {
			if sep := s.at(i+2, sent); sep.isPrep(fTo) && t.isPrep(fFrom) || sep.isDash() {
				if m2 := s.at(i+3, sent).month(fNom | fGen | fLoc | fEn); m2 != 0 && m2 != m {
					y, end := s.yearTail(i+4, sent, false)
					y1 := y
					if y != 0 && m2 < m { // "с октября по февраль 2018 г."
						y1 = y - 1
					}
					start := i
					if other { // "за січень–жовтень": the preposition is not part of it
						start = i + 1
					}
					return []cand{{i: start, j: end, kind: kInterval, unit: unitMonth, p: point{y: y1, m: m}, p2: point{y: y, m: m2}, ownYear: y != 0}}
				}
			}
		}
		c := cand{i: i + 1, kind: kMonth, p: point{m: m}}
		s.tail(&c, i+2, sent, true)
		if other && mt.lex.flags&fEn != 0 && !c.ownYear && !c.yearRel {
			return nil // "of May" needs a year: "of August 2023"
		}
		return []cand{c}
	}
	// "сентябрь 2023", "вересня 2023 року", "August 2023"
	if m := t.month(fNom | fGen | fLoc | fIns); m != 0 {
		if y, end := s.yearTail(i+1, sent, true); y != 0 { // "датирована декабрем 2017 года"
			return []cand{{i: i, j: end, kind: kMonth, p: point{y: y, m: m}, ownYear: true}}
		}
		// "січень–жовтень 2024 року", "январь-май"
		if m2 := s.at(i+2, sent).month(fNom | fGen); m2 > m && s.at(i+1, sent).isDash() && t.lex.flags&fEn == 0 && !t.upper {
			y, end := s.yearTail(i+3, sent, true)
			return []cand{{i: i, j: end, kind: kInterval, unit: unitMonth, p: point{y: y, m: m}, p2: point{y: y, m: m2}, ownYear: y != 0}}
		}
	}
	// A bare genitive month: "по итогам февраля", "за підсумками квітня",
	// "данные января". Only lower case ("8 Марта" is a day, "Мая" a
	// name); the forms that are also Ukrainian words ("лютого ворога")
	// need a governing word before them.
	if m := t.month(fGen); m != 0 && !t.upper && t.lex.flags&fEn == 0 {
		p := s.at(i-1, sent)
		if p != nil && (p.kind == tNum || p.kind == tNumDate || p.isLex(lxNumWord)) { // "два августа": emperors
			return nil
		}
		if t.lex.flags&fUkOnly != 0 && !p.isPrep(0) && !(p != nil && governsDate(s.text[p.start:p.end])) {
			return nil
		}
		c := cand{i: i, kind: kMonth, p: point{m: m}}
		s.tail(&c, i+1, sent, true)
		return []cand{c}
	}
	return nil
}

// monthList reads "мае", "мае и августе", "мае, июне и июле 2023 года",
// "мае–июне" after a preposition at k-1.
func (s *scanner) monthList(k, sent int) []cand {
	m := s.at(k, sent).month(fLoc)
	if m == 0 {
		return nil
	}
	// "в мае–июне 2023", "у жовтні–березні" (across the new year)
	if sep := s.at(k+1, sent); sep.isDash() {
		if m2 := s.at(k+2, sent).month(fLoc); m2 != 0 && m2 != m {
			y, end := s.yearTail(k+3, sent, true)
			y1 := y
			if y != 0 && m2 < m {
				y1 = y - 1
			}
			return []cand{{i: k, j: end, kind: kInterval, unit: unitMonth, p: point{y: y1, m: m}, p2: point{y: y, m: m2}, ownYear: y != 0}}
		}
	}
	out := []cand{{i: k, j: k + 1, kind: kMonth, p: point{m: m}}}
	k++
	for {
		sep := s.at(k, sent)
		if !sep.isConj() && !sep.isComma() {
			break
		}
		n := k + 1
		if s.at(n, sent).isPrep(fPrepIn) { // "в мае и в августе"
			n++
		}
		m2 := s.at(n, sent).month(fLoc)
		if m2 == 0 {
			break
		}
		out = append(out, cand{i: n, j: n + 1, kind: kMonth, p: point{m: m2}})
		k = n + 1
	}
	last := &out[len(out)-1]
	s.tail(last, k, sent, true)
	for n := range out[:len(out)-1] {
		out[n].p.y, out[n].ownYear, out[n].yearRel, out[n].yearOff = last.p.y, last.ownYear, last.yearRel, last.yearOff
	}
	return out
}

// matchMod matches a modifier phrase: "в начале мая", "на початку серпня",
// "наприкінці 2022 року", "в конце прошлого года", "до конца года",
// "в середине лета", "early August", "mid-2023", "at the end of August".
func (s *scanner) matchMod(i int) []cand {
	sent := s.toks[i].sent
	k := i
	if s.at(k, sent).isPrep(0) {
		k++
	}
	if s.at(k, sent).isLex(lxGlue) {
		k++
	}
	mt := s.at(k, sent)
	var mod, half, halfAt int
	switch n := s.at(k+1, sent); {
	case mt.isLex(lxMod):
		mod = int(mt.lex.val)
	case mt.isLex(lxOrdinal) && mt.lex.val <= 2 && n.isLex(lxHalf): // "в первой половине"
		mod = modEarly
		if mt.lex.val == 2 {
			mod = modLate
		}
		half, halfAt = int(mt.lex.val), k
		k++
	case mt.isLex(lxEdgeDays) && (n.isLex(lxDaysNoun) || n.isLex(lxUnit) && n.lex.val <= unitWeek): // "в первых числах", "в последние дни", "в останні тижні"
		mod = int(mt.lex.val)
		k++
	case mt.isLex(lxOrdinal) && mt.lex.val <= 3 && n.isLex(lxDaysNoun) && s.isDecade(n): // "во второй декаде"
		mod = int(mt.lex.val)
		k++
	case mt != nil && mt.kind == tNum && (mt.num == 10 || mt.num == 20) && mt.suf() != "" && n.isLex(lxDaysNoun) && !s.isDecade(n):
		mod = modMid // "в 20-х числах марта", "20-е числа апреля"
		if mt.num == 20 {
			mod = modLate
		}
		k++
	default:
		return nil
	}
	k++
	if s.at(k, sent).isDash() {
		k++
	}
	if s.at(k, sent).isPrep(0) && s.toks[k].lex.flags == 0 { // "of"
		k++
	}
	if s.at(k, sent).isLex(lxGlue) {
		k++
	}
	t := s.at(k, sent)
	if m := t.month(fGen | fLoc | fEn); m != 0 { // the locative is a common slip: "в конце июле"
		c := cand{i: i, kind: kMonth, p: point{m: m}, mod: mod}
		s.tail(&c, k+1, sent, true)
		return []cand{c}
	}
	if t != nil && (t.kind == tNum && t.suf() != "" || t.isLex(lxDecadeWord) || t.isLex(lxRoman)) {
		// "в середине 70-х годов", "начала нулевых годов", "наприкінці ХІХ ст."
		if cs := s.matchYear(k); len(cs) == 1 && (cs[0].kind == kDecade || cs[0].kind == kCentury) {
			cs[0].i, cs[0].mod = i, mod
			return cs
		}
	}
	if half != 0 { // a half of a year: "в первой половине 2024 года", "во второй половине года"
		c := cand{i: halfAt, kind: kHalf, season: half}
		if u := s.at(k, sent); u.yearWord() && u.lex.flags&(fPlural|fAbbr) == 0 {
			c.j = k + 1
			return []cand{c}
		}
		if s.tail(&c, k, sent, false); c.ownYear || c.yearRel || c.yearSame {
			return []cand{c}
		}
	}
	if y := t.year(); y != 0 {
		_, end := s.yearTail(k, sent, false)
		return []cand{{i: i, j: end, kind: kYear, p: point{y: y}, mod: mod, ownYear: true}}
	}
	if t.isLex(lxSeason) && t.lex.flags&fAdv == 0 {
		y, end := s.yearTail(k+1, sent, true)
		return []cand{{i: i, j: end, kind: kSeason, season: int(t.lex.val), p: point{y: y}, mod: mod, ownYear: y != 0}}
	}
	if t.isLex(lxRelAdj) && t.lex.flags&fNear == 0 {
		if u := s.at(k+1, sent); u.isLex(lxUnit) && u.lex.flags&fPlural == 0 && u.lex.val >= unitWeek {
			return []cand{{i: i, j: k + 2, kind: kRel, unit: int(u.lex.val), off: int(t.lex.val), mod: mod}}
		}
		if u := s.at(k+1, sent); u.isLex(lxSeason) {
			return []cand{{i: i, j: k + 2, kind: kRel, unit: unitSeason, season: int(u.lex.val), off: int(t.lex.val), mod: mod}}
		}
		if u := s.at(k+1, sent); u.isLex(lxCentury) && singularAdj(s.text[t.start:t.end]) { // "в середине прошлого века"
			return []cand{{i: i, j: k + 2, kind: kCentury, yearRel: true, yearOff: int(t.lex.val), mod: mod}}
		}
	}
	// "до конца года", "в конце месяца": the current one.
	if t.isLex(lxUnit) && (t.lex.val == unitMonth || t.lex.val == unitYear) && t.lex.flags&(fPlural|fAbbr) == 0 && t.lex.flags&fNom == 0 {
		return []cand{{i: i, j: k + 1, kind: kRel, unit: int(t.lex.val), mod: mod}}
	}
	return nil
}

// isDecade reports whether t is "декаде", "декади": a ten-day third of a
// month, read as its early, mid or late part.
func (s *scanner) isDecade(t *token) bool {
	return strings.HasPrefix(s.text[t.start:t.end], "декад")
}

// governsDate reports whether w is a noun that takes a genitive month:
// "за підсумками листопада", "по итогам февраля", "в течение мая".
func governsDate(w string) bool {
	switch w {
	case "підсумками", "підсумків", "итогам", "итогах", "течение", "течії", "кінець", "конец":
		return true
	}
	return false
}

// allCaps reports whether the word t is written in capitals ("В МАЕ").
func (s *scanner) allCaps(t *token) bool {
	w := s.text[t.start:t.end]
	for _, r := range w {
		if toLower(r) == r {
			return false
		}
	}
	return true
}
