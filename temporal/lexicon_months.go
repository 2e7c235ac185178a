package temporal

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// addMonths enters the month words: nominative, genitive, locative, dative
// and instrumental forms in Russian and Ukrainian, English names, and the
// abbreviations read after a day number.
func addMonths(m lexMap) {
	add := m.add
	months := [12][7]string{
		// ru nom, ru gen, ru loc, uk nom, uk gen, uk loc, en (+abbreviations)
		{"январь", "января", "январе", "січень", "січня", "січні", "january jan"},
		{"февраль", "февраля", "феврале", "лютий", "лютого", "лютому", "february feb"},
		{"март", "марта", "марте", "березень", "березня", "березні", "march mar"},
		{"апрель", "апреля", "апреле", "квітень", "квітня", "квітні", "april apr"},
		{"май", "мая", "мае", "травень", "травня", "травні", "may"},
		{"июнь", "июня", "июне", "червень", "червня", "червні", "june jun"},
		{"июль", "июля", "июле", "липень", "липня", "липні", "july jul"},
		{"август", "августа", "августе", "серпень", "серпня", "серпні", "august aug"},
		{"сентябрь", "сентября", "сентябре", "вересень", "вересня", "вересні", "september sep sept"},
		{"октябрь", "октября", "октябре", "жовтень", "жовтня", "жовтні", "october oct"},
		{"ноябрь", "ноября", "ноябре", "листопад", "листопада", "листопаді", "november nov"},
		{"декабрь", "декабря", "декабре", "грудень", "грудня", "грудні", "december dec"},
	}
	for i, f := range months {
		n := i + 1
		add(lxMonth, n, fNom, f[0])
		add(lxMonth, n, fGen, f[1])
		add(lxMonth, n, fLoc, f[2])
		uk := uint32(0)
		if n == 2 || n == 11 { // лютий "fierce", листопад "leaf fall"
			uk = fUkOnly
		}
		add(lxMonth, n, fNom|uk, f[3])
		add(lxMonth, n, fGen|uk, f[4])
		add(lxMonth, n, fLoc|uk, f[5])
		add(lxMonth, n, fNom|fGen|fLoc|fEn|fAbbr, f[6])
	}
	m["мая"] = lexEntry{lxMonth, 5, fGen | fRuOnly} // "Мая Санду" in Ukrainian
	// Dative months, read after "к": "к маю", "к декабрю 2015-го". The
	// Ukrainian dative equals the locative except for листопаду.
	for n, w := range strings.Fields("январю февралю марту апрелю маю июню июлю августу сентябрю октябрю ноябрю декабрю") {
		m[w] = lexEntry{lxMonth, int8(n + 1), fDat | fRuOnly} // "маю" is "I have" in Ukrainian
	}
	m["листопаду"] = lexEntry{lxMonth, 11, fDat | fUkOnly}
	// Instrumental months, read after a preposition ("порівняно з жовтнем
	// минулого року", "перед мартом") or before a year; "лютим" is left
	// out ("fierce").
	for n, w := range strings.Fields("январем февралем мартом апрелем маем июнем июлем августом сентябрем октябрем ноябрем декабрем") {
		m[w] = lexEntry{lxMonth, int8(n + 1), fIns | fRuOnly}
	}
	for n, w := range strings.Fields("січнем - березнем квітнем травнем червнем липнем серпнем вереснем жовтнем листопадом груднем") {
		if w != "-" {
			m[w] = lexEntry{lxMonth, int8(n + 1), fIns | fUkOnly}
		}
	}
	// Abbreviated months, read only right after a day number ("5 дек.",
	// "12 лист", "МОСКВА, 9 июл"); the ones that are not words take a dot
	// without ending the sentence.
	for n, ws := range [12]string{"янв", "фев", "мар", "апр", "", "июн", "июл", "авг", "сен сент", "окт", "ноя нояб", "дек"} {
		for w := range strings.FieldsSeq(ws) {
			m[w] = lexEntry{lxMonthAbbr, int8(n + 1), fAbbr}
		}
	}
	for n, ws := range [12]string{"січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"} {
		fl := fAbbr
		if ws == "лист" || ws == "лип" || ws == "трав" || ws == "лют" { // also words: "letter", "limes", "herbs", "fierce"
			fl = 0
		}
		m[ws] = lexEntry{lxMonthAbbr, int8(n + 1), fl}
	}
	m["лютім"] = lexEntry{lxMonth, 2, fLoc | fUkOnly}
}

// addWeekdays enters the weekday words with their cases.
func addWeekdays(m lexMap) {
	weekdays := [7][2]string{ // Sunday first, as time.Weekday
		{"воскресенье:NL воскресенья:G воскресенью:D", "неділя:N неділю:L неділі:G"},
		{"понедельник:NL понедельника:G понедельнику:D", "понеділок:NL понеділка:G"},
		{"вторник:NL вторника:G вторнику:D", "вівторок:NL вівторка:G"},
		{"среда:NW среду:L среды:GW среде:DW", "середа:N середу:L середи:G"},
		{"четверг:NL четверга:G четвергу:D", "четвер:NL четверга:G"},
		{"пятница:N пятницу:L пятницы:G пятнице:D", "п'ятниця:N п'ятницю:L п'ятниці:G"},
		{"суббота:N субботу:L субботы:G субботе:D", "субота:N суботу:L суботи:G"},
	}
	for wd, langs := range weekdays {
		for _, forms := range langs {
			for f := range strings.FieldsSeq(forms) {
				w, tags, _ := strings.Cut(f, ":")
				var fl uint32
				for _, t := range tags {
					switch t {
					case 'N':
						fl |= fNom
					case 'G':
						fl |= fGen
					case 'L':
						fl |= fLoc
					case 'W':
						fl |= fWeak
					case 'D':
						fl |= fDat
					}
				}
				m[w] = lexEntry{lxWeekday, int8(wd), fl}
			}
		}
	}
	for wd, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		m[w] = lexEntry{lxWeekday, int8(wd), fNom | fGen | fLoc | fEn}
	}
	// Weekday adjectives: "воскресный теракт", "субботняя встреча",
	// "недільний матч" (no Wednesday one: "середовище" is "environment").
	for wd, stems := range [7]string{"воскресн недільн", "понедельничн понеділков", "вторничн вівторков", "",
		"четвергов", "пятничн п'ятничн", "субботн суботн"} {
		for stem := range strings.FieldsSeq(stems) {
			for e := range strings.FieldsSeq(`ый ий ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ой ей ых их ыми ими
				ій а я е є і ього ьому ім ої ьої у ю іх іми`) {
				m[stem+e] = lexEntry{lxWeekday, int8(wd), fAdjWd}
			}
		}
	}

}

// monthAdjStems are the stems of the month adjectives ("сентябрьский
// саммит", "серпневий наступ"); an adjective is a stem plus one of
// adjEndings.
var monthAdjStems = [12][2]string{
	{"январск", "січнев"}, {"февральск", "лютнев"}, {"мартовск", "березнев"},
	{"апрельск", "квітнев"}, {"майск", "травнев"}, {"июньск", "червнев"},
	{"июльск", "липнев"}, {"августовск", "серпнев"}, {"сентябрьск", "вересн"},
	{"октябрьск", "жовтнев"}, {"ноябрьск", "листопадов"}, {"декабрьск", "груднев"},
}

var adjEndings = map[string]bool{
	"ий": true, "ого": true, "ому": true, "им": true, "ом": true, "ая": true, "ой": true,
	"ую": true, "ое": true, "ие": true, "их": true, "ими": true, "ым": true, "ых": true,
	"ім": true, "а": true, "ої": true, "ій": true, "у": true, "е": true, "і": true,
	// "вересневий": the Ukrainian September stem takes "ев" before the ending.
	"евий": true, "евого": true, "евому": true, "евим": true, "евім": true, "ева": true,
	"евої": true, "евій": true, "еву": true, "еве": true, "еві": true, "евих": true, "евими": true,
}

// adjStemsByFirst groups the month-adjective stems by their first rune.
var adjStemsByFirst = sync.OnceValue(func() map[rune][]int {
	m := map[rune][]int{}
	for i, st := range monthAdjStems {
		for _, s := range st {
			r, _ := utf8.DecodeRuneInString(s)
			m[r] = append(m[r], i)
		}
	}
	return m
})

// monthAdjective returns the month of a month adjective, 0 if w is not one.
func monthAdjective(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	for _, i := range adjStemsByFirst()[r] {
		for _, s := range monthAdjStems[i] {
			if rest, ok := strings.CutPrefix(w, s); ok && adjEndings[rest] {
				if s == "вересн" && !strings.HasPrefix(rest, "ев") {
					continue
				}
				return i + 1
			}
		}
	}
	return 0
}
