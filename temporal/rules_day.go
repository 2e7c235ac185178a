package temporal

// weekdayPrefix reads "[утром] [в] среду [вечером] [,]" before a date, or
// "сегодня [утром],", "накануне," (weekday -1). It returns the weekday+1, the index after the prefix and the index the span
// starts at (a leading bare preposition is left out).
func (s *scanner) weekdayPrefix(k, sent int) (wd, next, start int) {
	start = k
	hasTod := false
	if s.at(k, sent).tod() {
		hasTod = true
		k++
		if s.at(k, sent).tod() { // "поздно вечером"
			k++
		}
	}
	if e := s.at(k, sent); !hasTod && e.isPrep(fGov) && e.lex.flags&fEve != 0 && s.at(k+1, sent).isComma() {
		return -1, k + 2, k // "Накануне, 8 февраля,": the date says which day
	}
	if s.at(k, sent).isPrep(0) && !s.at(k, sent).isPrep(fFrom) { // "в", "на середу, 12 вересня"
		if !hasTod {
			start = k + 1
		}
		k++
	}
	if a, u := s.at(k, sent), s.at(k+1, sent); !hasTod && a.isLex(lxRelAdj) && u.isLex(lxUnit) && isDayPeriod(s.text[u.start:u.end]) && s.at(k+2, sent).isComma() {
		return -1, k + 3, k // "(протягом) минулої доби, 13 листопада,"
	}
	w := s.at(k, sent)
	wd = w.weekday(fNom | fGen | fLoc)
	if wd == 0 && !(w.isLex(lxRelDay) && !hasTod) {
		return 0, 0, 0
	}
	if wd == 0 {
		wd = -1 // "сьогодні пізно ввечері, 12 листопада": the date says which day
		start = k
	}
	k++
	for range 2 {
		if s.at(k, sent).tod() {
			k++
		}
	}
	if s.at(k, sent).isComma() {
		k++
	} else if wd < 0 {
		return 0, 0, 0
	}
	return wd, k, start
}

// matchDay matches a day of a month, with an optional weekday before it and
// an optional year after it, and intervals and pairs of days:
// "в четверг 9 ноября", "Увечері п'ятниці, 8 вересня", "12.09.2023",
// "с 5 по 7 марта", "5–7 березня", "8 и 9 ноября", "on Tuesday, September 12".
func (s *scanner) matchDay(i int) []cand {
	sent := s.toks[i].sent
	k := i
	if s.at(k, sent).isPrep(fPrepIn) && s.at(k+1, sent).isLex(lxNight) {
		return s.night(k+1, sent)
	}
	if s.at(k, sent).isLex(lxNight) {
		return s.night(k, sent)
	}
	from := false
	if s.at(k, sent).isPrep(fFrom) {
		from = true
		k++
	}
	c := cand{i: k, kind: kDay}
	if wd, next, start := s.weekdayPrefix(k, sent); wd != 0 {
		c.wd, c.i, k = max(wd, 0), start, next
	} else if s.at(k, sent).isPrep(fPrepIn) {
		c.i = k + 1
		k++
	} else if s.at(k, sent).tod() && s.at(k+1, sent).day() != 0 { // "вечером 9 июля"
		k++
	}
	t := s.at(k, sent)
	if t != nil && t.kind == tNumDate {
		if c.i == k+1 { // "в 12.09.2023": the preposition was skipped
			c.i = k
		}
		c.p, c.j, c.ownYear = point{int(t.y), int(t.m), int(t.d)}, k+1, true
		if e := s.at(k+2, sent); s.at(k+1, sent).isDash() && e != nil && e.kind == tNumDate { // "09.12.2017-10.12.2017"
			p2 := point{int(e.y), int(e.m), int(e.d)}
			if civil(p2.y, p2.m, p2.d).After(civil(c.p.y, c.p.m, c.p.d)) {
				return []cand{{i: c.i, j: k + 3, kind: kInterval, unit: unitDay, p: c.p, p2: p2, ownYear: true}}
			}
		}
		if w := s.at(k+1, sent); w.yearWord() && w.lex.flags&fPlural == 0 { // "01.01.2019 року", "12.09.2023 г."
			c.j++
			if w.lex.flags&fAbbr != 0 && s.at(c.j, sent).isPunct('.') {
				c.j++
			}
		}
		return []cand{c}
	}
	if m := t.month(fEn); m != 0 { // September 12[, 2023]
		return s.matchMonthDay(c, k, sent, m)
	}
	if t.isLex(lxMonthAbbr) && t.upper { // "Июн 3 2017 в 8:38 PDT": an embed's English order in Russian
		if d := s.at(k+1, sent).day(); d != 0 && d <= daysIn(2024, int(t.lex.val)) {
			if y, end := s.yearTail(k+2, sent, true); y != 0 {
				c.p, c.j, c.ownYear = point{y, int(t.lex.val), d}, end, true
				if c.i > k {
					c.i = k
				}
				return []cand{c}
			}
		}
	}
	d1 := t.day()
	dayTok := k
	if d1 == 0 {
		// A day in words: "первого января", "двадцять п'ятого березня".
		var next int
		if d1, next = s.wordDay(k, sent); d1 == 0 {
			return nil
		}
		m, _ := s.dayMonth(next, sent)
		if m == 0 {
			return nil
		}
		dayTok = next - 1
	}
	if c.i > k {
		c.i = k
	}
	k = dayTok + 1
	m1, next := s.dayMonth(k, sent)
	m1Written := m1 != 0
	k = next
	// A list of days: "19, 20 и 21 марта".
	if !m1Written && s.at(k, sent).isComma() {
		if cs := s.dayList(c, dayTok, sent); cs != nil {
			return cs
		}
	}
	// An interval or a pair of days: "5–7 марта", "с 5 марта по 7 апреля", "8 и 9 ноября".
	sep := s.at(k, sent)
	night := from && sep != nil && sep.kind == tWord && (s.text[sep.start:sep.end] == "на") // "в ночь с 11 на 12 ноября"
	if d2 := s.at(k+1, sent).day(); d2 != 0 && (sep.isDash() || sep.isPrep(fTo) || sep.isConj() || night) {
		if m2, next := s.dayMonth(k+2, sent); m2 != 0 {
			y, end := s.yearTail(next, sent, false)
			if m1 == 0 {
				m1 = m2
			}
			if sep.isConj() && !from {
				first := cand{i: c.i, j: dayTok + 1, kind: kDay, p: point{y, m1, d1}, wd: c.wd, ownYear: y != 0}
				if m1Written {
					first.j = k
				}
				second := cand{i: k + 1, j: end, kind: kDay, p: point{y, m2, d2}, ownYear: y != 0}
				return []cand{first, second}
			}
			if m1 < m2 || (m1 == m2 && d1 < d2) {
				iv := cand{i: c.i, j: end, kind: kInterval, unit: unitDay, p: point{y, m1, d1}, p2: point{y, m2, d2}, ownYear: y != 0}
				if from {
					iv.i = i
				}
				return []cand{iv}
			}
		}
	}
	if m1 == 0 {
		return nil
	}
	c.p.d, c.p.m = d1, m1
	s.tail(&c, k, sent, false)
	if d1 > daysIn(yearOr(c.p.y, 2024), m1) || !c.ownYear && s.quotedName(c.i, c.j, sent) {
		return nil
	}
	return []cand{c}
}

// quotedName reports whether tokens [i, j) end a name in quotes that a
// capitalised word begins: «Коалиция 14 февраля», «Движение 14 марта»,
// «Утойя, 22 июля» — a party or a film, not a date.
func (s *scanner) quotedName(i, j, sent int) bool {
	if c := s.at(j, sent); !c.isPunct('»', '”', '"') {
		return false
	}
	k := i - 1
	if s.at(k, sent).isComma() {
		k--
	}
	for n := 0; n < 2; n++ {
		w := s.at(k, sent)
		if w == nil || w.kind != tWord || w.lex.kind != lxNone {
			return false
		}
		if o := s.at(k-1, sent); o.isPunct('«', '“', '"') {
			return w.upper
		}
		k--
	}
	return false
}

// dayList reads "19, 20 и 21 марта [2018 года]" from the first day at k:
// days joined by commas and a last conjunction, then a month; each day is an
// expression, the last with the month and year.
func (s *scanner) dayList(c cand, k, sent int) []cand {
	days := []int{k}
	n := k + 1
	for len(days) < 10 {
		sep := s.at(n, sent)
		if !sep.isComma() && !sep.isConj() {
			break
		}
		if s.at(n+1, sent).day() == 0 {
			return nil
		}
		days = append(days, n+1)
		n += 2
		if sep.isConj() {
			break
		}
	}
	m, next := s.dayMonth(n, sent)
	if m == 0 || len(days) < 3 {
		return nil
	}
	for _, at := range days {
		if s.toks[at].day() > daysIn(2024, m) {
			return nil
		}
	}
	last := cand{i: days[len(days)-1], kind: kDay, p: point{m: m, d: s.toks[days[len(days)-1]].day()}}
	s.tail(&last, next, sent, false)
	var out []cand
	for n, at := range days[:len(days)-1] {
		d := cand{i: at, j: at + 1, kind: kDay, p: point{y: last.p.y, m: m, d: s.toks[at].day()}, ownYear: last.ownYear,
			yearRel: last.yearRel, yearOff: last.yearOff}
		if n == 0 {
			d.i, d.wd = c.i, c.wd
		}
		out = append(out, d)
	}
	return append(out, last)
}

// dayMonth reads the month after a day number at k: a genitive month or
// an abbreviation with an optional dot ("5 дек.", "12 лист", "9 июл").
// It returns 0 and k if there is none.
func (s *scanner) dayMonth(k, sent int) (int, int) {
	t := s.at(k, sent)
	if m := t.month(fGen); m != 0 {
		return m, k + 1
	}
	if !t.isLex(lxMonthAbbr) {
		return 0, k
	}
	if s.at(k+1, sent).isPunct('.') && s.text[t.end] == '.' {
		return int(t.lex.val), k + 2
	}
	return int(t.lex.val), k + 1
}

// matchMonthDay matches the English order "September 12[–14][, 2023]".
func (s *scanner) matchMonthDay(c cand, k, sent, m int) []cand {
	if c.i > k {
		c.i = k
	}
	if s.at(k+1, sent).isPunct('.') && s.toks[k].lex.flags&fAbbr != 0 { // "Sept. 12"
		k++
	}
	d := s.at(k+1, sent).day()
	if d == 0 || d > daysIn(2024, m) {
		return nil
	}
	k += 2
	if sep := s.at(k, sent); sep.isDash() || sep.isPrep(fTo) {
		if d2 := s.at(k+1, sent).day(); d2 > d {
			y, end := s.yearTail(k+2, sent, true)
			return []cand{{i: c.i, j: end, kind: kInterval, unit: unitDay, p: point{y, m, d}, p2: point{y, m, d2}, ownYear: y != 0}}
		}
	}
	c.p.m, c.p.d = m, d
	c.p.y, c.j = s.yearTail(k, sent, true)
	c.ownYear = c.p.y != 0
	return []cand{c}
}

func yearOr(y, def int) int {
	if y == 0 {
		return def
	}
	return y
}
