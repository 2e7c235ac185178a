package temporal

import (
	"time"

	"github.com/litopys/litopys"
)

// weekdayWindow is how many years before Now the weekday rule searches.
const weekdayWindow = 15

// weekdayYears returns the years in [Now-15, Now], newest first, in which
// d.m falls on weekday wd-1 and is not after Now.
func (r *resolver) weekdayYears(m, d, wd int) []int {
	now := r.opt.Now
	var ys []int
	for y := now.Year(); y >= now.Year()-weekdayWindow; y-- {
		if validDay(y, m, d) && int(civil(y, m, d).Weekday())+1 == wd && !civil(y, m, d).After(now) {
			ys = append(ys, y)
		}
	}
	return ys
}

// docWeekdayYear intersects the candidate years of every weekday-dated,
// year-less day of the document and returns the most recent one left.
func (r *resolver) docWeekdayYear() int {
	var set map[int]bool
	for n := range r.cands {
		c := &r.cands[n]
		if c.kind != kDay || c.wd == 0 || c.p.y != 0 || c.nth != 0 {
			continue
		}
		ys := r.weekdayYears(c.p.m, c.p.d, c.wd)
		next := map[int]bool{}
		for _, y := range ys {
			if set == nil || set[y] {
				next[y] = true
			}
		}
		set = next
	}
	best := 0
	for y := range set {
		best = max(best, y)
	}
	return best
}

// weekdayYearFor is the year the weekday fixes for one date: the document's
// year if the date fits it, else the date's own most recent year.
func (r *resolver) weekdayYearFor(m, d, wd int) int {
	ys := r.weekdayYears(m, d, wd)
	for _, y := range ys {
		if y == r.weekdayYear {
			return y
		}
	}
	if len(ys) > 0 {
		return ys[0]
	}
	return 0
}

// resolveWeekday resolves "в четверг", "у середу", "last Thursday".
func (r *resolver) resolveWeekday(n int) {
	c, e := &r.cands[n], &r.out[n]
	e.Relative = true
	wd := time.Weekday(c.wd - 1)
	if !c.hasRel {
		if t, ok := r.weekdayAnchor(n, wd); ok {
			e.Value, e.Date, e.Rule = point1(dayTimex(t)), litopys.DateOf(t), "anchor"
			return
		}
	}
	if r.pub.IsZero() {
		e.Value, e.Partial = point1(litopys.TimexPoint{Unit: litopys.TimexWeekday, NoYear: true, N: isoWeekday(wd)}), true
		return
	}
	back := (int(r.pub.Weekday()) - int(wd) + 7) % 7 // days back to the last such weekday, 0 if today
	var t time.Time
	switch {
	case c.hasRel && c.off < 0:
		if back == 0 {
			back = 7
		}
		t = r.pub.AddDate(0, 0, -back)
	case c.hasRel && c.off > 0:
		t = r.pub.AddDate(0, 0, 7-back)
	case c.hasRel:
		t = monday(r.pub).AddDate(0, 0, (int(wd)+6)%7)
	default:
		tense := r.tenseOf(n)
		if tense == tenseNone && r.deadline(n) { // "до пятницы", "к понедельнику"
			tense = tenseFuture
		}
		if tense == tenseFuture && back != 0 {
			t = r.pub.AddDate(0, 0, 7-back)
		} else {
			t = r.pub.AddDate(0, 0, -back)
		}
	}
	e.Value, e.Date, e.Rule = point1(dayTimex(t)), litopys.DateOf(t), "published"
}

// weekdayAnchor finds the day a bare weekday means from the document's
// explicit dates: one on the same weekday (within a week of publication,
// nearest before first; with no publication date, only the nearest explicit
// date before or after), else the day of that weekday within three days of an explicit
// date in the same, previous or next sentence.
func (r *resolver) weekdayAnchor(n int, wd time.Weekday) (time.Time, bool) {
	// A past clause does not take a day after publication, nor a future
	// one a day before it: a past weekday is not read a week late.
	tense := tenseNone
	if !r.pub.IsZero() && !r.target(n) {
		tense = r.tenseOf(n)
	}
	explicit := func(k int) (time.Time, bool) {
		c, e := &r.cands[k], &r.out[k]
		if c.kind != kDay || e.Date.Precision != litopys.PrecisionDay {
			return time.Time{}, false
		}
		t := e.Date.Time()
		switch {
		case r.pub.IsZero():
		case tense == tensePast && t.After(r.pub),
			tense == tenseFuture && t.Before(r.pub):
			return time.Time{}, false
		}
		return t, true
	}
	// A date more than ten days from publication places only a weekday of
	// its own sentence, and only its own weekday, not one a few days from
	// it ("в субботу ... в столкновении 7 февраля").
	far := func(t time.Time) bool {
		d := t.Sub(r.pub)
		return !r.pub.IsZero() && (d > 10*24*time.Hour || d < -10*24*time.Hour)
	}
	// The same weekday elsewhere in the document: within a week of the
	// publication date, or, with none, the nearest explicit date before.
	if k, ok := r.weekdays().sameWeekday(r, n, wd, tense); ok {
		return r.out[k].Date.Time(), true
	}
	sent := r.sents[n]
	for _, want := range []int{sent, sent - 1, sent + 1} {
		for _, dir := range []int{-1, 1} {
			for k := n + dir; k >= 0 && k < len(r.cands); k += dir {
				r.steps++
				if r.sents[k] != want {
					if r.weekdays().sorted && (r.sents[k]-want)*dir > 0 {
						break // past the sentence: the rest are further on
					}
					continue
				}
				if t, ok := explicit(k); ok {
					away := far(t)
					if away && want != sent {
						continue
					}
					for delta := -3; delta <= 3; delta++ {
						if d := t.AddDate(0, 0, delta); d.Weekday() == wd && (delta == 0 || !away) {
							return d, true
						}
					}
				}
			}
		}
	}
	return time.Time{}, false
}

// target reports whether expression n follows "на" (not "в ночь на"): a
// day set for something ("назначил на среду", "перенесли на пятницу"),
// which a past verb does not place in the past.
func (r *resolver) target(n int) bool {
	c := &r.cands[n]
	k := c.i - 1
	if k < 0 || r.toks[k].sent != r.toks[c.i].sent || r.toks[k].kind != tWord {
		return false
	}
	if w := r.text[r.toks[k].start:r.toks[k].end]; w != "на" && w != "На" {
		return false
	}
	if k > 0 && r.toks[k-1].kind == tWord {
		switch r.text[r.toks[k-1].start:r.toks[k-1].end] {
		case "ночь", "ніч", "ночі":
			return false
		}
	}
	return true
}

// deadline reports whether expression n is a limit ahead: "к маю", "до
// 12 січня", "до конца января" (the preposition stands before the span or
// starts it).
func (r *resolver) deadline(n int) bool {
	c := &r.cands[n]
	for _, k := range [...]int{c.i - 1, c.i} {
		if k < 0 || r.toks[k].sent != r.toks[c.i].sent || r.toks[k].kind != tWord {
			continue
		}
		switch r.text[r.toks[k].start:r.toks[k].end] {
		case "к", "ко", "до", "К", "Ко", "До", "until", "by":
			return true
		}
	}
	return false
}
