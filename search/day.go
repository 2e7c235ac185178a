package search

import (
	"time"

	"github.com/litopys/litopys"
)

// Day encodes a date as the integer yyyymmdd that postings carry for date
// filters; 0 is unknown. A date of month or year precision is its first
// day, or its last when last is set (for the upper bound of a range).
func Day(d litopys.Date, last bool) int32 {
	if d.IsZero() {
		return 0
	}
	t := d.Time()
	if last {
		switch d.Precision {
		case litopys.PrecisionYear:
			t = t.AddDate(1, 0, -1)
		case litopys.PrecisionMonth:
			t = t.AddDate(0, 1, -1)
		}
	}
	return dayOf(t)
}

func dayOf(t time.Time) int32 {
	y, m, d := t.Date()
	return int32(y*10000 + int(m)*100 + d)
}

// inRange reports whether day lies within [from, to]; 0 bounds are open,
// and an unknown day is outside any closed range.
func inRange(day, from, to int32) bool {
	if from == 0 && to == 0 {
		return true
	}
	if day == 0 {
		return false
	}
	return (from == 0 || day >= from) && (to == 0 || day <= to)
}
