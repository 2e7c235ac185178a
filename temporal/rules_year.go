package temporal

import "unicode/utf8"

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
	// Intervals: "2014–2016", "с 2014 по 2016 год", and with a short
	// second year: "сезона 2011-12", "1975-76 років", "1932-33 рр.".
	if sep := s.at(k+1, sent); sep.isDash() || (from && (sep.isPrep(fTo) || sep.isConj())) {
		y2 := s.at(k+2, sent).year()
		if y2 == 0 && sep.isDash() && t.suf() == "" {
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

// shortYear reads the second year of "2011-12" from its last two digits:
// a later year at most ten after y, with no digit or letter joined to it
// ("2011-12-05" is a date, "1990-91x" is not a year); 0 if t is not one.
func shortYear(y int, t *token, text string) int {
	if t == nil || t.kind != tNum || t.ndig != 2 || t.suffix != 0 || followedByDigitSep(text, t.end) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(text[t.end:]); isLetter(r) {
		return 0
	}
	y2 := y/100*100 + t.num
	if y2 <= y {
		y2 += 100 // "1999-00"
	}
	if y2-y > 10 {
		return 0
	}
	return y2
}

// yearWords reads an optional plural year word after an interval of years
// at k — "годах", "років", "гг.", "рр.", "г.г." — and returns the index
// after it.
func (s *scanner) yearWords(k, sent int) int {
	w := s.at(k, sent)
	if !w.yearWord() {
		return k
	}
	k++
	if w.lex.flags&fAbbr != 0 && s.at(k, sent).isPunct('.') {
		k++
		if g := s.at(k, sent); g.yearWord() && g.lex.flags&fAbbr != 0 && g.start == s.toks[k-1].end && s.at(k+1, sent).isPunct('.') {
			k += 2 // "г.г."
		}
	}
	return k
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

// roman returns the value (1–39) of a Roman numeral written in capitals,
// with Latin or Cyrillic look-alike letters ("XXI", "ХХ", "ХІХ"); 0 if w
// is not one.
func roman(w string) int {
	v, prev := 0, 100
	for _, r := range w {
		var d int
		switch r {
		case 'I', 'І', 'Ӏ':
			d = 1
		case 'V':
			d = 5
		case 'X', 'Х':
			d = 10
		default:
			return 0
		}
		if d > prev {
			v += d - 2*prev // "IX", "XIV"
		} else {
			v += d
		}
		prev = d
	}
	if v > 39 {
		return 0
	}
	return v
}
