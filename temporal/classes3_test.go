package temporal

import (
	"testing"

	"github.com/litopys/litopys"
)

// TestCountedFrom: "днём ранее", "годом позже" count from the time written
// before them; "в этот день" with none stays unresolved.
func TestCountedFrom(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"days", "В среду, 13 ноября, прошел саммит. Двумя днями раньше прошли выборы.", pub, "ru", []want{
			{Text: "среду, 13 ноября", Value: "2024-11-13", Gran: "day", Rule: "published"},
			{Text: "Двумя днями раньше", Value: "2024-11-11", Gran: "day", Rule: "anchor", Relative: true},
		}},
		{"years and months", "У 2015 році ухвалили закон, роком раніше — інший. В мае 2015 года закрыли завод, месяцем позже открыли.", pub, "", []want{
			{Text: "2015 році", Value: "2015", Gran: "year"},
			{Text: "роком раніше", Value: "2014", Gran: "year", Rule: "anchor", Relative: true},
			{Text: "мае 2015 года", Value: "2015-05", Gran: "month"},
			{Text: "месяцем позже", Value: "2015-06", Gran: "month", Rule: "anchor", Relative: true},
		}},
		{"an apposition", "Днем раньше, 18 февраля, прошел пикет.", pub, "ru", []want{
			{Text: "Днем раньше", Value: "2024-02-18", Gran: "day", Rule: "anchor", Relative: true},
			{Text: "18 февраля", Value: "2024-02-18", Gran: "day", Rule: "published"},
		}},
		{"nothing before", "Днём ранее Синод одобрил решение.", pub, "ru", []want{
			{Text: "Днём ранее", Gran: "day", Relative: true},
		}},
		{"vague", "Несколькими днями ранее прошли выборы.", pub, "ru", nil},
		{"this day", "В этот день революция осознавалась роковой. Цього дня відбудуться акції. У той день їй виповнилося вісім.", pub, "", []want{
			{Text: "В этот день", Gran: "day", Relative: true},
			{Text: "Цього дня", Gran: "day", Relative: true},
			{Text: "У той день", Gran: "day", Relative: true},
		}},
		{"this day after a day", "5 ноября прошли выборы. В этот день была гроза.", pub, "ru", []want{
			{Text: "5 ноября", Value: "2024-11-05", Gran: "day", Rule: "published"},
			{Text: "В этот день", Value: "2024-11-05", Gran: "day", Rule: "anchor", Relative: true},
		}},
	})
}

// TestJoinedInterval: a start after "с", "з" and an end after "до", "по"
// that no other rule read as one are one interval.
func TestJoinedInterval(t *testing.T) {
	pub := litopys.DayDate(2015, 7, 14)
	runClasses(t, []classCase{
		{"a day to part of a month", "Речь шла о 5 млрд с 20 июля до середины августа.", pub, "ru", []want{
			{Text: "с 20 июля до середины августа", Value: "2015-07-20/2015-08", Gran: "interval", Rule: "published"},
		}},
		{"years", "З 2014 року до кінця 2016-го ціни зростали.", pub, "uk", []want{
			{Text: "З 2014 року до кінця 2016-го", Value: "2014/2016", Gran: "interval"},
		}},
		{"a year at one end", "Брак у машинах, виготовлених із 6 листопада 2023 року до 30 липня 2024 року.", pub, "uk", []want{
			{Text: "із 6 листопада 2023 року до 30 липня 2024 року", Value: "2023-11-06/2024-07-30", Gran: "interval"},
		}},
		{"not joined", "Это длилось с 5 мая, а до 7 июля все ждали.", pub, "ru", []want{
			{Text: "5 мая", Value: "2015-05-05", Gran: "day", Rule: "published"},
			{Text: "7 июля", Value: "2015-07-07", Gran: "day", Rule: "published"},
		}},
	})
}

// TestQuotedName: a day ending a name in quotes is not a date.
func TestQuotedName(t *testing.T) {
	pub := litopys.DayDate(2017, 6, 5)
	runClasses(t, []classCase{
		{"names", "Группировки «Коалиция 14 февраля», «Движение 14 марта» и фильм «Утойя, 22 июля».", pub, "ru", nil},
		{"a quoted date alone", "Он назвал это «11 сентября».", pub, "ru", []want{
			{Text: "11 сентября", Value: "2016-09-11", Gran: "day", Rule: "published-past"},
		}},
	})
}

// TestRelativeMonth: a month with a relative adjective.
func TestRelativeMonth(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"past", "В минувшем ноябре он выдвинулся, у минулому травні — ні.", pub, "", []want{
			{Text: "В минувшем ноябре", Value: "2023-11", Gran: "month", Rule: "published", Relative: true},
			{Text: "у минулому травні", Value: "2024-05", Gran: "month", Rule: "published", Relative: true},
		}},
		{"this and next", "Выборы в этом сентябре и наступного березня.", pub, "", []want{
			{Text: "в этом сентябре", Value: "2024-09", Gran: "month", Rule: "published", Relative: true},
			{Text: "наступного березня", Value: "2025-03", Gran: "month", Rule: "published", Relative: true},
		}},
		{"across the new year", "У жовтні–березні 2019 року автобуси ходять рідше.", pub, "uk", []want{
			{Text: "жовтні–березні 2019 року", Value: "2018-10/2019-03", Gran: "interval"},
		}},
	})
}

// TestMoreYears: years that need a context to be years.
func TestMoreYears(t *testing.T) {
	pub := litopys.DayDate(2018, 3, 4)
	runClasses(t, []classCase{
		{"an adjective before the year word", "План на 2019 финансовом году и 2023 навчальному році.", pub, "", []want{
			{Text: "2019 финансовом году", Value: "2019", Gran: "year"},
			{Text: "2023 навчальному році", Value: "2023", Gran: "year"},
		}},
		{"a pronoun after", "В 2015 он занял пост, а в 2000 километрах — нет.", pub, "ru", []want{
			{Text: "2015", Value: "2015", Gran: "year"},
		}},
		{"a chronology", "1994 – международная организация подписала договор.", pub, "ru", []want{
			{Text: "1994", Value: "1994", Gran: "year"},
		}},
		{"a Latin name", "Учения Silver Arrow 2017 и ярмарка Art Dubai 2017, но не Panzerhaubitze 2000 и не C 2012.", pub, "ru", []want{
			{Text: "2017", Value: "2017", Gran: "year"},
			{Text: "2017", Value: "2017", Gran: "year"},
		}},
		{"an embed's date", "Июн 3 2017 в 8:38 PDT", pub, "ru", []want{
			{Text: "Июн 3 2017", Value: "2017-06-03", Gran: "day"},
			{Text: "8:38", Value: "2017-06-03T08:38", Gran: "time", Rule: "anchor"},
		}},
	})
}

// TestRelativeDayAndCentury: "минулої доби", "в прошедшие сутки" are the
// day before publication; "прошлого века" the century before its.
func TestRelativeDayAndCentury(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"доба", "За минулу добу Сили оборони знищили 40 дронів, а в прошедшие сутки — ещё два.", pub, "", []want{
			{Text: "минулу добу", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
			{Text: "в прошедшие сутки", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
		}},
		{"with its date", "Протягом минулої доби, 13 листопада, відбулось 161 бойове зіткнення.", pub, "uk", []want{
			{Text: "минулої доби, 13 листопада", Value: "2024-11-13", Gran: "day", Rule: "published"},
		}},
		{"not centuries", "Эти века много значат, прошлые века тоже.", pub, "ru", nil},
		{"centuries", "В середине прошлого века здесь был завод, а в 90-х рр. минулого століття — ні.", pub, "", []want{
			{Text: "В середине прошлого века", Value: "19", Gran: "century", Mod: "mid", Rule: "published", Relative: true},
			{Text: "90-х рр.", Value: "199X", Gran: "decade"},
			{Text: "минулого століття", Value: "19", Gran: "century", Rule: "published", Relative: true},
		}},
	})
}

// TestCitedYears: years in citations and lists in parentheses, with case
// endings, and academic years.
func TestCitedYears(t *testing.T) {
	pub := litopys.Date{Year: 2016, Precision: litopys.PrecisionYear}
	runClasses(t, []classCase{
		{"in parentheses", "«Прометей» (1982, 1986), «Два береги» (2008, у співавторстві), (Lee et al., 2017).", pub, "uk", []want{
			{Text: "1982", Value: "1982", Gran: "year"},
			{Text: "1986", Value: "1986", Gran: "year"},
			{Text: "2008", Value: "2008", Gran: "year"},
			{Text: "2017", Value: "2017", Gran: "year"},
		}},
		{"endings and academic years", "А в 2016-ому світ побачила, про 1948-й, у кампанії 1999/2000, у 2006/2007 н. р.", pub, "uk", []want{
			{Text: "2016-ому", Value: "2016", Gran: "year"},
			{Text: "1948-й", Value: "1948", Gran: "year"},
			{Text: "1999/2000", Value: "1999/2000", Gran: "interval"},
			{Text: "2006/2007", Value: "2006/2007", Gran: "interval"},
		}},
		{"not years", "Ціни (2000, 3000) гривень, (12, 1986) і (Сміт, 100), 2006/2008.", pub, "uk", nil},
	})
}

// TestSportsSeason: "в этом сезоне" in a text about sport is the season
// running at publication (August to July), or the year for a calendar-year
// sport; in other texts it is no date.
func TestSportsSeason(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 13)
	spring := litopys.DayDate(2024, 3, 5)
	runClasses(t, []classCase{
		{"the current season", "У поточному сезоні правий захисник провів 13 матчів.", pub, "uk", []want{
			{Text: "У поточному сезоні", Value: "2024/2025", Gran: "interval", Rule: "published", Relative: true},
		}},
		{"in spring", "Тренер доволен: в этом сезоне команда не проигрывала.", spring, "ru", []want{
			{Text: "в этом сезоне", Value: "2023/2024", Gran: "interval", Rule: "published", Relative: true},
		}},
		{"the last season", "Сборная прошлого сезона играла лучше.", pub, "ru", []want{
			{Text: "прошлого сезона", Value: "2023/2024", Gran: "interval", Rule: "published", Relative: true},
		}},
		{"a calendar-year sport", "Пилот «Формулы-1» в этом сезоне выиграл пять гонок.", pub, "ru", []want{
			{Text: "в этом сезоне", Value: "2024", Gran: "year", Rule: "published", Relative: true},
		}},
		{"not sport", "В этом сезоне в моде длинные пальто, говорят знатоки религии стиля.", pub, "ru", nil},
	})
}
