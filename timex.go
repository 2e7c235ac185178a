package litopys

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// TimexUnit says what a TimexPoint names.
type TimexUnit uint8

const (
	TimexNone    TimexUnit = iota
	TimexYear              // "2023"
	TimexMonth             // "2023-09"
	TimexDay               // "2023-09-12"
	TimexTime              // "2023-09-12T15:30": a day and a time of day
	TimexClock             // "T15:30": a time of day alone
	TimexSeason            // "2023-SU": N is 1 spring (SP), 2 summer (SU), 3 autumn (FA), 4 winter (WI)
	TimexQuarter           // "2025-Q1": N is the quarter
	TimexHalf              // "2024-H2": N is the half
	TimexWeek              // "2023-W45": Year is the ISO week-year, N the ISO week
	TimexWeekend           // "2015-W40-WE": the weekend of an ISO week
	TimexWeekday           // "XXXX-WXX-3": N is the ISO weekday (1 Monday … 7 Sunday) of an unknown week
	TimexDecade            // "199X": Year is the decade's first year
	TimexCentury           // "20": Year is the TIMEX number, the hundreds of its years (20 is the 21st century)
)

// seasonCodes are the TIMEX codes of the seasons, by TimexPoint.N.
var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// TimexPoint is one point of a Timex: a period of the calendar named by
// its Unit. Fields that the Unit does not use are zero; NoYear marks a
// year that is not known (written XXXX).
type TimexPoint struct {
	Unit   TimexUnit
	NoYear bool
	Year   int
	Month  time.Month
	Day    int
	// N is the season, quarter, half, ISO week or ISO weekday.
	N int
	// Minute is the time of day of TimexTime and TimexClock, in minutes
	// after midnight.
	Minute int
}

// Timex is a date as a temporal expression or an event gives it: a TIMEX3
// value (ISO 8601 and its extensions for seasons, weeks, decades,
// centuries and partial dates) held typed. It is a point (To is zero) or
// an interval from From to To. The zero Timex is no date. String gives
// the TIMEX string and ParseTimex reads it back; JSON and SQL carry that
// string.
type Timex struct {
	From, To TimexPoint
}

// TimexOf returns the Timex of a Date at its precision (zero for the zero
// Date).
func TimexOf(d Date) Timex {
	p := TimexPoint{Year: d.Year}
	switch d.Precision {
	case PrecisionYear:
		p.Unit = TimexYear
	case PrecisionMonth:
		p.Unit, p.Month = TimexMonth, d.Month
	case PrecisionDay:
		p.Unit, p.Month, p.Day = TimexDay, d.Month, d.Day
	default:
		return Timex{}
	}
	return Timex{From: p}
}

// IsZero reports whether t is no date.
func (t Timex) IsZero() bool { return t == Timex{} }

// IsInterval reports whether t runs from one point to another.
func (t Timex) IsInterval() bool { return t.To.Unit != TimexNone }

// Partial reports whether a year of t is not known ("XXXX-09-08").
func (t Timex) Partial() bool {
	return t.From.NoYear || t.IsInterval() && t.To.NoYear
}

// Date returns the start of t as a Date when t starts with a year, a
// month or a day of a known year, written with four digits; false for
// every other start (partial dates, seasons, weeks, times of day,
// decades, centuries) and for a day its month does not have.
func (t Timex) Date() (Date, bool) {
	p := t.From
	if p.NoYear || p.Year < 0 || p.Year > 9999 {
		return Date{}, false
	}
	switch p.Unit {
	case TimexYear:
		return Date{Year: p.Year, Precision: PrecisionYear}, true
	case TimexMonth:
		return Date{Year: p.Year, Month: p.Month, Precision: PrecisionMonth}, true
	case TimexDay:
		if p.Day > daysIn(p.Year, p.Month) {
			return Date{}, false // "2018-02-29"
		}
		return DayDate(p.Year, p.Month, p.Day), true
	}
	return Date{}, false
}

// daysIn is the number of days of the month m of the year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String returns the TIMEX string of t, "" for the zero Timex.
func (t Timex) String() string {
	if t.IsZero() {
		return ""
	}
	b := t.From.appendTo(make([]byte, 0, 24))
	if t.IsInterval() {
		b = t.To.appendTo(append(b, '/'))
	}
	return string(b)
}

// String returns the TIMEX string of p.
func (p TimexPoint) String() string { return string(p.appendTo(nil)) }

// appendTo appends the TIMEX string of p to b.
func (p TimexPoint) appendTo(b []byte) []byte {
	year := func(b []byte) []byte {
		if p.NoYear {
			return append(b, "XXXX"...)
		}
		return pad(b, p.Year, 4)
	}
	switch p.Unit {
	case TimexYear:
		return year(b)
	case TimexMonth:
		return pad(append(year(b), '-'), int(p.Month), 2)
	case TimexDay:
		return pad(append(pad(append(year(b), '-'), int(p.Month), 2), '-'), p.Day, 2)
	case TimexTime:
		b = pad(append(pad(append(year(b), '-'), int(p.Month), 2), '-'), p.Day, 2)
		return clock(b, p.Minute)
	case TimexClock:
		return clock(b, p.Minute)
	case TimexSeason:
		code := "S" + strconv.Itoa(p.N)
		if p.N >= 1 && p.N < len(seasonCodes) {
			code = seasonCodes[p.N]
		}
		return append(append(year(b), '-'), code...)
	case TimexQuarter:
		return strconv.AppendInt(append(year(b), "-Q"...), int64(p.N), 10)
	case TimexHalf:
		return strconv.AppendInt(append(year(b), "-H"...), int64(p.N), 10)
	case TimexWeek:
		return pad(append(year(b), "-W"...), p.N, 2)
	case TimexWeekend:
		return append(pad(append(year(b), "-W"...), p.N, 2), "-WE"...)
	case TimexWeekday:
		return strconv.AppendInt(append(year(b), "-WXX-"...), int64(p.N), 10)
	case TimexDecade:
		return append(pad(b, p.Year/10, 3), 'X')
	case TimexCentury:
		return pad(b, p.Year, 2)
	}
	return b
}

// pad appends v in decimal, zero-padded to width digits (a minus sign
// counting as one, as fmt's %0*d has it).
func pad(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	neg := v < 0
	if neg {
		b = append(b, '-')
		s = s[1:]
		width--
	}
	for range width - len(s) {
		b = append(b, '0')
	}
	return append(b, s...)
}

func clock(b []byte, minute int) []byte {
	return pad(append(pad(append(b, 'T'), minute/60, 2), ':'), minute%60, 2)
}

// maxTimexLen bounds the strings ParseTimex reads: the longest value
// written so far is an interval of two times of day (33 bytes).
const maxTimexLen = 64

// ParseTimex reads a TIMEX string as Timex.String writes it; "" is the
// zero Timex. Only the canonical form is accepted (ParseTimex(s).String()
// is s), so that a stored value reads back to the same value.
func ParseTimex(s string) (Timex, error) {
	if s == "" {
		return Timex{}, nil
	}
	bad := func(why string) (Timex, error) {
		return Timex{}, Errorf(EINVALID, "timex %q: %s", clipValue(s), why)
	}
	if len(s) > maxTimexLen {
		return bad("too long")
	}
	from, to, interval := strings.Cut(s, "/")
	var t Timex
	var err error
	if t.From, err = parsePoint(from); err != nil {
		return bad(err.Error())
	}
	if interval {
		if t.To, err = parsePoint(to); err != nil {
			return bad(err.Error())
		}
	}
	if t.String() != s {
		return bad("not in canonical form")
	}
	return t, nil
}

// clipValue shortens a hostile value for an error message.
func clipValue(s string) string {
	if len(s) > maxTimexLen {
		return s[:maxTimexLen] + "…"
	}
	return s
}

// parsePoint reads one point of a TIMEX string.
func parsePoint(s string) (TimexPoint, error) {
	var p TimexPoint
	if rest, ok := strings.CutPrefix(s, "T"); ok {
		p.Unit = TimexClock
		m, err := parseClock(rest)
		p.Minute = m
		return p, err
	}
	head, rest, _ := strings.Cut(s, "-")
	if head == "" && rest != "" { // a negative year: "-0005"
		var h string
		h, rest, _ = strings.Cut(rest, "-")
		head = "-" + h
	}
	switch {
	case head == "XXXX":
		p.NoYear = true
	case len(head) == 4 && head[3] == 'X' && rest == "":
		n, err := number(head[:3], 3)
		if err != nil {
			return p, err
		}
		return TimexPoint{Unit: TimexDecade, Year: n * 10}, nil
	case len(head) == 2 && rest == "":
		n, err := number(head, 2)
		return TimexPoint{Unit: TimexCentury, Year: n}, err
	case len(head) >= 4:
		n, err := number(head, 9)
		if err != nil {
			return p, err
		}
		p.Year = n
	default:
		return p, fmt.Errorf("want a year of four digits or XXXX, a decade (199X) or a century (20)")
	}
	if rest == "" {
		p.Unit = TimexYear
		return p, nil
	}
	for i, c := range seasonCodes {
		if i > 0 && rest == c {
			p.Unit, p.N = TimexSeason, i
			return p, nil
		}
	}
	switch {
	case strings.HasPrefix(rest, "WXX-"):
		n, err := number(rest[4:], 1)
		if err != nil || n < 1 || n > 7 {
			return p, fmt.Errorf("want a weekday 1 to 7")
		}
		p.Unit, p.N = TimexWeekday, n
		return p, nil
	case rest[0] == 'W':
		w, we := strings.CutSuffix(rest[1:], "-WE")
		n, err := number(w, 2)
		if err != nil || n < 1 || n > 53 {
			return p, fmt.Errorf("want an ISO week 01 to 53")
		}
		p.Unit, p.N = TimexWeek, n
		if we {
			p.Unit = TimexWeekend
		}
		return p, nil
	case rest[0] == 'Q' || rest[0] == 'H':
		n, err := number(rest[1:], 1)
		p.Unit, p.N = TimexQuarter, n
		last := 4
		if rest[0] == 'H' {
			p.Unit, last = TimexHalf, 2
		}
		if err != nil || n < 1 || n > last {
			return p, fmt.Errorf("want a quarter Q1 to Q4 or a half H1 or H2")
		}
		return p, nil
	}
	mm, dd, hasDay := strings.Cut(rest, "-")
	m, err := number(mm, 2)
	if err != nil || m < 1 || m > 12 {
		return p, fmt.Errorf("want a month 01 to 12, a season (SP, SU, FA, WI), a quarter, a half or a week")
	}
	p.Unit, p.Month = TimexMonth, time.Month(m)
	if !hasDay {
		return p, nil
	}
	dd, hh, hasTime := strings.Cut(dd, "T")
	// A day past the end of its month is read: the rules have written
	// "2018-02-29" for "29 февраля" read in 2018 (Date says it has none).
	d, err := number(dd, 2)
	if err != nil || d < 1 || d > 31 {
		return p, fmt.Errorf("want a day of the month 01 to 31")
	}
	p.Unit, p.Day = TimexDay, d
	if hasTime {
		p.Unit = TimexTime
		if p.Minute, err = parseClock(hh); err != nil {
			return p, err
		}
	}
	return p, nil
}

// parseClock reads "15:30".
func parseClock(s string) (int, error) {
	hh, mm, ok := strings.Cut(s, ":")
	h, err1 := number(hh, 2)
	m, err2 := number(mm, 2)
	if !ok || err1 != nil || err2 != nil || len(hh) != 2 || len(mm) != 2 || h > 24 || m > 59 {
		return 0, fmt.Errorf("want a time of day HH:MM")
	}
	return h*60 + m, nil
}

// number reads a decimal of at most max digits, with an optional minus
// sign.
func number(s string, max int) (int, error) {
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || len(digits) > max {
		return 0, fmt.Errorf("want a number of at most %d digits", max)
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("want digits, not %q", c)
		}
	}
	return strconv.Atoi(s)
}

// MarshalJSON writes the TIMEX string ("" for the zero Timex).
func (t Timex) MarshalJSON() ([]byte, error) {
	return json.Marshal(t.String())
}

// UnmarshalJSON reads what MarshalJSON writes; null is the zero Timex.
func (t *Timex) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil {
		*t = Timex{}
		return nil
	}
	v, err := ParseTimex(*s)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Value stores the TIMEX string in SQL.
func (t Timex) Value() (driver.Value, error) { return t.String(), nil }

// Scan reads a TIMEX string (or NULL) from SQL.
func (t *Timex) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case nil:
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("timex: cannot scan %T", src)
	}
	v, err := ParseTimex(s)
	if err != nil {
		return err
	}
	*t = v
	return nil
}
