package temporal

import "strings"

// matchWeekday matches a weekday without a date: "в четверг", "у середу
// вранці", "вечером пятницы", "в ночь на субботу", "on Tuesday".
func (s *scanner) matchWeekday(i int) []cand {
	sent := s.toks[i].sent
	t := s.at(i, sent)
	k, start := i, i
	switch {
	case t.isLex(lxWeekday) && t.lex.flags&fAdjWd != 0:
		return s.weekdayAdj(i, sent)
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

// weekdayAdj matches a weekday adjective naming one day ("воскресный
// теракт", "на субботней встрече", "недільного матчу"); not a weekly
// custom: "воскресная школа", "субботний день", "пятничная молитва", "по
// субботним дням", "каждую субботнюю …".
func (s *scanner) weekdayAdj(i, sent int) []cand {
	t := &s.toks[i]
	if p := s.at(i-1, sent); p != nil && p.kind == tWord {
		switch strings.ToLower(s.text[p.start:p.end]) {
		case "по", "каждый", "каждую", "каждое", "каждой", "каждом", "каждого", "кожен", "кожну", "кожного", "кожної", "кожному", "кожній":
			return nil
		}
	}
	if n := s.at(i+1, sent); n != nil && n.kind == tWord {
		w := strings.ToLower(s.text[n.start:n.end])
		if n.isLex(lxUnit) || w == "днем" || w == "днём" {
			return nil // "субботний день", "воскресным днём"
		}
		if n.tod() { // "воскресным утром"
			return []cand{{i: i, j: i + 2, kind: kWeekday, wd: int(t.lex.val) + 1}}
		}
		if custom(w) {
			return nil
		}
		if n2 := s.at(i+2, sent); n2 != nil && n2.kind == tWord && adjective(w) && custom(strings.ToLower(s.text[n2.start:n2.end])) {
			return nil // "недільні безкоштовні класи"
		}
	}
	return []cand{{i: i, j: i + 1, kind: kWeekday, wd: int(t.lex.val) + 1}}
}

// weekend matches a weekend: "в этот уик-энд", "на выходных", "у минулі
// вихідні", "this weekend"; k is after a leading preposition at i.
func (s *scanner) weekend(i, k, sent int) []cand {
	c := cand{i: i, kind: kRel, unit: unitWeekend}
	if a := s.at(k, sent); a.isLex(lxRelAdj) {
		c.off, c.hasRel = int(a.lex.val), true
		if a.lex.flags&fNear != 0 { // "в ближайшие выходные": the coming one
			c.off = 0
		}
		k++
	}
	ins := k == i && s.weekendIns(k, sent) // "уик-эндом", "вікендом"
	if k == i && !c.hasRel && !ins {
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
	if n := s.at(end, sent); !c.hasRel && !ins && !strings.HasPrefix(word, "уик") && !strings.HasPrefix(word, "week") &&
		n != nil && n.kind == tWord && !n.upper && (n.lex.kind == lxNone || n.lex.kind == lxUnit || n.lex.kind == lxDaysNoun) {
		return nil
	}
	c.j = end
	return []cand{c}
}

// weekendIns reports whether the weekend word at k is an instrumental
// that stands alone as a time ("уик-эндом", "вікендом").
func (s *scanner) weekendIns(k, sent int) bool {
	w := s.at(k, sent)
	if !w.isLex(lxWeekend) {
		return false
	}
	if strings.EqualFold(s.text[w.start:w.end], "уик") {
		if e := s.at(k+2, sent); e != nil && s.at(k+1, sent).isDash() {
			w = e
		}
	}
	return strings.HasSuffix(s.text[w.start:w.end], "ом")
}

// sameOrNextDay matches a day named from the last day written before it:
// "в тот же день", "того ж дня", "в этот же день" (the same day), "на
// следующий день", "наступного дня", "на другой день" (the day after); k is
// after a leading preposition at i.
func (s *scanner) sameOrNextDay(i, k, sent int) []cand {
	a := s.at(k, sent)
	if !a.isLex(lxThat) && !a.isLex(lxRelAdj) && !a.isLex(lxOrdinal) {
		return nil
	}
	off := 0
	switch w := strings.ToLower(s.text[a.start:a.end]); w {
	case "тот", "того", "той", "том", "этот", "этого", "этом", "цей", "цього", "цьому":
	case "следующий", "следующего", "наступного", "наступний", "другой", "другий", "другого":
		off = 1
	default:
		return nil
	}
	n := k + 1
	if b := s.at(n, sent); off == 0 && b != nil && b.kind == tWord {
		if w := s.text[b.start:b.end]; w == "же" || w == "ж" {
			n++
		}
	}
	if p := s.at(i-1, sent); p.isConj() && off == 0 { // "в один и тот же день": any same day
		return nil
	}
	u := s.at(n, sent)
	if !u.isLex(lxUnit) || u.lex.val != unitDay || u.lex.flags&fPlural != 0 {
		return nil
	}
	w := s.text[u.start:u.end]
	if w != "день" && w != "дня" && w != "дні" {
		return nil
	}
	if p := s.at(n+1, sent); p != nil && p.kind == tWord {
		switch s.text[p.start:p.end] {
		case "после", "після", "от", "від":
			return nil // "на следующий день после атаки": counted from another event
		}
	}
	demo := false
	if off == 0 && n == k+1 {
		switch w := strings.ToLower(s.text[a.start:a.end]); {
		case k > i: // "в этот день", "у цей день", "у той день"
			demo = true
		case k == i && w == "цього" && (i == 0 || !s.at(i-1, sent).isLex(lxPrep)): // "Цього дня", not "до цього дня"
			demo = true
		default: // "этот день" alone is too vague; "того дня" needs "же"
			return nil
		}
	}
	start := i
	if s.at(i, sent).isPrep(fPrepIn) && !demo { // "в тот же день": the bare preposition is left out
		start = i + 1
	}
	return []cand{{i: start, j: n + 1, kind: kRel, unit: unitDay, off: off, anaphor: true, demo: demo}}
}

// custom reports whether a noun after a weekday adjective names a weekly
// custom: "воскресная школа", "пятничная молитва", "недільні класи".
func custom(w string) bool {
	for _, p := range [...]string{"школ", "шкіл", "молитв", "богослуж", "служб", "месс", "проповед", "дн", "обед", "обід", "отдых", "відпоч",
		"клас", "занят", "урок", "курс"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
