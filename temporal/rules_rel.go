package temporal

import (
	"strings"
	"unicode/utf8"
)

// matchYear matches years, decades and year intervals: "в 2022 году",
// "2023 року", "в 2022-м", "с 2014 по 2016 год", "2014–2016 годах",
// "в 1990-х", "90-х годов", "the 1990s".
func (s *scanner) matchYear(i int) []cand {
	sent := s.toks[i].sent
	k := i
	prep := s.at(k, sent).isPrep(0)
	from := s.at(k, sent).isPrep(fFrom)
	if prep {
		k++
	}
	if s.at(k, sent).isLex(lxGlue) {
		k++
	}
	t := s.at(k, sent)
	// Centuries: "в XXI веке", "ХХ века", "21-м веке", "XIX в.".
	if c := s.at(k+1, sent); c.isLex(lxCentury) || c.isPrep(fPrepIn) && s.text[c.start] == 0xD0 && s.at(k+2, sent).isPunct('.') && c.end == s.toks[k+2].start {
		n := 0
		switch {
		case t.isLex(lxRoman):
			n = int(t.lex.val)
		case t != nil && t.kind == tNum && t.ndig <= 2 && (t.suf() == "" || t.suf() == "м" || t.suf() == "го" || t.suf() == "й" || t.suf() == "ом"):
			n = t.num
		}
		if n >= 1 && n <= 22 {
			end := k + 2
			if !c.isLex(lxCentury) || c.isLex(lxCentury) && s.at(end, sent).isPunct('.') && s.text[c.start:c.end] == "вв" {
				end++ // "XIX в.", "вв."
			}
			return []cand{{i: k, j: end, kind: kCentury, decade: n}}
		}
	}
	if t.isLex(lxDecadeWord) { // "в нулевых годах", "девяностые годы"
		end := k + 1
		if w := s.at(end, sent); w.yearWord() && w.lex.flags&fPlural != 0 {
			end++
		} else if !prep {
			return nil
		}
		return []cand{{i: k, j: end, kind: kDecade, decade: int(t.lex.val) * 10}}
	}
	if t == nil || t.kind != tNum {
		return nil
	}
	start := k
	if from {
		start = i
	}
	// Decades.
	switch t.suf() {
	case "х", "ых", "их", "е", "ті", "s":
		end := k + 1
		plural := s.at(end, sent).yearWord()
		if plural {
			end++
		}
		next := s.at(end, sent)
		alone := next == nil || next.kind == tPunct || next.isConj() || next.isPrep(0) // "хиты 90-х, ..."
		switch {
		case t.ndig == 4 && t.num%10 == 0 && t.num >= 1000 && t.num <= 2100:
			return []cand{{i: k, j: end, kind: kDecade, decade: t.num}}
		case t.ndig == 2 && t.num%10 == 0 && (plural || alone):
			// "90-х годов": the century is chosen by the resolver.
			return []cand{{i: k, j: end, kind: kDecade, decade: t.num}}
		}
		return nil
	}
	y := t.year()
	if y == 0 {
		return nil
	}
	// Intervals: "2014–2016", "с 2014 по 2016 год".
	if sep := s.at(k+1, sent); sep.isDash() || (from && (sep.isPrep(fTo) || sep.isConj())) {
		if y2 := s.at(k+2, sent).year(); y2 > y && y2-y <= 100 {
			end := k + 3
			if w := s.at(end, sent); w.yearWord() {
				end++
			}
			return []cand{{i: start, j: end, kind: kInterval, unit: unitYear, p: point{y: y}, p2: point{y: y2}, ownYear: true}}
		}
	}
	if cs := s.yearList(k, sent, y); cs != nil {
		return cs
	}
	// A season across two years: "2008/09", "сезону 2001/02".
	if sl, n := s.at(k+1, sent), s.at(k+2, sent); sl.isPunct('/') && n != nil && n.kind == tNum && n.ndig == 2 &&
		sl.start == t.end && n.start == sl.end && n.num == (y+1)%100 && t.suf() == "" {
		return []cand{{i: k, j: k + 3, kind: kInterval, unit: unitYear, p: point{y: y}, p2: point{y: y + 1}, ownYear: true}}
	}
	end := k + 1
	// A year that ends a hyphenated name: "саміт-2019", "Євро-2024",
	// "бюджету-2025 р.", "Амуль-Хазар-2018"; the span is the whole name.
	first := -1
	if !prep {
		first = s.compoundYear(k)
	}
	if w := s.at(end, sent); w.yearWord() && w.lex.flags&fPlural == 0 {
		end++
		if w.lex.flags&fAbbr != 0 && s.at(end, sent).isPunct('.') {
			end++
		}
		start := k
		if first >= 0 {
			start = first
		}
		return []cand{{i: start, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
	}
	if t.suf() == "г" || t.suf() == "р" || t.suf() == "го" || t.suf() == "м" || t.suf() == "му" || t.suf() == "ом" {
		return []cand{{i: k, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
	}
	if first >= 0 {
		return []cand{{i: first, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
	}
	if !prep && y >= 1900 && s.citedYear(k) {
		return []cand{{i: k, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
	}
	// A bare year after a preposition, unless a plain Cyrillic word
	// follows ("в 2000 километрах"; "in 1999 when" is a year).
	if !prep || y < 1900 {
		return nil
	}
	if n := s.at(end, sent); n != nil && n.kind == tWord && !n.upper && n.lex.kind == lxNone && s.text[n.start] >= 0x80 {
		return nil
	}
	if n := s.at(end, sent); n != nil && n.kind == tNum {
		return nil
	}
	return []cand{{i: k, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
}

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
	}
	k := i
	if t.isPrep(fPrepIn) || t.isPrep(0) && !t.isPrep(fFrom) && !t.isPrep(fTo) {
		k++
	}
	if c := s.weekend(i, k, sent); c != nil {
		return c
	}
	if a := s.at(k, sent); a.isLex(lxRelAdj) {
		n := s.at(k+1, sent)
		if n.isLex(lxUnit) && n.lex.flags&(fPlural|fAbbr) == 0 && n.lex.val >= unitWeek {
			return []cand{{i: i, j: k + 2, kind: kRel, unit: int(n.lex.val), off: int(a.lex.val)}}
		}
		if wd := n.weekday(fNom | fGen | fLoc); wd != 0 && n.lex.flags&fWeak == 0 {
			end := k + 2
			if s.at(end, sent).tod() {
				end++
			}
			return []cand{{i: k, j: end, kind: kWeekday, wd: wd, off: int(a.lex.val), hasRel: true}}
		}
		return nil
	}
	// "три дня назад", "тиждень тому", "a week ago"; "через два дня"
	n, k, sign, start := 1, i, -1, i
	if t.isLex(lxLater) {
		sign, k, i = 1, i+1, i+1
		t = s.at(i, sent)
		if t == nil {
			return nil
		}
	}
	if t.kind == tNum && t.suf() == "" && t.num > 0 && t.num < 10000 {
		n, k = t.num, i+1
	} else if t.isLex(lxNumWord) {
		n, k = int(t.lex.val), i+1
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
	return []cand{{i: start, j: end, kind: kRel, unit: int(u.lex.val), off: sign * n}}
}

// matchWeekday matches a weekday without a date: "в четверг", "у середу
// вранці", "вечером пятницы", "в ночь на субботу", "on Tuesday".
func (s *scanner) matchWeekday(i int) []cand {
	sent := s.toks[i].sent
	t := s.at(i, sent)
	k, start := i, i
	switch {
	case t.tod():
		k++
		if s.at(k, sent).tod() {
			k++
		}
		if wd := s.at(k, sent).weekday(fGen | fEn); wd != 0 {
			return []cand{{i: start, j: k + 1, kind: kWeekday, wd: wd}}
		}
		return nil
	case t.isPrep(0):
		k++
		start = k
		if s.at(k, sent).isLex(lxTimeOfDay) { // "в ночь на" is not in the lexicon; "on Tuesday"
			return nil
		}
	default:
		return nil
	}
	w := s.at(k, sent)
	wd := w.weekday(fLoc)
	weakOK := false
	switch {
	case wd != 0:
	case t.isPrep(fFrom) || t.isPrep(fTo): // "со вторника", "з вівторка", "до пятницы"
		wd = w.weekday(fGen)
		weakOK = true // "со среды", "до среды": not the noun

	case t.lex.flags == 0 && (s.text[t.start:t.end] == "к" || s.text[t.start:t.end] == "К"): // "к пятнице"
		wd = w.weekday(fDat)
	}
	if wd == 0 || (w.lex.flags&fWeak != 0 && !weakOK) {
		return nil
	}
	end := k + 1
	if s.at(end, sent).tod() {
		end++
	}
	out := []cand{{i: start, j: end, kind: kWeekday, wd: wd}}
	// "в среду и четверг", "у вівторок та в середу"
	for s.at(end, sent).isConj() {
		n := end + 1
		if s.at(n, sent).isPrep(fPrepIn) {
			n++
		}
		w := s.at(n, sent)
		wd := w.weekday(fLoc)
		if wd == 0 || w.lex.flags&fWeak != 0 {
			break
		}
		end = n + 1
		out = append(out, cand{i: n, j: end, kind: kWeekday, wd: wd})
	}
	return out
}

// matchTime matches a clock time after a preposition: "в 15:30", "о 10:00",
// "at 9:15".
func (s *scanner) matchTime(i int) []cand {
	sent := s.toks[i].sent
	if t := s.at(i, sent); t != nil && t.kind == tTime && s.afterDate(i, sent) {
		return []cand{{i: i, j: i + 1, kind: kTime, minute: t.num}}
	}
	if !s.at(i, sent).isPrep(0) {
		return nil
	}
	t := s.at(i+1, sent)
	if t == nil || t.kind != tTime {
		return nil
	}
	return []cand{{i: i + 1, j: i + 2, kind: kTime, minute: t.num}}
}

// afterDate reports whether the clock time at k follows a date with at most
// a comma between them, as in a date line: "12.11.2024, 14:35", "Вчора,
// 18:30", "13 листопада 2024 14:35".
func (s *scanner) afterDate(k, sent int) bool {
	p := s.at(k-1, sent)
	if p.isComma() {
		p = s.at(k-2, sent)
	}
	switch {
	case p == nil:
		return false
	case p.kind == tNumDate, p.isLex(lxRelDay) && p.lex.flags&fAdj == 0:
		return true
	case p.kind == tNum && p.year() != 0: // "13 листопада 2024 14:35"
		return true
	case p.kind == tWord && p.isLex(lxMonth) || p.isLex(lxMonthAbbr) || p.isLex(lxUnit) && p.lex.flags&fYearWord != 0:
		return true // "12 ноября, 15:30", "2024 року, 14:35"
	}
	return false
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

// compoundYear reports whether the number at k ends a hyphenated word, as
// in "вибори-2024": a word, a hyphen and the number with no space between
// them, and no other digits after it. It returns the index of the name's
// first word ("Амуль-Хазар-2018"), -1 if there is none.
func (s *scanner) compoundYear(k int) int {
	t := &s.toks[k]
	if k < 2 || t.suf() != "" || t.num < 1900 {
		return -1
	}
	h, w := &s.toks[k-1], &s.toks[k-2]
	if h.kind != tPunct || (h.punct != '-' && h.punct != '–') || h.end != t.start || w.kind != tWord || w.end != h.start {
		return -1
	}
	if len(s.text[w.start:w.end]) < 3 { // "Ф-2000"
		return -1
	}
	if followedByDigitSep(s.text, t.end) {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(s.text[t.end:]); isLetter(r) {
		return -1
	}
	first := k - 2
	for first >= 2 && s.toks[first-1].kind == tPunct && s.toks[first-1].punct == '-' && s.toks[first-1].end == s.toks[first].start &&
		s.toks[first-2].kind == tWord && s.toks[first-2].end == s.toks[first-1].start && s.toks[first-2].sent == t.sent {
		first -= 2
	}
	return first
}

// citedYear reports whether the bare number at k is a year set apart as a
// citation: in parentheses ("«Элегия» (1940)") or between a comma after a
// word and a full stop or comma, as in a reference ("М.: Время, 2018.").
func (s *scanner) citedYear(k int) bool {
	if k == 0 || k+1 >= len(s.toks) {
		return false
	}
	p, n := &s.toks[k-1], &s.toks[k+1]
	if p.kind != tPunct || n.kind != tPunct || n.sent != s.toks[k].sent {
		return false
	}
	switch {
	case p.punct == '(' && n.punct == ')':
		return true
	case p.punct == ',' && (n.punct == '.' || n.punct == ',' || n.punct == ';'):
		return k >= 2 && s.toks[k-2].kind == tWord
	}
	return false
}

// yearList reads "1976 и 1982 годах", "2019, 2020 и 2021 годы": years
// joined by commas and conjunctions that a plural year word ends; each is
// a year.
func (s *scanner) yearList(k, sent, y int) []cand {
	out := []cand{{i: k, j: k + 1, kind: kYear, p: point{y: y}, ownYear: true}}
	n := k + 1
	for {
		sep := s.at(n, sent)
		if !sep.isConj() && !sep.isComma() {
			break
		}
		y2 := s.at(n+1, sent).year()
		if y2 == 0 || s.at(n+1, sent).suf() != "" {
			break
		}
		out = append(out, cand{i: n + 1, j: n + 2, kind: kYear, p: point{y: y2}, ownYear: true})
		n += 2
	}
	if w := s.at(n, sent); len(out) < 2 || !w.yearWord() || w.lex.flags&fPlural == 0 {
		return nil
	}
	out[len(out)-1].j = n + 1
	return out
}

// matchMonthsOfYear matches "за 10 місяців 2024 року", "за первые девять
// месяцев прошлого года": the months of a year from January, an interval.
func (s *scanner) matchMonthsOfYear(i int) []cand {
	sent := s.toks[i].sent
	if w := s.at(i, sent); !w.isPrep(0) || (s.text[w.start:w.end] != "за" && s.text[w.start:w.end] != "За") {
		return nil
	}
	k := i + 1
	start := k
	if s.at(k, sent).isLex(lxEdgeDays) && s.at(k, sent).lex.val == modEarly { // "первые", "перші"
		k++
	}
	t := s.at(k, sent)
	n := 0
	switch {
	case t == nil:
		return nil
	case t.kind == tNum && t.suf() == "":
		n = t.num
	case t.isLex(lxNumWord):
		n = int(t.lex.val)
	}
	u := s.at(k+1, sent)
	if n < 2 || n > 11 || !u.isLex(lxUnit) || u.lex.val != unitMonth {
		return nil
	}
	c := cand{i: start, kind: kInterval, unit: unitMonth}
	s.tail(&c, k+2, sent, false)
	if !c.ownYear && !c.yearRel {
		return nil
	}
	c.p, c.p2 = point{y: c.p.y, m: 1}, point{y: c.p.y, m: n}
	return []cand{c}
}

// weekend matches a weekend: "в этот уик-энд", "на выходных", "у минулі
// вихідні", "this weekend"; k is after a leading preposition at i.
func (s *scanner) weekend(i, k, sent int) []cand {
	c := cand{i: i, kind: kRel, unit: unitWeekend}
	if a := s.at(k, sent); a.isLex(lxRelAdj) {
		c.off, c.hasRel = int(a.lex.val), true
		k++
	} else if k == i {
		return nil // a bare "выходные" is a noun ("выходные дни"), not a date
	}
	w := s.at(k, sent)
	if !w.isLex(lxWeekend) {
		return nil
	}
	end := k + 1
	word := s.text[w.start:w.end]
	if strings.EqualFold(word, "уик") { // "уик-энд", not "УИК"
		if h, e := s.at(k+1, sent), s.at(k+2, sent); !h.isDash() || e == nil || e.kind != tWord || e.start != h.end || w.start == 0 {
			return nil
		}
		end = k + 3
	}
	// "выходные", "вихідні" are also adjectives ("выходные данные",
	// "вихідні дні"): without "этот" or "минулі" no plain word may follow.
	if n := s.at(end, sent); !c.hasRel && !strings.HasPrefix(word, "уик") && !strings.HasPrefix(word, "week") &&
		n != nil && n.kind == tWord && !n.upper && (n.lex.kind == lxNone || n.lex.kind == lxUnit || n.lex.kind == lxDaysNoun) {
		return nil
	}
	c.j = end
	return []cand{c}
}
