package temporal

import (
	"time"

	"github.com/litopys/litopys"
)

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func validDay(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }

// seasonStart is the month a season starts in.
var seasonStart = [...]int{0, 3, 6, 9, 12}

// pointTimex is the TIMEX point of a day, month or year point; a year of
// 0 is unknown (XXXX).
func pointTimex(p point) litopys.TimexPoint {
	t := litopys.TimexPoint{Unit: litopys.TimexYear, Year: p.y, NoYear: p.y == 0}
	if p.m != 0 {
		t.Unit, t.Month = litopys.TimexMonth, time.Month(p.m)
		if p.d != 0 {
			t.Unit, t.Day = litopys.TimexDay, p.d
		}
	}
	return t
}

// point1 is the Timex of one point.
func point1(p litopys.TimexPoint) litopys.Timex { return litopys.Timex{From: p} }

// dayTimex is the day of t.
func dayTimex(t time.Time) litopys.TimexPoint {
	y, m, d := t.Date()
	return litopys.TimexPoint{Unit: litopys.TimexDay, Year: y, Month: m, Day: d}
}

// monthTimex is the month m of the year y, a known year even when 0.
func monthTimex(y int, m time.Month) litopys.TimexPoint {
	return litopys.TimexPoint{Unit: litopys.TimexMonth, Year: y, Month: m}
}

// seasonTimex is a season (1 spring … 4 winter) of the year y, a known
// year even when 0.
func seasonTimex(y, season int) litopys.TimexPoint {
	return litopys.TimexPoint{Unit: litopys.TimexSeason, Year: y, N: season}
}

// pointDate is the litopys.Date of a point with a known year.
func pointDate(p point) litopys.Date {
	switch {
	case p.y == 0:
		return litopys.Date{}
	case p.d != 0 && time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC).Day() == p.d:
		return litopys.DayDate(p.y, time.Month(p.m), p.d)
	case p.d != 0:
		// A day the month does not have ("29 февраля" of 2018): the month
		// is what the text can be held to.
		return litopys.Date{Year: p.y, Month: time.Month(p.m), Precision: litopys.PrecisionMonth}
	case p.m != 0:
		return litopys.Date{Year: p.y, Month: time.Month(p.m), Precision: litopys.PrecisionMonth}
	}
	return litopys.Date{Year: p.y, Precision: litopys.PrecisionYear}
}

func yearDate(y int) litopys.Date { return litopys.Date{Year: y, Precision: litopys.PrecisionYear} }

// weekTimex is the ISO week of t ("2023-W45"), or its weekend
// ("2023-W45-WE").
func weekTimex(t time.Time, weekend bool) litopys.TimexPoint {
	y, w := t.ISOWeek()
	p := litopys.TimexPoint{Unit: litopys.TimexWeek, Year: y, N: w}
	if weekend {
		p.Unit = litopys.TimexWeekend
	}
	return p
}

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -wd)
}

// isoWeekday is 1 for Monday … 7 for Sunday.
func isoWeekday(wd time.Weekday) int { return (int(wd)+6)%7 + 1 }
