package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/litopys/litopys"
)

// monthStems map the stems of month names (ru, uk, en) to months.
var monthStems = []struct {
	stem string
	m    time.Month
}{
	{"январ", 1}, {"феврал", 2}, {"март", 3}, {"апрел", 4}, {"мая", 5}, {"май", 5}, {"июн", 6},
	{"июл", 7}, {"август", 8}, {"сентябр", 9}, {"октябр", 10}, {"ноябр", 11}, {"декабр", 12},
	{"січ", 1}, {"лют", 2}, {"берез", 3}, {"квіт", 4}, {"трав", 5}, {"черв", 6}, {"лип", 7},
	{"серп", 8}, {"верес", 9}, {"жовт", 10}, {"листопад", 11}, {"груд", 12},
	{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6}, {"jul", 7},
	{"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
}

// dateFiller are words a date line may hold besides the date.
var dateFiller = []string{
	"г", "года", "год", "року", "рік", "р", "в", "во", "о", "об", "at", "on", "utc", "gmt", "мск", "kyiv",
	"опубликовано", "обновлено", "опубліковано", "оновлено", "published", "updated", "дата",
	"сегодня", "вчера", "сьогодні", "вчора", "today", "yesterday",
	"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
	"понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

func monthOf(w string) time.Month {
	if len(w) < 3 {
		return 0
	}
	for _, s := range monthStems {
		if strings.HasPrefix(w, s.stem) {
			return s.m
		}
	}
	return 0
}

// parseDateLine reports whether s is a date line ("9 ноября 2023, 14:35",
// "09.11.2023", "Опубликовано: 2023-11-09") and returns the date when it
// names a full day.
func parseDateLine(s string) (litopys.Date, bool) {
	dl, ok := readDateLine(s)
	if !ok || dl.Year == 0 {
		return litopys.Date{}, ok
	}
	return litopys.DayDate(dl.Year, dl.Month, dl.Day), true
}

// readDateLine reports whether s is a date line and returns its day, month
// and year as far as it gives them (zero Month when it gives no day).
func readDateLine(s string) (Dateline, bool) {
	if len(s) > 80 {
		return Dateline{}, false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",|—–:()", r) && r != ':'
	})
	var day, year, other int
	var month time.Month
	var d litopys.Date
	found := false
	for _, w := range words {
		w = strings.Trim(w, ".,;|/-–—")
		switch {
		case w == "":
		case isClock(w):
			found = true
		case numericDate(w, &d):
			found = true
		case month == 0 && monthWord(w) != 0:
			month = monthWord(w)
		case allDigits(w) && len(w) == 4:
			year, _ = strconv.Atoi(w)
		case allDigits(w) && len(w) <= 2:
			day, _ = strconv.Atoi(w)
		case oneOf(strings.TrimSuffix(w, "."), dateFiller) || strings.HasSuffix(w, ":") && oneOf(strings.TrimSuffix(w, ":"), dateFiller):
		default:
			other++
		}
	}
	var dl Dateline
	if month != 0 && day >= 1 && day <= 31 {
		found = true
		dl = Dateline{Month: month, Day: day}
		if year >= 1900 && year < 2200 {
			dl.Year = year
		}
	}
	if !found || other > 0 {
		return Dateline{}, false
	}
	if !d.IsZero() {
		dl = Dateline{Year: d.Year, Month: d.Month, Day: d.Day}
	}
	return dl, true
}

// numericDate parses 09.11.2023, 9/11/2023 or 2023-11-09 into d.
func numericDate(w string, d *litopys.Date) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '/' || r == '-' })
	if len(parts) != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) {
		return false
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	y, m, day := c, b, a
	if len(parts[0]) == 4 {
		y, m, day = a, b, c
	} else if len(parts[2]) == 2 {
		y = 2000 + c
	}
	if m > 12 && day <= 12 {
		m, day = day, m
	}
	if m < 1 || m > 12 || day < 1 || day > 31 || y < 1900 || y >= 2200 {
		return false
	}
	if d.IsZero() {
		*d = litopys.DayDate(y, time.Month(m), day)
	}
	return true
}

// isClock reports whether w is a time of day (14:35, 9:05:10).
func isClock(w string) bool {
	parts := strings.Split(w, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p) > 2 || !allDigits(p) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// timestamped reports whether l is an item of a news feed: a short line
// that starts or ends with a time of day ("14:20 Заголовок").
func timestamped(l *line) bool {
	if l.words > 30 || l.sentence && l.words >= 8 {
		return false
	}
	f := strings.Fields(l.text)
	return len(f) >= 2 && (isClock(f[0]) || isClock(f[len(f)-1]))
}
