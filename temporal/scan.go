package temporal

// scanner matches temporal phrases over the tokens of one text.
type scanner struct {
	text string
	toks []token
	lang string
	// calendarSport is 1 when the text is about a sport whose season is a
	// calendar year (motor racing, tennis, athletics), -1 when not, 0 when
	// not read yet.
	calendarSport int8
	sport         int8 // the same for a text about sport at all
	steps         int  // tokens looked at beyond a rule's few words (see find)
}

// at returns token k if it exists and is in sentence sent.
func (s *scanner) at(k, sent int) *token {
	if k < 0 || k >= len(s.toks) || s.toks[k].sent != sent {
		return nil
	}
	return &s.toks[k]
}

func (t *token) isLex(k lexKind) bool { return t != nil && t.kind == tWord && t.lex.kind == k }

func (t *token) isPrep(flag uint32) bool {
	return t.isLex(lxPrep) && (flag == 0 || t.lex.flags&flag != 0)
}

func (t *token) isPunct(rs ...rune) bool {
	if t == nil || t.kind != tPunct {
		return false
	}
	for _, r := range rs {
		if t.punct == r {
			return true
		}
	}
	return false
}

func (t *token) isDash() bool { return t.isPunct('-', '–', '—', '‒', '−') }

func (t *token) isComma() bool { return t.isPunct(',') }

func (t *token) isConj() bool { return t.isLex(lxConj) }

// month returns the month of a month word having one of the flags.
func (t *token) month(flags uint32) int {
	if !t.isLex(lxMonth) || t.lex.flags&flags == 0 {
		return 0
	}
	if t.lex.flags&fEn != 0 && !t.upper {
		return 0
	}
	return int(t.lex.val)
}

// weekday returns the weekday+1 of a weekday word having one of the flags.
func (t *token) weekday(flags uint32) int {
	if !t.isLex(lxWeekday) || t.lex.flags&flags == 0 {
		return 0
	}
	if t.lex.flags&fEn != 0 && !t.upper {
		return 0
	}
	return int(t.lex.val) + 1
}

// day returns the day number of a token that can be a day of the month.
func (t *token) day() int {
	if t == nil || t.kind != tNum || t.ndig > 2 || t.num < 1 || t.num > 31 {
		return 0
	}
	switch t.suf() {
	case "", "го", "е", "ое", "й", "st", "nd", "rd", "th":
		return t.num
	}
	return 0
}

// year returns the year of a four-digit number, 0 if it cannot be one.
func (t *token) year() int {
	if t == nil || t.kind != tNum || t.ndig != 4 || t.num < 1000 || t.num > 2100 {
		return 0
	}
	switch t.suf() {
	case "", "го", "м", "му", "й", "г", "р", "ого", "ому", "ий", "ом":
		return t.num
	}
	return 0
}

func (t *token) yearWord() bool { return t.isLex(lxUnit) && t.lex.flags&fYearWord != 0 }

func (t *token) tod() bool { return t.isLex(lxTimeOfDay) }

// yearTail reads an optional "2023", "2023 года", "2023 р.", ", 2023" at k;
// it returns the year (0 if none) and the index after it.
func (s *scanner) yearTail(k, sent int, comma bool) (int, int) {
	t := s.at(k, sent)
	if comma && t.isComma() {
		if y := s.at(k+1, sent).year(); y != 0 {
			t, k = s.at(k+1, sent), k+1
		}
	}
	// "августа-2018": a hyphen with no space on either side.
	if t.isDash() && k > 0 && s.toks[k-1].end == t.start && s.toks[k-1].kind == tWord {
		if n := s.at(k+1, sent); n.year() != 0 && n.start == t.end {
			t, k = n, k+1
		}
	}
	y := t.year()
	if y == 0 {
		return 0, k
	}
	k++
	if w := s.at(k, sent); w.yearWord() && w.lex.flags&fPlural == 0 {
		k++
		if w.lex.flags&fAbbr != 0 && s.at(k, sent).isPunct('.') {
			k++
		}
	}
	return y, k
}

// relYear reads "прошлого года", "минулого року", "этого года" at k: it
// returns the offset from the publication year and the index after it.
func (s *scanner) relYear(k, sent int) (off, next int, ok bool) {
	a, u := s.at(k, sent), s.at(k+1, sent)
	if a.isLex(lxRelAdj) && u.yearWord() && u.lex.flags&(fPlural|fAbbr) == 0 && a.lex.flags&(fEn|fNear) == 0 {
		return int(a.lex.val), k + 2, true
	}
	return 0, k, false
}

// sameYear reads "того же года", "того ж року", "that year" at k.
func (s *scanner) sameYear(k, sent int) (int, bool) {
	a := s.at(k, sent)
	if a == nil || a.kind != tWord {
		return k, false
	}
	n := k + 1
	if b := s.at(n, sent); b != nil && b.kind == tWord && b.lex.kind == lxNone && b.end-b.start <= 4 {
		n++ // "же", "ж"
	}
	if u := s.at(n, sent); u.yearWord() && u.lex.flags&(fPlural|fAbbr) == 0 && n > k {
		return n + 1, s.isThat(a)
	}
	return k, false
}

// tail reads a written or relative year after a date or month into c and
// sets c.j.
func (s *scanner) tail(c *cand, k, sent int, comma bool) {
	if off, next, ok := s.relYear(k, sent); ok {
		c.yearRel, c.yearOff, c.j = true, off, next
		return
	}
	if next, ok := s.sameYear(k, sent); ok {
		c.yearSame, c.j = true, next
		return
	}
	c.p.y, c.j = s.yearTail(k, sent, comma)
	c.ownYear = c.p.y != 0
}

// find runs every matcher at every token and keeps, left to right, the
// longest match.
func (s *scanner) find() []cand {
	var out []cand
	matchers := [...]func(int) []cand{
		s.matchDay, s.matchMonth, s.matchMod, s.matchYear, s.matchSeason, s.matchRel, s.matchWeekday, s.matchTime, s.matchQuarter, s.matchHoliday,
		s.matchMonthsOfYear, s.matchNthWeekday,
	}
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.kind == tPunct || (t.kind == tWord && t.lex.kind == lxNone && t.adjMonth == 0) || t.isLex(lxConj) {
			i++
			continue
		}
		// No rule starts at a preposition followed by a plain word ("в
		// городе"); skipping them saves running every rule on them.
		if t.isLex(lxPrep) && t.lex.flags&fEve == 0 && i+1 < len(s.toks) {
			if n := &s.toks[i+1]; n.kind == tWord && n.lex.kind == lxNone && n.adjMonth == 0 {
				i++
				continue
			}
		}
		var best []cand
		bestJ := i
		for _, m := range matchers {
			cs := m(i)
			if len(cs) > 0 && cs[len(cs)-1].j > bestJ {
				best, bestJ = cs, cs[len(cs)-1].j
			}
		}
		if best == nil {
			i++
			continue
		}
		out = append(out, best...)
		i = bestJ
	}
	return out
}

// isThat reports whether t is "того", "that" — set apart by the text, not
// the lexicon, so the word stays free for other uses.
func (s *scanner) isThat(t *token) bool {
	w := s.text[t.start:t.end]
	return w == "того" || w == "Того" || w == "that" || w == "That"
}
