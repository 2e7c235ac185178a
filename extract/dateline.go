package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Dateline is the date a dateline gives: "Москва, 12 ноября — РИА Новости.",
// "КИЇВ, 5 лист. /Укрінформ/.", "WASHINGTON, Nov 12 (Reuters) -". Year is
// zero when the dateline does not write it.
type Dateline struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether no dateline was found.
func (d Dateline) IsZero() bool { return d.Month == 0 }

// Resolve returns the dateline's date; an unwritten year is the one that
// puts the date closest before anchor (a day or two after it allowed, for
// time zones), anchor being the best date known otherwise (a crawl date)
// or the clock.
func (d Dateline) Resolve(anchor time.Time) litopys.Date {
	if d.IsZero() {
		return litopys.Date{}
	}
	if d.Year != 0 {
		return litopys.DayDate(d.Year, d.Month, d.Day)
	}
	limit := anchor.AddDate(0, 0, 2)
	for y := anchor.Year() + 1; y >= anchor.Year()-1; y-- {
		t := time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if !t.After(limit) {
			return litopys.DayDate(y, d.Month, d.Day)
		}
	}
	return litopys.DayDate(anchor.Year()-1, d.Month, d.Day)
}

// monthNames are full month names (the genitive of ru and uk, English),
// which an abbreviation of three letters or more starts ("лист.", "нояб.",
// "Nov").
var monthNames = [][12]string{
	{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
	{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
}

// monthWord returns the month a word names in full or abbreviated.
func monthWord(w string) time.Month {
	if m := monthOf(w); m != 0 {
		return m
	}
	if utf8.RuneCountInString(w) < 3 {
		return 0
	}
	for _, names := range monthNames {
		for i, n := range names {
			if strings.HasPrefix(n, w) {
				return time.Month(i + 1)
			}
		}
	}
	return 0
}

// timeWords open a sentence with a time, not a place ("Накануне, 8 июля").
var timeWords = []string{
	"накануне", "напередодні", "ранее", "раніше", "тогда", "тоді", "завтра", "позавчера", "позавчора",
	"позже", "пізніше", "потом", "потім", "утром", "вечером", "вранці", "увечері", "ввечері", "earlier", "later",
}

// maxPlace bounds the bytes of a dateline's place name.
const maxPlace = 48

// parseDateline reads a dateline at the start of s: a place of one to four
// capitalised words, a comma, a day and a month (either order, the month
// possibly abbreviated) with an optional year and time, and then a dash,
// a slash, a parenthesis or a full stop (the agency follows). It returns
// the date and the byte length of the dateline up to the date's end.
func parseDateline(s string) (Dateline, int, bool) {
	comma := strings.IndexByte(s, ',')
	if comma <= 0 || comma > maxPlace || !placeName(s[:comma]) {
		return Dateline{}, 0, false
	}
	var d Dateline
	i := comma + 1
	end := 0
	for n := 0; n < 6; n++ {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		tok := s[i:j]
		w := strings.ToLower(strings.TrimRight(tok, ".,"))
		switch {
		case w == "":
		case d.Day == 0 && allDigits(w) && len(w) <= 2:
			d.Day, _ = strconv.Atoi(w)
		case d.Month == 0 && monthWord(w) != 0:
			d.Month = monthWord(w)
		case d.Year == 0 && allDigits(w) && len(w) == 4:
			d.Year, _ = strconv.Atoi(w)
		case d.Month == 0 && numericDay(w, &d):
		case isClock(w) || w == "г" || w == "р" || w == "року" || w == "года" || w == "год" || w == "рік":
		default:
			if d.Month == 0 || d.Day < 1 || d.Day > 31 || !datelineEnd(tok, s[:end]) {
				return Dateline{}, 0, false
			}
			if d.Year != 0 && (d.Year < 1990 || d.Year > 2200) {
				d.Year = 0
			}
			return d, end, true
		}
		end = j
		i = j
	}
	return Dateline{}, 0, false
}

// datelineEnd reports whether tok, the first token after the date, or the
// end of the date before it closes the dateline: a dash, a slash or a
// parenthesis (the agency), or a full stop or comma ending the date.
func datelineEnd(tok, before string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	if strings.ContainsRune("—–-/(|", r) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return last == '.' || last == ','
}

// numericDay reads 12.11.2024 or 12.11 into d.
func numericDay(w string, d *Dateline) bool {
	var nd litopys.Date
	if numericDate(w, &nd) {
		d.Year, d.Month, d.Day = nd.Year, nd.Month, nd.Day
		return true
	}
	p := strings.Split(w, ".")
	if len(p) == 2 && allDigits(p[0]) && allDigits(p[1]) && len(p[0]) <= 2 && len(p[1]) <= 2 {
		day, _ := strconv.Atoi(p[0])
		m, _ := strconv.Atoi(p[1])
		if m >= 1 && m <= 12 && day >= 1 && day <= 31 {
			d.Month, d.Day = time.Month(m), day
			return true
		}
	}
	return false
}

// placeName reports whether s is one to four capitalised words of two
// letters or more, without digits ("Москва", "КИЇВ", "Нью-Йорк", "Los
// Angeles").
func placeName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
			return false // "В Україні, 5 травня, …" is no dateline
		}
		if low := lower(w); oneOf(low, dateFiller) || oneOf(low, timeWords) {
			return false // "Вчера, 10 января, …" dates an event, not the article
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return false
			}
		}
	}
	return true
}

// bylineName returns the name of a byline line ("By Jane Doe" → "Jane
// Doe", "Автор: Иван Петров, 14 ноября 2024" → "Иван Петров"), "" when it
// is none.
func bylineName(s string) string {
	t := newLineText(s)
	for _, p := range bylineHeads {
		rest, ok := t.phrase(p)
		if !ok {
			continue
		}
		name := strings.TrimLeft(rest, " :—–-")
		if name != "" && name != rest || p == "by" && strings.HasPrefix(rest, " ") {
			// "Иван Петров, 14 ноября 2024": the date is not the name.
			if i := strings.LastIndexByte(name, ','); i > 0 {
				if _, ok := readDateLine(name[i+1:]); ok {
					name = name[:i]
				}
			}
			return strings.TrimSpace(strings.TrimRight(name, ".,;"))
		}
	}
	return ""
}
