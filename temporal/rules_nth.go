package temporal

import "strings"

// wordDay reads a day of the month written as an ordinal word, with its
// tens: "пятого", "двадцать первого", "тридцятого". It returns 0 if there
// is none, else the day and the index after it.
func (s *scanner) wordDay(k, sent int) (int, int) {
	t := s.at(k, sent)
	tens := 0
	if t.isLex(lxNumWord) && (t.lex.val == 20 || t.lex.val == 30) {
		tens, k = int(t.lex.val), k+1
		t = s.at(k, sent)
	}
	var d int
	switch {
	case t.isLex(lxDayOrd):
		d = int(t.lex.val)
	case t.isLex(lxOrdinal) && strings.HasSuffix(s.text[t.start:t.end], "го"): // "первого", "другого"
		d = int(t.lex.val)
	default:
		return 0, k
	}
	switch {
	case tens == 0:
		return d, k + 1
	case d <= 9 && tens+d <= 31:
		return tens + d, k + 1
	}
	return 0, k
}

// nthWords are the ordinals of "в первое воскресенье сентября", "в
// останню неділю березня"; -1 is the last.
var nthWords = map[string]int8{
	"первый": 1, "первое": 1, "первую": 1, "первая": 1, "перший": 1, "перше": 1, "першу": 1, "перша": 1,
	"второй": 2, "второе": 2, "вторую": 2, "вторая": 2, "другий": 2, "друге": 2, "другу": 2, "друга": 2,
	"третий": 3, "третье": 3, "третью": 3, "третья": 3, "третій": 3, "третє": 3, "третю": 3, "третя": 3,
	"четвертый": 4, "четвертое": 4, "четвертую": 4, "четвертий": 4, "четверте": 4, "четверту": 4,
	"последний": -1, "последнее": -1, "последнюю": -1, "последняя": -1, "останній": -1, "останнє": -1, "останню": -1, "остання": -1,
}

// matchNthWeekday matches a weekday or day counted in a month: "в первое
// воскресенье сентября", "в последнюю субботу сентября", "у другу неділю
// березня", "в последний день февраля".
func (s *scanner) matchNthWeekday(i int) []cand {
	sent := s.toks[i].sent
	p := s.at(i, sent)
	if !p.isPrep(fPrepIn) && !(p.isPrep(0) && s.text[p.start:p.end] == "на") {
		return nil
	}
	o := s.at(i+1, sent)
	if o == nil || o.kind != tWord {
		return nil
	}
	nth, ok := nthWords[strings.ToLower(s.text[o.start:o.end])]
	if !ok {
		return nil
	}
	w := s.at(i+2, sent)
	wd := w.weekday(fLoc | fNom)
	if wd == 0 && !(w.isLex(lxUnit) && w.lex.val == unitDay && w.lex.flags&fPlural == 0 && (nth == 1 || nth == -1)) {
		return nil
	}
	m, next := s.dayMonth(i+3, sent)
	if m == 0 || s.at(i+3, sent).isLex(lxMonthAbbr) {
		return nil
	}
	c := cand{i: i + 1, kind: kDay, p: point{m: m}, wd: wd, nth: nth}
	s.tail(&c, next, sent, false)
	return []cand{c}
}

// nthDay is the day of the nth (or last, -1) weekday wd (weekday+1) of a
// month, or with wd 0 its first or last day.
func nthDay(y, m, nth, wd int) int {
	last := daysIn(y, m)
	if wd == 0 {
		if nth < 0 {
			return last
		}
		return 1
	}
	if nth < 0 {
		d := last
		for int(civil(y, m, d).Weekday())+1 != wd {
			d--
		}
		return d
	}
	d := 1
	for int(civil(y, m, d).Weekday())+1 != wd {
		d++
	}
	return d + 7*(nth-1)
}
