package temporal

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
	// Centuries: "в XXI веке", "ХХ века", "21-м веке", "XIX в.", "XX ст."
	// (only after a Roman numeral from V: "ч. 2 ст. 15" is an article of a law,
	// "ЗОШ І-III ст." a school's grades).
	if c := s.at(k+1, sent); c.isLex(lxCentury) || c.isPrep(fPrepIn) && s.text[c.start] == 0xD0 && s.at(k+2, sent).isPunct('.') && c.end == s.toks[k+2].start ||
		t.isLex(lxRoman) && t.lex.val >= 5 && c != nil && c.kind == tWord && s.text[c.start:c.end] == "ст" && s.at(k+2, sent).isPunct('.') && c.end == s.toks[k+2].start {
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
				end++ // "XIX в.", "вв.", "XX ст."
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
			if s.toks[end-1].lex.flags&fAbbr != 0 && s.at(end, sent).isPunct('.') { // "90-х рр."
				end++
			}
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
	if c, ok := s.decadeRange(k, sent); ok { // "1960-1980-х гг.", "у 1960–1980-х роках", "1960-80-х"
		return []cand{c}
	}
	y := t.year()
	if y == 0 {
		return nil
	}
	// Intervals: "2014–2016", "с 2014 по 2016 год", and with a short
	// second year: "сезона 2011-12", "1975-76 років", "1932-33 рр.".
	if sep := s.at(k+1, sent); sep.isDash() || (from && (sep.isPrep(fTo) || sep.isConj())) {
		y2 := s.at(k+2, sent).year()
		if y2 == 0 && sep.isDash() && t.suf() == "" && sep.start == t.end && s.at(k+2, sent) != nil && s.toks[k+2].start == sep.end { // "до 2030 — 35%" is not one
			y2 = shortYear(y, s.at(k+2, sent), s.text)
		}
		if y2 > y && y2-y <= 100 {
			end := s.yearWords(k+3, sent)
			return []cand{{i: start, j: end, kind: kInterval, unit: unitYear, p: point{y: y}, p2: point{y: y2}, ownYear: true}}
		}
	}
	if cs := s.yearList(k, sent, y); cs != nil {
		return cs
	}
	// A season across two years: "2008/09", "сезону 2001/02", "у 2006/2007 н. р.".
	if sl, n := s.at(k+1, sent), s.at(k+2, sent); sl.isPunct('/') && n != nil && n.kind == tNum && (n.ndig == 2 && n.num == (y+1)%100 || n.ndig == 4 && n.num == y+1) &&
		sl.start == t.end && n.start == sl.end && t.suf() == "" && n.suffix == 0 && !followedByDigitSep(s.text, n.end) {
		return []cand{{i: k, j: k + 3, kind: kInterval, unit: unitYear, p: point{y: y}, p2: point{y: y + 1}, ownYear: true}}
	}
	end := k + 1
	// A year that ends a hyphenated name: "саміт-2019", "Євро-2024",
	// "бюджету-2025 р.", "Амуль-Хазар-2018"; the span is the whole name.
	first := -1
	if !prep {
		first = s.compoundYear(k)
	}
	if a, w := s.at(end, sent), s.at(end+1, sent); a != nil && a.kind == tWord && a.lex.kind == lxNone && !a.upper && adjective(s.text[a.start:a.end]) &&
		w.yearWord() && w.lex.flags&(fPlural|fAbbr) == 0 {
		end++ // "в 2019 финансовом году", "2023 навчальному році"
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
	switch t.suf() {
	case "г", "р", "го", "м", "му", "ом", "ому", "ий", "й", "ого": // "2022-м", "у 2016-ому", "про 1948-й"
		return []cand{{i: k, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
	}
	if first >= 0 {
		return []cand{{i: first, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
	}
	if !prep && y >= 1900 && (s.citedYear(k) || s.namedYear(k)) {
		return []cand{{i: k, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
	}
	if !prep && y >= 1800 && s.opensSentence(k, sent) && s.at(end, sent).isDash() && t.suf() == "" {
		return []cand{{i: k, j: end, kind: kYear, p: point{y: y}, ownYear: true}} // a chronology: "1994 – международная организация …"
	}
	// A bare year after a preposition, unless a plain Cyrillic word
	// follows ("в 2000 километрах"; "in 1999 when" is a year) that is not
	// a pronoun or a particle ("В 2015 он занял пост").
	if !prep || y < 1900 {
		return nil
	}
	if n := s.at(end, sent); n != nil && n.kind == tWord && !n.upper && n.lex.kind == lxNone && s.text[n.start] >= 0x80 && !clauseWord(s.text[n.start:n.end]) {
		return nil
	}
	if n := s.at(end, sent); n != nil && n.kind == tNum {
		return nil
	}
	return []cand{{i: k, j: end, kind: kYear, p: point{y: y}, ownYear: true}}
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
	case t.isLex(lxNumWord) && t.lex.flags&fGen == 0:
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

// decadeRange matches a range of decades whose first decade is a bare year:
// "1960-1980-х гг.", "1960–1980-х роках", "1960-80-х годов". The candidate
// is a kDecade whose p2.y is the last decade.
func (s *scanner) decadeRange(k, sent int) (cand, bool) {
	t, sep, e := s.at(k, sent), s.at(k+1, sent), s.at(k+2, sent)
	if t == nil || t.kind != tNum || t.ndig != 4 || t.suf() != "" || t.num%10 != 0 || t.num < 1000 || t.num > 2100 ||
		!sep.isDash() || e == nil || e.kind != tNum || e.num%10 != 0 {
		return cand{}, false
	}
	switch e.suf() {
	case "х", "ых", "их", "е", "ті", "s":
	default:
		return cand{}, false
	}
	last := e.num
	switch {
	case e.ndig == 2:
		last += t.num / 100 * 100
	case e.ndig != 4:
		return cand{}, false
	}
	if last <= t.num || last-t.num > 100 {
		return cand{}, false
	}
	end := k + 3
	if s.at(end, sent).yearWord() {
		end++
		if s.toks[end-1].lex.flags&fAbbr != 0 && s.at(end, sent).isPunct('.') { // "гг."
			end++
		}
	}
	return cand{i: k, j: end, kind: kDecade, decade: t.num, p2: point{y: last}}, true
}
