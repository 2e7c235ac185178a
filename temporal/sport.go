package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sports season ("в этом сезоне", "у поточному сезоні") is read only in a
// text about sport: elsewhere a season is a theatre's, a fashion's or a
// heating season and stays no date. Most seasons run across the new year
// (August to July); motor racing, tennis and athletics run a calendar year.

// isSeasonWord reports whether w is "сезон" in some case.
func isSeasonWord(w string) bool {
	switch w {
	case "сезон", "сезона", "сезоне", "сезону", "сезоном", "сезоні":
		return true
	}
	return false
}

// sports are stems of words that show a text is about sport, where "в этом
// сезоне" is a sports season (not an airline's, a theatre's or a heating
// season).
var sports = [...]string{"матч", "чемпион", "турнир", "турнір", "лига", "лиги", "ліга", "ліги", "сборн", "збірн", "тренер",
	"плей-офф", "плей-оф", "НХЛ", "НБА", "КХЛ", "АПЛ", "УПЛ", "РПЛ", "спортсмен", "Кубк", "Кубок", "футбол", "хокей", "хоккей", "баскетбол"}

// sportText reports whether the text speaks of sport.
func (s *scanner) sportText() bool {
	if s.sport == 0 {
		s.sport = -1
		if s.isCalendarSport() {
			s.sport = 1
		}
		for _, w := range sports {
			if s.sport < 0 && hasStem(s.text, w) {
				s.sport = 1
			}
		}
	}
	return s.sport > 0
}

// calendarSports are stems of words that show a text is about a sport whose
// season is a calendar year; other seasons (football, hockey, biathlon,
// skating, the theatre) run across the new year.
var calendarSports = [...]string{"Формул", "Гран-при", "Гран-прі", "гонщик", "пилот", "пілот", "ралли", "WRC", "WTCC", "MotoGP",
	"теннис", "теніс", "ATP", "WTA", "легкоатлет", "велогон", "NASCAR"}

// isCalendarSport reports whether the text speaks of a calendar-year sport.
func (s *scanner) isCalendarSport() bool {
	if s.calendarSport == 0 {
		s.calendarSport = -1
		for _, w := range calendarSports {
			if hasStem(s.text, w) {
				s.calendarSport = 1
				break
			}
		}
	}
	return s.calendarSport > 0
}

// hasStem reports whether a word of text starts with stem, or with stem
// capitalised ("лиги" in "Лиги чемпионов", not in "религии").
func hasStem(text, stem string) bool {
	r, n := utf8.DecodeRuneInString(stem)
	if up := string(unicode.ToUpper(r)) + stem[n:]; up != stem && hasWordStart(text, up) {
		return true
	}
	return hasWordStart(text, stem)
}

// hasWordStart reports whether a word of text starts with stem.
func hasWordStart(text, stem string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], stem)
		if k < 0 {
			return false
		}
		k += off
		if r, _ := utf8.DecodeLastRuneInString(text[:k]); k == 0 || !unicode.IsLetter(r) {
			return true
		}
		off = k + len(stem)
	}
}
