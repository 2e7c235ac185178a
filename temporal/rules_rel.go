package temporal

import "strings"

// matchSeason matches seasons: "летом", "осенью 2023 года", "этим летом",
// "цього літа", "лета 2023 года", "до лета", "summer of 2023", "last summer".
func (s *scanner) matchSeason(i int) []cand {
	sent := s.toks[i].sent
	t := s.at(i, sent)
	switch {
	case t.isLex(lxSeason) && t.lex.flags&fAdv != 0:
		c := cand{i: i, kind: kSeason, season: int(t.lex.val)}
		if n := s.at(i+2, sent); (s.at(i+1, sent).isDash() || s.at(i+1, sent).isConj()) && n.isLex(lxSeason) && n.lex.flags&fAdv != 0 {
			c2 := cand{i: i + 2, kind: kSeason, season: int(n.lex.val)}
			s.tail(&c2, i+3, sent, false)
			if c2.ownYear || c2.yearRel {
				c.j = i + 1
				c.p.y, c.ownYear, c.yearRel, c.yearOff = c2.p.y, c2.ownYear, c2.yearRel, c2.yearOff
				return []cand{c, c2}
			}
		}
		s.tail(&c, i+1, sent, false)
		return []cand{c}
	case t.isLex(lxRelAdj):
		if n := s.at(i+1, sent); n.isLex(lxSeason) && (n.lex.flags&fEn == 0 || t.lex.flags == 0) {
			return []cand{{i: i, j: i + 2, kind: kRel, unit: unitSeason, season: int(n.lex.val), off: int(t.lex.val)}}
		}
	case t.isLex(lxSeason):
		k := i + 1
		if s.at(k, sent).isPrep(0) { // "summer of 2023"
			k++
		}
		if y, end := s.yearTail(k, sent, false); y != 0 {
			return []cand{{i: i, j: end, kind: kSeason, season: int(t.lex.val), p: point{y: y}, ownYear: true}}
		}
	case t.isPrep(0):
		k := i + 1
		if s.at(k, sent).isLex(lxGlue) { // "in the summer"
			k++
		}
		n := s.at(k, sent)
		if !n.isLex(lxSeason) || n.lex.flags&fAdv != 0 || (n.lex.flags&fWeak != 0 && k == i+1) {
			return nil
		}
		if w := s.text[t.start:t.end]; !t.isPrep(fFrom|fTo|fGov) && w != "к" && w != "К" && w != "ко" && n.lex.flags&fEn == 0 {
			return nil // "к лету", "после зимы", "до лета"; not "на лето" (a plan for it)
		}
		y, end := s.yearTail(k+1, sent, false)
		if y == 0 && s.at(k+1, sent).isPrep(0) {
			if y2, end2 := s.yearTail(k+2, sent, false); y2 != 0 {
				y, end = y2, end2
			}
		}
		return []cand{{i: k, j: end, kind: kSeason, season: int(n.lex.val), p: point{y: y}, ownYear: y != 0}}
	}
	return nil
}

// matchRel matches phrases relative to the publication date: "вчера
// вечером", "сегодня", "на прошлой неделе", "минулого тижня", "в этом
// месяце", "торік", "три дня назад", "тиждень тому", "last week",
// "в прошлый четверг", "last Thursday".
func (s *scanner) matchRel(i int) []cand {
	sent := s.toks[i].sent
	t := s.at(i, sent)
	switch {
	case t.isLex(lxPrep) && t.lex.flags&fEve != 0:
		return s.eve(i, sent)
	case t.isLex(lxRelDay):
		end := i + 1
		if t.lex.flags&fAdj != 0 { // "сегодняшний день"
			if u := s.at(end, sent); u.isLex(lxUnit) && u.lex.val == unitDay {
				end++
			}
		}
		for range 2 {
			if s.at(end, sent).tod() {
				end++
			}
		}
		return []cand{{i: i, j: end, kind: kRel, unit: unitDay, off: int(t.lex.val)}}
	case t.isLex(lxRelYear):
		return []cand{{i: i, j: i + 1, kind: kRel, unit: unitYear, off: int(t.lex.val)}}
	case t.kind == tNum || t.isLex(lxNumWord) || t.isLex(lxUnit) || t.tod():
		if c := s.earlier(i, sent); c != nil {
			return c
		}
	}
	k := i
	if t.isPrep(fPrepIn) || t.isPrep(0) && !t.isPrep(fFrom) && !t.isPrep(fTo) {
		k++
	}
	// A deictic phrase keeps "в", "у", "на" ("в минувшую среду", "на
	// прошлой неделе"); "за", "к" stay out ("за прошлый год").
	start := func() int {
		if k > i && (t.isPrep(fPrepIn) || strings.EqualFold(s.text[t.start:t.end], "на")) {
			return i
		}
		return k
	}
	if c := s.weekend(i, k, sent); c != nil {
		c[0].i = min(max(start(), c[0].i), k)
		return c
	}
	if c := s.sameOrNextDay(i, k, sent); c != nil {
		return c
	}
	if a := s.at(k, sent); a.isLex(lxRelAdj) {
		start := start()
		n := s.at(k+1, sent)
		if n.isLex(lxUnit) && n.lex.flags&(fPlural|fAbbr) == 0 && n.lex.val >= unitWeek && a.lex.flags&fNear == 0 {
			return []cand{{i: start, j: k + 2, kind: kRel, unit: int(n.lex.val), off: int(a.lex.val)}}
		}
		if n.isLex(lxUnit) && n.lex.val == unitDay && isDayPeriod(s.text[n.start:n.end]) && a.lex.flags&(fEn|fNear) == 0 {
			// "за минулу добу", "минулої доби", "в прошедшие сутки": the day before publication
			return []cand{{i: start, j: k + 2, kind: kRel, unit: unitDay, off: int(a.lex.val)}}
		}
		if n != nil && n.kind == tWord && a.lex.flags&(fEn|fNear) == 0 && singularAdj(s.text[a.start:a.end]) && isSeasonWord(s.text[n.start:n.end]) &&
			s.sportText() {
			// "в этом сезоне", "у поточному сезоні", "прошлого сезона": a sports season
			return []cand{{i: start, j: k + 2, kind: kRel, unit: unitSport, off: int(a.lex.val), calendar: s.isCalendarSport()}}
		}
		if n.isLex(lxCentury) && a.lex.flags&(fEn|fNear) == 0 && singularAdj(s.text[a.start:a.end]) { // "прошлого века", not "эти века"
			return []cand{{i: start, j: k + 2, kind: kCentury, yearRel: true, yearOff: int(a.lex.val)}}
		}
		if m := n.month(fNom | fGen | fLoc | fDat | fIns); m != 0 && a.lex.flags&(fEn|fNear) == 0 && !n.upper {
			// "в минувшем ноябре", "цього травня", "с прошлого мая"
			return []cand{{i: start, j: k + 2, kind: kMonth, p: point{m: m}, relMonth: true, off: int(a.lex.val)}}
		}
		if wd := n.weekday(fNom | fGen | fLoc); wd != 0 && n.lex.flags&fWeak == 0 {
			end := k + 2
			if s.at(end, sent).tod() {
				end++
			}
			return []cand{{i: start, j: end, kind: kWeekday, wd: wd, off: int(a.lex.val), hasRel: true}}
		}
		return nil
	}
	// "три дня назад", "тиждень тому", "a week ago"; "через два дня"
	n, k, sign, first := 1, i, -1, i // "три дня назад"
	if t.isLex(lxLater) {
		sign, k, i = 1, i+1, i+1
		t = s.at(i, sent)
		if t == nil {
			return nil
		}
	}
	if t.kind == tNum && t.suf() == "" && t.num > 0 && t.num < 10000 {
		n, k = t.num, i+1
	} else if t.isLex(lxNumWord) && (t.lex.flags&fGen == 0 || sign < 0 && s.approximated(i, sent)) {
		n, k = int(t.lex.val), i+1 // a genitive count after "около": "около двух месяцев назад", "близько трьох років тому"
	} else if t.isLex(lxNumWord) && t.lex.flags&fGen != 0 {
		return nil
	} else if p := s.at(i-1, sent); p != nil && (p.kind == tNum || p.isLex(lxNumWord)) {
		return nil // the number was not one we read: "1,5 года назад"
	}
	u := s.at(k, sent)
	if !u.isLex(lxUnit) || u.lex.flags&fAbbr != 0 || k == i && u.lex.flags&fPlural != 0 {
		return nil // "years ago" with a number we did not read ("Twenty-five years ago")
	}
	end := k + 1
	if n := s.at(end, sent); sign > 0 && n != nil && n.kind == tWord {
		switch s.text[n.start:n.end] {
		case "после", "після", "от", "від", "with", "after":
			return nil // "спустя восемь лет после приговора": after another event
		}
	}
	if sign < 0 {
		if !s.at(end, sent).isLex(lxAgo) {
			return nil
		}
		end++
		if a := s.at(end, sent); a.isLex(lxAgo) { // "тому назад"
			end++
		}
	}
	return []cand{{i: first, j: end, kind: kRel, unit: int(u.lex.val), off: sign * n}}
}

// matchQuarter matches quarters and halves of a year: "в первом квартале
// 2025 года", "у третьому кварталі", "in the second quarter of 2024",
// "у другому півріччі", "в первом полугодии этого года".
func (s *scanner) matchQuarter(i int) []cand {
	sent := s.toks[i].sent
	k := i
	if s.at(k, sent).isLex(lxGlue) {
		k++
	}
	o, u := s.at(k, sent), s.at(k+1, sent)
	kind := kQuarter
	switch {
	case !o.isLex(lxOrdinal):
		return nil
	case u.isLex(lxQuarter):
	case u.isLex(lxHalfYear) && o.lex.val <= 2:
		kind = kHalf
	default:
		return nil
	}
	n := k + 2
	if s.at(n, sent).isPrep(0) && s.toks[n].lex.flags == 0 { // "of"
		if y := s.at(n+1, sent).year(); y != 0 {
			n++
		}
	}
	c := cand{i: k, kind: kind, season: int(o.lex.val)}
	s.tail(&c, n, sent, false)
	return []cand{c}
}

// isDayPeriod reports whether w is "доба" or "сутки" in some case: a day
// as a period of 24 hours, which a relative adjective may name.
func isDayPeriod(w string) bool {
	switch w {
	case "доба", "добу", "доби", "добі", "сутки", "суток", "Доба", "Добу", "Доби", "Сутки", "Суток":
		return true
	}
	return false
}

// singularAdj reports whether a relative adjective is singular: "прошлого",
// "минулому", "нынешний", not "эти", "минулі", "прошлые".
func singularAdj(w string) bool {
	for _, e := range [...]string{"го", "м", "му", "й"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// approximated reports whether the token before i is a word of
// approximation that takes a genitive count: "около двух", "близько трьох".
func (s *scanner) approximated(i, sent int) bool {
	p := s.at(i-1, sent)
	if p == nil || p.kind != tWord {
		return false
	}
	switch strings.ToLower(s.text[p.start:p.end]) {
	case "около", "близько", "приблизно", "порядка", "порядку":
		return true
	}
	return false
}
