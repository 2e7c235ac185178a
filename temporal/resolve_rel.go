package temporal

import (
	"time"

	"github.com/litopys/litopys"
)

// resolveRel resolves a phrase relative to the publication date.
func (r *resolver) resolveRel(n int) {
	c, e := &r.cands[n], &r.out[n]
	e.Relative = true
	if c.earlier {
		r.resolveEarlier(n)
		return
	}
	if c.unit == unitYear && r.pubY != 0 {
		y := r.pubY + c.off
		e.Value, e.Date, e.Rule = point1(pointTimex(point{y: y})), yearDate(y), "published"
		return
	}
	if c.unit == unitSeason && c.off == 0 && r.pub.IsZero() && r.pubY != 0 { // "цього літа" in a text dated by its year only
		e.Value, e.Date, e.Rule = point1(seasonTimex(r.pubY, c.season)), yearDate(r.pubY), "published"
		return
	}
	if c.anaphor {
		if t, ok := r.lastDay(n, c.eve); ok {
			t = t.AddDate(0, 0, c.off)
			e.Value, e.Date, e.Rule = point1(dayTimex(t)), litopys.DateOf(t), "anchor"
			return
		}
		if c.demo {
			return // "в этот день", "цього дня" with no day before it: the text never says which
		}
	}
	if r.pub.IsZero() {
		return
	}
	e.Rule = "published"
	switch c.unit {
	case unitDay:
		t := r.pub.AddDate(0, 0, c.off)
		e.Value, e.Date = point1(dayTimex(t)), litopys.DateOf(t)
	case unitWeek:
		t := monday(r.pub.AddDate(0, 0, 7*c.off))
		e.Value, e.Date = point1(weekTimex(t, false)), litopys.DateOf(t)
	case unitWeekend:
		t := r.weekendOf(n)
		e.Value, e.Date = point1(weekTimex(t, true)), litopys.DateOf(t)
	case unitMonth:
		t := time.Date(r.pub.Year(), r.pub.Month()+time.Month(c.off), 1, 0, 0, 0, 0, time.UTC)
		e.Value = point1(monthTimex(t.Year(), t.Month()))
		e.Date = litopys.Date{Year: t.Year(), Month: t.Month(), Precision: litopys.PrecisionMonth}
	case unitSeason:
		y := r.seasonYear(c.season, c.off)
		e.Value, e.Date = point1(seasonTimex(y, c.season)), yearDate(y)
	case unitSport: // a season from August to July, or a calendar year
		y := r.pub.Year() + c.off
		if c.calendar {
			e.Value, e.Date = point1(pointTimex(point{y: y})), yearDate(y)
			return
		}
		if r.pub.Month() < time.August {
			y--
		}
		e.Value, e.Date = litopys.Timex{From: pointTimex(point{y: y}), To: pointTimex(point{y: y + 1})}, yearDate(y)
	}
}

// relMonthYear is the year of "в этом сентябре" (off 0: the publication
// year's), "в минувшем ноябре" (-1: the last one before the publication
// month), "в следующем мае" (+1: the next one after it).
func (r *resolver) relMonthYear(m, off int) int {
	y := r.pubY
	if r.opt.Published.Precision == litopys.PrecisionYear || r.opt.Published.Month == 0 {
		return y + off
	}
	pm := int(r.opt.Published.Month)
	switch {
	case off < 0 && m >= pm:
		return y - 1
	case off > 0 && m <= pm:
		return y + 1
	}
	return y
}

// seasonYear is the year of "этим летом" (off 0), "прошлым летом" (-1:
// the last one that has ended), "следующим летом" (+1: the next to start).
func (r *resolver) seasonYear(season, off int) int {
	y, pm := r.pub.Year(), int(r.pub.Month())
	start := seasonStart[season]
	if season == seasonWinter && pm <= 2 {
		y-- // January is in the winter that started last December
		pm += 12
	}
	switch {
	case off < 0 && pm < start+3:
		return y - 1
	case off > 0 && pm >= start:
		return y + 1
	}
	return y
}

// resolveTime joins a clock time of a date line to the day before it, and
// one written right before its day to that day ("с 00:00 29 декабря"); any
// other time stays a bare "T15:30", as the tables annotate it: a day
// elsewhere in the sentence need not be its day ("26 мая … забастовка с
// 22:00" may run into the next day), and that day is an expression of its
// own anyway.
func (r *resolver) resolveTime(n int) {
	c, e := &r.cands[n], &r.out[n]
	clock := litopys.TimexPoint{Unit: litopys.TimexClock, Minute: c.minute}
	k := -1
	switch {
	case c.dateline:
		k = n - 1
	case c.dayAfter:
		k = n + 1
	}
	if k >= 0 && k < len(r.out) && r.sents[k] == r.sents[n] {
		if d := r.out[k].Date; d.Precision == litopys.PrecisionDay && r.out[k].Granularity == "day" {
			at := litopys.TimexOf(d).From
			at.Unit, at.Minute = litopys.TimexTime, clock.Minute
			e.Value, e.Date, e.Rule, e.Relative = point1(at), d, "anchor", r.out[k].Relative
			return
		}
	}
	e.Value, e.Partial = point1(clock), true
}

// weekendOf is the Saturday of the weekend phrase n means: with "этот",
// "прошлые", "наступні" the one of this, the last or the next week; bare
// ("на выходных") the last one for a past clause, else the one of the
// publication week.
func (r *resolver) weekendOf(n int) time.Time {
	c := &r.cands[n]
	sat := monday(r.pub).AddDate(0, 0, 5) // this week's Saturday
	switch {
	case c.hasRel && c.off < 0 && r.pub.Weekday() == time.Sunday:
		return sat // "прошедший уик-энд" read on the Sunday: the one ending
	case c.hasRel:
		return sat.AddDate(0, 0, 7*c.off)
	case r.pub.Before(sat) && r.tenseOf(n) == tensePast:
		return sat.AddDate(0, 0, -7)
	}
	return sat
}

// lastDay is the day of the nearest expression before n that gives one;
// with sameSent, only one in n's sentence.
func (r *resolver) lastDay(n int, sameSent bool) (time.Time, bool) {
	for k := n - 1; k >= 0 && (!sameSent || r.sents[k] == r.sents[n]); k-- {
		if sameSent && r.cands[k].anaphor { // "накануне … накануне": a day written in the sentence, not another one counted
			continue
		}
		if e := &r.out[k]; e.Date.Precision == litopys.PrecisionDay && (e.Granularity == "day" || e.Granularity == "time") {
			return e.Date.Time(), true
		}
	}
	return time.Time{}, false
}

// resolveEarlier counts "днём ранее", "годом позже", "двумя месяцами
// раньше" from the nearest expression before n dated finely enough (a
// day for days and weeks, a month for months, a year for years); with none
// the value stays empty: the text counts from an event it does not date.
func (r *resolver) resolveEarlier(n int) {
	c, e := &r.cands[n], &r.out[n]
	need := litopys.PrecisionDay
	switch c.unit {
	case unitMonth:
		need = litopys.PrecisionMonth
	case unitYear:
		need = litopys.PrecisionYear
	}
	if d, ok := r.apposition(n); ok && precRank(d.Precision) >= precRank(need) { // "Днём раньше, 18 февраля,"
		e.Rule = "anchor"
		switch c.unit {
		case unitDay:
			e.Value, e.Date = litopys.TimexOf(d), d
		case unitWeek:
			t := monday(d.Time())
			e.Value, e.Date = point1(weekTimex(t, false)), litopys.DateOf(t)
		case unitMonth:
			e.Value, e.Date = point1(monthTimex(d.Year, d.Month)), litopys.Date{Year: d.Year, Month: d.Month, Precision: litopys.PrecisionMonth}
		case unitYear:
			e.Value, e.Date = point1(pointTimex(point{y: d.Year})), yearDate(d.Year)
		}
		return
	}
	for k := n - 1; k >= 0; k-- {
		d := r.out[k].Date
		if d.IsZero() || precRank(d.Precision) < precRank(need) || r.out[k].Granularity == "interval" || r.out[k].Granularity == "decade" {
			continue
		}
		e.Rule = "anchor"
		switch c.unit {
		case unitDay:
			t := d.Time().AddDate(0, 0, c.off)
			e.Value, e.Date = point1(dayTimex(t)), litopys.DateOf(t)
		case unitWeek:
			t := monday(d.Time().AddDate(0, 0, 7*c.off))
			e.Value, e.Date = point1(weekTimex(t, false)), litopys.DateOf(t)
		case unitMonth:
			t := time.Date(d.Year, d.Month+time.Month(c.off), 1, 0, 0, 0, 0, time.UTC)
			e.Value = point1(monthTimex(t.Year(), t.Month()))
			e.Date = litopys.Date{Year: t.Year(), Month: t.Month(), Precision: litopys.PrecisionMonth}
		case unitYear:
			e.Value, e.Date = point1(pointTimex(point{y: d.Year + c.off})), yearDate(d.Year+c.off)
		}
		return
	}
}

// precRank orders precisions: none < year < month < day.
func precRank(p litopys.Precision) int {
	switch p {
	case litopys.PrecisionYear:
		return 1
	case litopys.PrecisionMonth:
		return 2
	case litopys.PrecisionDay:
		return 3
	}
	return 0
}

// apposition returns the date of the expression set after n by a comma
// (and a preposition): "Днём раньше, 18 февраля,", "годом раньше, в
// феврале 2014-го" — it says which time n means.
func (r *resolver) apposition(n int) (litopys.Date, bool) {
	if n+1 >= len(r.cands) {
		return litopys.Date{}, false
	}
	c, next := &r.cands[n], &r.cands[n+1]
	k := c.j
	if k >= len(r.toks) || !r.toks[k].isComma() {
		return litopys.Date{}, false
	}
	k++
	if k < len(r.toks) && r.toks[k].isPrep(fPrepIn) {
		k++
	}
	d := r.out[n+1].Date
	if next.i != k || d.IsZero() || r.out[n+1].Granularity == "interval" || r.out[n+1].Partial {
		return litopys.Date{}, false
	}
	return d, true
}
