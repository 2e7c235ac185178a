package temporal

import (
	"fmt"
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

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// pointValue formats a day, month or year point; unknown year digits are
// X. It is on the hot path, hence no fmt.
func pointValue(p point) string {
	var b [10]byte
	n := 4
	if p.y != 0 && p.y <= 9999 {
		y := p.y
		for i := 3; i >= 0; i-- {
			b[i] = byte('0' + y%10)
			y /= 10
		}
	} else if p.y != 0 {
		return fmt.Sprintf("%04d", p.y) + pointValue(point{y: 1, m: p.m, d: p.d})[4:]
	} else {
		copy(b[:], "XXXX")
	}
	two := func(v int) {
		b[n], b[n+1], b[n+2] = '-', byte('0'+v/10%10), byte('0'+v%10)
		n += 3
	}
	if p.m != 0 {
		two(p.m)
		if p.d != 0 {
			two(p.d)
		}
	}
	return string(b[:n])
}

// pointDate is the litopys.Date of a point with a known year.
func pointDate(p point) litopys.Date {
	switch {
	case p.y == 0:
		return litopys.Date{}
	case p.d != 0:
		return litopys.DayDate(p.y, time.Month(p.m), p.d)
	case p.m != 0:
		return litopys.Date{Year: p.y, Month: time.Month(p.m), Precision: litopys.PrecisionMonth}
	}
	return litopys.Date{Year: p.y, Precision: litopys.PrecisionYear}
}

func yearDate(y int) litopys.Date { return litopys.Date{Year: y, Precision: litopys.PrecisionYear} }

// weekValue is the ISO week of t: "2023-W45".
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -wd)
}

// isoWeekday is 1 for Monday … 7 for Sunday.
func isoWeekday(wd time.Weekday) int { return (int(wd)+6)%7 + 1 }
