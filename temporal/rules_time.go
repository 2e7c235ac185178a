package temporal

import "strings"

// matchTime matches a clock time: after a date in a date line ("12.11.2024,
// 14:35", "сьогодні, 18:56", "12.09.2023 в 15:30"), which gives its day; after a preposition
// ("в 15:30", "о 10:00", "at 9:15"); before a time zone ("14:16 мск", also
// with a dot: "на 14.16 мск"); or opening a sentence as a news feed's
// timestamp ("13:16 В Пакистане передумали…", ", 17:26 REGNUM").
func (s *scanner) matchTime(i int) []cand {
	cs := s.matchTime1(i)
	if len(cs) == 1 && !cs[0].dateline {
		cs[0].dayAfter = s.dayAfter(cs[0].j, cs[0].sent(s))
	}
	return cs
}

// dayAfter reports whether a day starts at k, or after a time zone at k:
// the day of a time written before it ("с 00:00 29 декабря", "в 18.05 GMT
// 22 ноября").
func (s *scanner) dayAfter(k, sent int) bool {
	if s.timeZone(k, sent) {
		k++
		if t := s.at(k, sent); t != nil && t.kind == tWord && s.at(k-1, sent).kind == tWord && (s.text[s.toks[k-1].start:s.toks[k-1].end] == "по" || s.text[s.toks[k-1].start:s.toks[k-1].end] == "за") {
			k++ // "по Москве"
		}
	}
	t := s.at(k, sent)
	if t == nil {
		return false
	}
	if t.kind == tNumDate {
		return true
	}
	m, _ := s.dayMonth(k+1, sent)
	return t.day() != 0 && m != 0
}

func (s *scanner) matchTime1(i int) []cand {
	sent := s.toks[i].sent
	t := s.at(i, sent)
	if t != nil && t.kind == tTime {
		if s.afterDate(i, sent) {
			return []cand{{i: i, j: i + 1, kind: kTime, minute: t.num, dateline: true}}
		}
		// A feed's timestamp is followed by a capitalised headline ("13:16 В
		// Пакистане…"); "(Гал. 3:10а)" is a verse.
		if n := s.at(i+1, sent); s.timeZone(i+1, sent) || s.opensSentence(i, sent) && n != nil && n.kind == tWord && n.upper && n.start > t.end {
			return []cand{{i: i, j: i + 1, kind: kTime, minute: t.num}}
		}
		return nil
	}
	if m, ok := s.dotTime(i, sent); ok && s.timeZone(i+3, sent) { // "14.16 мск"
		return []cand{{i: i, j: i + 3, kind: kTime, minute: m}}
	}
	if !t.isPrep(0) {
		return nil
	}
	if m, ok := s.dotTime(i+1, sent); ok && (s.timeZone(i+4, sent) || s.dotTimePrep(i, sent)) {
		return []cand{{i: i + 1, j: i + 4, kind: kTime, minute: m, dateline: s.afterDate(i, sent)}}
	}
	t = s.at(i+1, sent)
	if t == nil || t.kind != tTime {
		return nil
	}
	// "12.09.2023 в 15:30": the date just before the preposition is its day.
	return []cand{{i: i + 1, j: i + 2, kind: kTime, minute: t.num, dateline: s.afterDate(i, sent)}}
}

// dotTime reads "14.16" at k: hours, a dot and two digits of minutes with
// nothing between them. Only a time zone after it or a preposition of
// time before it (dotTimePrep) makes it a time: a dotted pair is often a
// decimal ("в 1.5 раза").
func (s *scanner) dotTime(k, sent int) (int, bool) {
	h, d, m := s.at(k, sent), s.at(k+1, sent), s.at(k+2, sent)
	if h == nil || h.kind != tNum || h.ndig > 2 || h.suffix != 0 || h.num > 23 || !d.isPunct('.') || m == nil || m.kind != tNum ||
		m.ndig != 2 || m.suffix != 0 || m.num > 59 || d.start != h.end || m.start != d.end || followedByDigitSep(s.text, m.end) {
		return 0, false
	}
	return h.num*60 + m.num, true
}

// dotTimePrep reports whether the preposition at i makes the dotted
// number after it a clock time: "в 13.00", "о 19.00", "к 14.00", "станом
// на 10.00", "с 11.00 до 19.00" (a bare "с" is too often an article of a
// code: "с 20.29 КоАП"), unless a unit follows ("в 0.01 сек", "до 2.37
// пункта").
func (s *scanner) dotTimePrep(i, sent int) bool {
	p := &s.toks[i]
	switch strings.ToLower(s.text[p.start:p.end]) {
	case "в", "во", "о", "об", "к", "до", "на", "около", "близько", "приблизно", "at":
	case "с", "з", "із", "від":
		if to := s.at(i+4, sent); to == nil || !to.isPrep(fTo) {
			return false
		}
		if _, ok := s.dotTime(i+5, sent); !ok {
			return false
		}
	default:
		return false
	}
	n := s.at(i+4, sent)
	if n == nil || n.kind != tWord {
		return n == nil || n.kind == tPunct && n.punct != '%'
	}
	w := strings.ToLower(s.text[n.start:n.end])
	for _, u := range [...]string{"сек", "с", "минут", "хвилин", "пункт", "балл", "бал", "очк", "раз", "процент", "відсот", "доллар", "долар",
		"евро", "євро", "гривн", "грн", "руб", "млн", "млрд", "тыс", "тис", "км", "м", "кг", "л", "т", "см", "мм", "метр"} {
		if strings.HasPrefix(w, u) && (len(w) == len(u) || len(u) > 2) {
			return false
		}
	}
	return true
}

// timeZone reports whether a time zone follows at k: "мск", "GMT", "UTC",
// "по Москве", "по московскому времени", "за київським часом", "за Києвом".
func (s *scanner) timeZone(k, sent int) bool {
	t := s.at(k, sent)
	if t == nil || t.kind != tWord {
		return false
	}
	w := strings.ToLower(s.text[t.start:t.end])
	switch w {
	case "мск", "msk", "gmt", "utc", "cet", "eet", "кв":
		return true
	case "по", "за":
		n := s.at(k+1, sent)
		if n == nil || n.kind != tWord {
			return false
		}
		w2 := strings.ToLower(s.text[n.start:n.end])
		for _, p := range [...]string{"москв", "киев", "києв", "гринвич", "московск", "киевск", "київськ", "местн", "місцев"} {
			if strings.HasPrefix(w2, p) {
				return true
			}
		}
	}
	return false
}

// opensSentence reports whether only punctuation comes before token k in
// its sentence.
func (s *scanner) opensSentence(k, sent int) bool {
	for p := k - 1; p >= 0 && s.toks[p].sent == sent; p-- {
		if s.toks[p].kind != tPunct {
			return false
		}
	}
	return true
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
