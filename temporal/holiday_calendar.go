package temporal

import (
	"strings"
	"time"
)

// uaReform is the day the Ukrainian calendar reform took effect.
var uaReform = time.Date(2023, 7, 28, 0, 0, 0, 0, time.UTC)

// westernAdj are adjectives that put Christmas on 25 December.
var westernAdj = map[string]bool{
	"католическое": true, "католического": true, "католическому": true, "католическим": true, "католическом": true,
	"западное": true, "западного": true, "западному": true,
	"католицьке": true, "католицького": true, "католицькому": true, "католицьким": true, "католицькім": true,
	"західне": true, "західного": true,
	"католическая": true, "католической": true, "католическую": true, "католицький": true, "західний": true,
}

// jewishAdj are adjectives that make "Пасха" Passover, not a day we compute.
var jewishAdj = map[string]bool{
	"еврейская": true, "еврейской": true, "еврейскую": true, "иудейская": true, "иудейской": true,
	"єврейський": true, "єврейського": true, "юдейський": true,
}

// movableDay returns the month and day of a feast counted from Easter in
// year y.
func movableDay(h *holiday, y int, western bool) (int, int) {
	m, d := easterDay(y, western)
	if h.easterOf == 0 {
		return m, d
	}
	t := civil(y, m, d).AddDate(0, 0, h.easterOf)
	return int(t.Month()), t.Day()
}

// easterDay returns the month and day of Easter in year y: the Orthodox one
// (the Julian computus moved to the civil calendar, valid 1900–2099) or,
// when western, the Gregorian one (the anonymous Gregorian algorithm).
func easterDay(y int, western bool) (int, int) {
	if !western {
		a, b, c := y%4, y%7, y%19
		d := (19*c + 15) % 30
		e := (2*a + 4*b - d + 34) % 7
		t := civil(y, (d+e+114)/31, (d+e+114)%31+1).AddDate(0, 0, 13)
		return int(t.Month()), t.Day()
	}
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	return (h + l - 7*m + 114) / 31, (h+l-7*m+114)%31 + 1
}

// independenceDays are the days of independence by a stem of the
// country's name in the genitive (ru, uk, en).
var independenceDays = []struct {
	stem string
	m, d int
}{
	{"украин", 8, 24}, {"україн", 8, 24}, {"сша", 7, 4}, {"америк", 7, 4}, {"беларус", 7, 3}, {"білорус", 7, 3},
	{"казахстан", 12, 16}, {"молдов", 8, 27}, {"молдав", 8, 27}, {"грузи", 5, 26}, {"грузії", 5, 26},
	{"армени", 9, 21}, {"вірмен", 9, 21}, {"азербайджан", 10, 18}, {"польш", 11, 11}, {"польщ", 11, 11},
	{"индии", 8, 15}, {"індії", 8, 15}, {"узбекистан", 9, 1}, {"киргиз", 8, 31}, {"кыргыз", 8, 31}, {"киргиз", 8, 31},
	{"таджикистан", 9, 9}, {"туркмен", 9, 27}, {"латви", 11, 18}, {"латвії", 11, 18}, {"литв", 2, 16},
	{"эстони", 2, 24}, {"естоні", 2, 24}, {"финлянд", 12, 6}, {"фінлянд", 12, 6}, {"мексик", 9, 16},
	{"бразили", 9, 7},
}

// independenceDay returns the day of independence of the country named by w (a
// lower-case word), 0, 0 if w names none.
func independenceDay(w string) (int, int) {
	for _, c := range independenceDays {
		if strings.HasPrefix(w, c.stem) {
			return c.m, c.d
		}
	}
	return 0, 0
}

// uaHoliday returns the day of a Ukrainian feast that the 2023 reform
// moved: the new day when the written year y is after the reform (2023
// itself for a day from August on), else when the publication date (or,
// without one, Now) is.
func uaHoliday(h *holiday, y int, ref time.Time) (int, int) {
	switch {
	case y > 2023 || y == 2023 && h.uaM >= 8:
		return h.uaM, h.uaD
	case y != 0:
		return h.m, h.d
	case !ref.Before(uaReform):
		return h.uaM, h.uaD
	}
	return h.m, h.d
}
