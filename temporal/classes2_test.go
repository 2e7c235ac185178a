package temporal

import (
	"testing"

	"github.com/litopys/litopys"
)

// The tests below cover the rules written after reading the second blind
// table's misses (testdata/blind2.tsv) and for the classes of expression
// around them that the corpora show; the sentences are corpus sentences,
// shortened, or made up for a class — in-sample for both blind tables.

// TestEve: "накануне", "напередодні" alone are the day before; before a
// genitive they are prepositions.
func TestEve(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"before a preposition", "Накануне в Рижском аэропорту проинформировали, что рейс отменен.", pub, "ru", []want{
			{Text: "Накануне", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
		}},
		{"at the end", "Дэвид Дэвис подал в отставку накануне.", pub, "ru", []want{
			{Text: "накануне", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
		}},
		{"with a time of day", "Напередодні увечері група протестувальників прийшла на площу Дам.", pub, "uk", []want{
			{Text: "Напередодні увечері", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
		}},
		{"before a subject", "Напередодні проєкт DeepState показав кадри атаки; накануне Трамп заявил об этом.", pub, "", []want{
			{Text: "Напередодні", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
			{Text: "накануне", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
		}},
		{"before a verb", "Он накануне заявил, що уряд накануне ухвалив, а министр накануне сообщила.", pub, "", []want{
			{Text: "накануне", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
			{Text: "накануне", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
			{Text: "накануне", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
		}},
		{"the day before a day of its sentence", "Саммит открылся 12 ноября, а накануне прошли переговоры.", pub, "ru", []want{
			{Text: "12 ноября", Value: "2024-11-12", Gran: "day", Rule: "published"},
			{Text: "накануне", Value: "2024-11-11", Gran: "day", Rule: "anchor", Relative: true},
		}},
		{"an apposition says the day", "Накануне, 8 февраля, в Донецке прошли памятные мероприятия.", litopys.DayDate(2018, 2, 9), "ru", []want{
			{Text: "Накануне, 8 февраля", Value: "2018-02-08", Gran: "day", Rule: "published"},
		}},
		{"prepositions", "Накануне визита, напередодні саміту, накануне финала, накануне соревнований, " +
			"накануне Евро-2012, накануне и в день выборов, накануне его отъезда, накануне намечавшегося визита.", pub, "", []want{
			{Text: "Евро-2012", Value: "2012", Gran: "year"},
		}},
		{"a holiday after it", "Накануне Нового года цены растут.", pub, "ru", []want{
			{Text: "Нового года", Value: "2025-01-01", Gran: "day", Rule: "published"},
		}},
	})
}

// TestNight: a night named by the day it ends in is the interval of the
// two days.
func TestNight(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"проти", "Невідомі напали на вболівальників у ніч проти 8 листопада.", pub, "uk", []want{
			{Text: "ніч проти 8 листопада", Value: "2024-11-07/2024-11-08", Gran: "interval", Rule: "published"},
		}},
		{"на with a year", "Войска вошли в Южную Осетию в ночь на 8 августа 2008 года.", pub, "ru", []want{
			{Text: "ночь на 8 августа 2008 года", Value: "2008-08-07/2008-08-08", Gran: "interval"},
		}},
		{"across a month", "В ночь на 1 марта был обстрел.", litopys.DayDate(2024, 3, 5), "ru", []want{
			{Text: "ночь на 1 марта", Value: "2024-02-29/2024-03-01", Gran: "interval", Rule: "published"},
		}},
		{"a weekday and its date", "У ніч на середу, 13 листопада, стартував Кубок НБА.", pub, "uk", []want{
			{Text: "ніч на середу, 13 листопада", Value: "2024-11-12/2024-11-13", Gran: "interval", Rule: "published"},
		}},
		{"a weekday alone", "В ночь на воскресенье был обстрел, а в ночь со среды на четверг — ещё один.", pub, "ru", []want{
			{Text: "ночь на воскресенье", Value: "2024-11-09/2024-11-10", Gran: "interval", Rule: "published", Relative: true},
			{Text: "ночь со среды на четверг", Value: "2024-11-13/2024-11-14", Gran: "interval", Rule: "published", Relative: true},
		}},
		{"not a night of a day", "Он вышел в ту ночь на улицу.", pub, "ru", nil},
	})
}

// TestShortYearRange: a year range whose second year has two digits.
func TestShortYearRange(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 13)
	runClasses(t, []classCase{
		{"a sports season", "Кто следит за НХЛ, тот помнит плей-офф сезона 2011-12.", pub, "ru", []want{
			{Text: "2011-12", Value: "2011/2012", Gran: "interval"},
		}},
		{"with a year word", "Лак, нанесений під час реставрації 1975-76 років, видалятимуть.", pub, "uk", []want{
			{Text: "1975-76 років", Value: "1975/1976", Gran: "interval"},
		}},
		{"abbreviated year words", "Голодомор 1932-33 рр. і сезон 2016-17 г.г. та 2015–2016 гг.", pub, "", []want{
			{Text: "1932-33 рр.", Value: "1932/1933", Gran: "interval"},
			{Text: "2016-17 г.г.", Value: "2016/2017", Gran: "interval"},
			{Text: "2015–2016 гг.", Value: "2015/2016", Gran: "interval"},
		}},
		{"across a century", "Сезон 1999-00 был последним.", pub, "ru", []want{
			{Text: "1999-00", Value: "1999/2000", Gran: "interval"},
		}},
		{"not ranges", "Код 2011-12-45, номер 2011-05 и 2011-32, до 2030 — 35%.", pub, "ru", []want{
			{Text: "2030", Value: "2030", Gran: "year"},
		}},
	})
}

// TestClockTimes: clock times alone are bare "THH:MM"; a time right after
// its date takes that day.
func TestClockTimes(t *testing.T) {
	pub := litopys.DayDate(2018, 7, 10)
	runClasses(t, []classCase{
		{"a time zone, with a dot", "По состоянию на 14.16 мск курс фунта снижался, а в 12:00 GMT рос.", pub, "ru", []want{
			{Text: "14.16", Value: "T14:16", Gran: "time", Partial: true},
			{Text: "12:00", Value: "T12:00", Gran: "time", Partial: true},
		}},
		{"a feed timestamp", "13:16 В Пакистане передумали казнить христианку.", pub, "ru", []want{
			{Text: "13:16", Value: "T13:16", Gran: "time", Partial: true},
		}},
		{"a dateline remnant", ", 17:26 REGNUM 10 ноября адвокат сообщил.", pub, "ru", []want{
			{Text: "17:26", Value: "T17:26", Gran: "time", Partial: true},
			{Text: "10 ноября", Value: "2017-11-10", Gran: "day", Rule: "published-past"},
		}},
		{"a day elsewhere in the sentence", "26 мая предполагается забастовка с 22:00 по местному времени.", pub, "ru", []want{
			{Text: "26 мая", Value: "2018-05-26", Gran: "day", Rule: "published"},
			{Text: "22:00", Value: "T22:00", Gran: "time", Partial: true},
		}},
		{"right after its date", "Встреча 12.07.2018 в 15:30, итог — 13 июля, 10:00.", pub, "ru", []want{
			{Text: "12.07.2018", Value: "2018-07-12", Gran: "day"},
			{Text: "15:30", Value: "2018-07-12T15:30", Gran: "time", Rule: "anchor"},
			{Text: "13 июля", Value: "2018-07-13", Gran: "day", Rule: "anchor"},
			{Text: "10:00", Value: "2018-07-13T10:00", Gran: "time", Rule: "anchor"},
		}},
		{"dotted times after a preposition", "Начало в 18.30, перерыв с 11.00 до 19.00.", pub, "ru", []want{
			{Text: "18.30", Value: "T18:30", Gran: "time", Partial: true},
			{Text: "11.00", Value: "T11:00", Gran: "time", Partial: true},
			{Text: "19.00", Value: "T19:00", Gran: "time", Partial: true},
		}},
		{"right before its date", "Прекращение огня с 00:00 29 декабря, а в 18.05 GMT 22 ноября — нет.", pub, "ru", []want{
			{Text: "00:00", Value: "2017-12-29T00:00", Gran: "time", Rule: "anchor"},
			{Text: "29 декабря", Value: "2017-12-29", Gran: "day", Rule: "published-past"},
			{Text: "18.05", Value: "2017-11-22T18:05", Gran: "time", Rule: "anchor"},
			{Text: "22 ноября", Value: "2017-11-22", Gran: "day", Rule: "published-past"},
		}},
		{"decimals", "Рост в 1.5 раза, отставание на 1.46 секунды, с 20.29 КоАП, до 2.37 пункта, в 0.01 сек.", pub, "ru", nil},
		{"a verse", "Христос був умер» (Гал. 2:21б). Вони під прокляттям (Гал. 3:10а).", pub, "uk", nil},
	})
}

// TestWeekdayAdjective: "воскресный теракт" names one Sunday; "воскресная
// школа" a weekly custom.
func TestWeekdayAdjective(t *testing.T) {
	pub := litopys.DayDate(2003, 11, 10) // a Monday
	runClasses(t, []classCase{
		{"past", "Район, в котором совершен воскресный теракт, охранялся.", pub, "ru", []want{
			{Text: "воскресный", Value: "2003-11-09", Gran: "day", Rule: "published", Relative: true},
		}},
		{"future", "Суботній матч відбудеться у Львові.", pub, "uk", []want{
			{Text: "Суботній", Value: "2003-11-15", Gran: "day", Rule: "published", Relative: true},
		}},
		{"with a time of day", "Мы прибыли в Пекин субботним утром.", pub, "ru", []want{
			{Text: "субботним утром", Value: "2003-11-08", Gran: "day", Rule: "published", Relative: true},
		}},
		{"customs", "Воскресная школа, недільні безкоштовні класи, пятничной молитвы, по субботним дням, субботний день, середовище.", pub, "", nil},
	})
}

// TestCenturyAbbr: "XX ст." is a century after a Roman numeral from V.
func TestCenturyAbbr(t *testing.T) {
	runClasses(t, []classCase{
		{"ст.", "Методи тоталітаризму в XX ст. і наприкінці XIX ст.", litopys.Date{Year: 2014, Precision: litopys.PrecisionYear}, "uk", []want{
			{Text: "XX ст.", Value: "19", Gran: "century"},
			{Text: "наприкінці XIX ст.", Value: "18", Gran: "century", Mod: "late"},
		}},
		{"a part of a century", "В конце XIX века и на початку ХХ століття.", litopys.DayDate(2014, 5, 5), "", []want{
			{Text: "В конце XIX века", Value: "18", Gran: "century", Mod: "late"},
			{Text: "на початку ХХ століття", Value: "19", Gran: "century", Mod: "early"},
		}},
		{"not centuries", "Голова ЗОШ І-III ст. та ч. 2 ст. 15 КК.", litopys.Date{Year: 2014, Precision: litopys.PrecisionYear}, "uk", nil},
	})
}

// TestWeekendCases: weekends in all their cases.
func TestWeekendCases(t *testing.T) {
	pub := litopys.DayDate(2015, 5, 20) // a Wednesday
	runClasses(t, []classCase{
		{"instrumental alone", "Больше всех уик-эндом разочаровался Уг Волан, а вікендом програли інші.", pub, "", []want{
			{Text: "уик-эндом", Value: "2015-W20-WE", Gran: "week", Rule: "published", Relative: true},
			{Text: "вікендом", Value: "2015-W20-WE", Gran: "week", Rule: "published", Relative: true},
		}},
		{"the past one read on a Sunday", "Они довольны прошедшим уик-эндом.", litopys.DayDate(2015, 5, 10), "ru", []want{
			{Text: "прошедшим уик-эндом", Value: "2015-W19-WE", Gran: "week", Rule: "published", Relative: true},
		}},
		{"the coming one", "В ближайшие выходные будет тепло.", pub, "ru", []want{
			{Text: "В ближайшие выходные", Value: "2015-W21-WE", Gran: "week", Rule: "published", Relative: true},
		}},
		{"a noun", "Выходные данные, вихідні дні.", pub, "", nil},
	})
}

// TestHolidayForms: holidays as subjects of "falls on", after "в канун"
// and a relative adjective, and the feasts counted from Easter.
func TestHolidayForms(t *testing.T) {
	runClasses(t, []classCase{
		{"falls on", "У цьому році День Святого Миколая випадає на п'ятницю.", litopys.DayDate(2024, 11, 13), "uk", []want{
			{Text: "У цьому році", Value: "2024", Gran: "year", Rule: "published", Relative: true},
			{Text: "День Святого Миколая", Value: "2024-12-06", Gran: "day", Rule: "anchor"},
			{Text: "п'ятницю", Value: "2024-12-06", Gran: "day", Rule: "anchor", Relative: true},
		}},
		{"yesterday's holiday", "Исследование проведено в канун вчерашнего Дня всех влюбленных.", litopys.DayDate(2018, 2, 15), "ru", []want{
			{Text: "вчерашнего Дня всех влюбленных", Value: "2018-02-14", Gran: "day", Rule: "published"},
		}},
		{"Trinity and Palm Sunday", "На Трійцю 2024 року і до Вербної неділі 2024 року.", litopys.DayDate(2024, 11, 13), "uk", []want{
			{Text: "Трійцю 2024 року", Value: "2024-06-23", Gran: "day"},
			{Text: "Вербної неділі 2024 року", Value: "2024-04-28", Gran: "day"},
		}},
		{"state days", "До Дня Гідності та Свободи і на День Збройних Сил України.", litopys.DayDate(2024, 11, 13), "uk", []want{
			{Text: "Дня Гідності та Свободи", Value: "2024-11-21", Gran: "day", Rule: "published"},
			{Text: "День Збройних Сил України", Value: "2024-12-06", Gran: "day", Rule: "published"},
		}},
		{"not feasts", "Верой в Троицу, храм Святой Троицы, День Вооруженных сил Египта.", litopys.DayDate(2024, 11, 13), "ru", nil},
	})
}

// TestSpanConventions: deictic phrases keep "в", "у", "на"; "за" stays
// out; a numeric date keeps its year word; "доба" is a day.
func TestSpanConventions(t *testing.T) {
	pub := litopys.DayDate(2018, 3, 22)
	runClasses(t, []classCase{
		{"в минувшую среду", "Тайфун обрушился в минувшую среду, а в минулу середу — інший.", pub, "", []want{
			{Text: "в минувшую среду", Value: "2018-03-21", Gran: "day", Rule: "published", Relative: true},
			{Text: "в минулу середу", Value: "2018-03-21", Gran: "day", Rule: "published", Relative: true},
		}},
		{"за", "За прошлый год и за минулий місяць.", pub, "", []want{
			{Text: "прошлый год", Value: "2017", Gran: "year", Rule: "published", Relative: true},
			{Text: "минулий місяць", Value: "2018-02", Gran: "month", Rule: "published", Relative: true},
		}},
		{"a year word after a numeric date", "Вартість на 01.01.2019 року становить 109 мільйонів.", pub, "uk", []want{
			{Text: "01.01.2019 року", Value: "2019-01-01", Gran: "day"},
		}},
		{"a range of numeric dates", "Протягом 09.12.2017-10.12.2017 міст відремонтували; код 09.12.2017-10.", pub, "uk", []want{
			{Text: "09.12.2017-10.12.2017", Value: "2017-12-09/2017-12-10", Gran: "interval"},
		}},
		{"доба", "Це друга атака за сьогоднішню добу.", pub, "uk", []want{
			{Text: "сьогоднішню добу", Value: "2018-03-22", Gran: "day", Rule: "published", Relative: true},
		}},
		{"a time of day in the dative", "Тайфун к вечеру пятницы может оказаться у Курил.", pub, "ru", []want{
			{Text: "вечеру пятницы", Value: "2018-03-23", Gran: "day", Rule: "published", Relative: true},
		}},
	})
}
