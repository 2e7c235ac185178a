package temporal

import (
	"strings"

	"github.com/litopys/litopys"
)

// night matches a night named by the day it ends in — "в ночь на 13
// ноября", "у ніч проти 8 листопада", "у ніч на середу, 13 листопада", "в
// ночь на субботу", "в ночь со среды на четверг" — at k, the night word;
// an interval of the two days.
// The bare preposition before it stays out of the span.
func (s *scanner) night(k, sent int) []cand {
	p := s.at(k+1, sent)
	if p == nil || p.kind != tWord {
		return nil
	}
	switch w := strings.ToLower(s.text[p.start:p.end]); w {
	case "на", "проти", "против":
	case "с", "со", "з", "із", "зі": // "в ночь со среды на четверг"
		if s.at(k+2, sent).weekday(fGen) != 0 && s.at(k+3, sent).isPrep(0) && strings.EqualFold(s.text[s.toks[k+3].start:s.toks[k+3].end], "на") {
			if wd := s.at(k+4, sent).weekday(fLoc); wd != 0 {
				return []cand{{i: k, j: k + 5, kind: kWeekday, wd: wd, night: true}}
			}
		}
		return nil
	default:
		return nil
	}
	// "на середу, 13 листопада", "проти четверга": the weekday, then
	// maybe its date.
	d := k + 2
	wd := s.at(d, sent).weekday(fLoc | fGen)
	if wd != 0 {
		if s.at(d+1, sent).isComma() && s.at(d+2, sent).day() != 0 {
			d += 2
		} else {
			return []cand{{i: k, j: d + 1, kind: kWeekday, wd: wd, night: true}}
		}
	}
	if s.at(d, sent).day() == 0 {
		return nil
	}
	cs := s.matchDay(d)
	if len(cs) != 1 || cs[0].kind != kDay || cs[0].i != d {
		return nil
	}
	c := cs[0]
	c.i, c.night = k, true
	if wd != 0 {
		c.wd = wd
	}
	return []cand{c}
}

// nightOf turns the day a night ends in into the interval of the two days.
// Unlike other intervals its Date stays the day it ends in: the day the
// text names, by which what happens that night is dated ("в ночь на 9
// марта был подорван автомобиль" is an event of 9 March).
func nightOf(e *Expr) {
	if e.Date.Precision != litopys.PrecisionDay {
		return
	}
	t := e.Date.Time()
	prev := t.AddDate(0, 0, -1)
	e.Value = litopys.Timex{From: dayTimex(prev), To: dayTimex(t)}
	e.Granularity = "interval"
}
