package temporal

import (
	"testing"

	"github.com/litopys/litopys"
)

// TestYearAround: the year of a date written without one, around the turn
// of the year and with modifier phrases.
func TestYearAround(t *testing.T) {
	dec := litopys.DayDate(2024, 12, 10)
	runClasses(t, []classCase{
		{"January in a December article, no tense", "Саміт ЄС 20 січня, засідання у січні.", dec, "uk", []want{
			{Text: "20 січня", Value: "2025-01-20", Gran: "day", Rule: "published-future"},
			{Text: "січні", Value: "2025-01", Gran: "month", Rule: "published-future"},
		}},
		{"January in a December article, past", "20 січня суд ухвалив вирок.", dec, "uk", []want{
			{Text: "20 січня", Value: "2024-01-20", Gran: "day", Rule: "published"},
		}},
		{"February in a December article, future", "Вибори можуть відбутися наприкінці лютого.", dec, "uk", []want{
			{Text: "наприкінці лютого", Value: "2025-02", Gran: "month", Mod: "late", Rule: "published-future"},
		}},
		{"end of January, no tense", "Переговоры в конце января.", litopys.DayDate(2023, 12, 5), "ru", []want{
			{Text: "в конце января", Value: "2024-01", Gran: "month", Mod: "late", Rule: "published-future"},
		}},
		{"early December in a January article", "На початку грудня уряд ухвалив бюджет.", litopys.DayDate(2024, 1, 10), "uk", []want{
			{Text: "На початку грудня", Value: "2023-12", Gran: "month", Mod: "early", Rule: "published-past"},
		}},
		{"back in September", "Ще на початку вересня Трамп заявив, що війська будуть розміщені.", litopys.DayDate(2024, 11, 13), "uk", []want{
			{Text: "на початку вересня", Value: "2024-09", Gran: "month", Mod: "early", Rule: "published"},
		}},
		{"was to be", "Этот закон должен был быть принят в июле.", litopys.DayDate(2017, 11, 13), "ru", []want{
			{Text: "июле", Value: "2017-07", Gran: "month", Rule: "published"},
		}},
		{"a range placed by its end", "Рост промышленности в январе–ноябре замедлился.", litopys.DayDate(2018, 1, 24), "ru", []want{
			{Text: "январе–ноябре", Value: "2017-01/2017-11", Gran: "interval", Rule: "published-past"},
		}},
		{"an anchor against the tense", "Как и шесть лет назад, она пройдет в первых числах мая.", litopys.DayDate(2018, 3, 21), "ru", []want{
			{Text: "шесть лет назад", Value: "2012", Gran: "year", Rule: "published", Relative: true},
			{Text: "в первых числах мая", Value: "2018-05", Gran: "month", Mod: "early", Rule: "published"},
		}},
	})
}

// TestWeekdayTense: a bare weekday is not read a week late or early.
func TestWeekdayTense(t *testing.T) {
	thu := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"a past weekday beside a future date on it", "У середу, 20 листопада, відбудеться засідання. У середу уряд ухвалив рішення.", thu, "uk", []want{
			{Text: "середу, 20 листопада", Value: "2024-11-20", Gran: "day", Rule: "published"},
			{Text: "середу", Value: "2024-11-13", Gran: "day", Rule: "published", Relative: true},
		}},
		{"a future weekday beside a past date on it", "В среду, 13 ноября, прошло заседание. В среду суд будет выносить приговор.", thu, "ru", []want{
			{Text: "среду, 13 ноября", Value: "2024-11-13", Gran: "day", Rule: "published"},
			{Text: "среду", Value: "2024-11-20", Gran: "day", Rule: "published", Relative: true},
		}},
		{"a far date does not place a weekday of another sentence", "Трамп продлил в пятницу санкции. Указ подписан 19 декабря 2014 года.", litopys.DayDate(2018, 3, 4), "ru", []want{
			{Text: "пятницу", Value: "2018-03-02", Gran: "day", Rule: "published", Relative: true},
			{Text: "19 декабря 2014 года", Value: "2014-12-19", Gran: "day"},
		}},
		{"set for a day", "Заседание, которое президент назначил на среду, отменено. Оно было намечено на 7 марта.", litopys.DayDate(2018, 3, 6), "ru", []want{
			{Text: "среду", Value: "2018-03-07", Gran: "day", Rule: "anchor", Relative: true},
			{Text: "7 марта", Value: "2018-03-07", Gran: "day", Rule: "published"},
		}},
		{"from Tuesday, past", "Со вторника в городе шли дожди.", thu, "ru", []want{
			{Text: "вторника", Value: "2024-11-12", Gran: "day", Rule: "published", Relative: true},
		}},
		{"from Tuesday, future", "З вівторка діятимуть нові графіки.", litopys.DayDate(2024, 11, 11), "uk", []want{
			{Text: "вівторка", Value: "2024-11-12", Gran: "day", Rule: "published", Relative: true},
		}},
		{"until Friday, by Monday", "Стачка продлится до пятницы, а к понедельнику рейсы восстановят.", litopys.DayDate(2018, 10, 17), "ru", []want{
			{Text: "пятницы", Value: "2018-10-19", Gran: "day", Rule: "published", Relative: true},
			{Text: "понедельнику", Value: "2018-10-22", Gran: "day", Rule: "published", Relative: true},
		}},
	})
}

// TestArchival: a text written about the past, not relative to its
// publication date, does not fill unwritten years from that date.
func TestArchival(t *testing.T) {
	text := "Врученный Ленину ультиматум 1918 года был принят. " +
		"В 1917 году армия распалась, а к началу 1918 года ее не стало. " +
		"Договор 1914 года запрещал сепаратный мир. В 1919 году его отменили. " +
		"3 марта 1918 года мир подписали. 22 февраля немцы вошли в Киев. " +
		"Позже, в мае, Рада пала."
	runClasses(t, []classCase{
		{"history", text, litopys.DayDate(2018, 3, 2), "ru", []want{
			{Text: "1918 года", Value: "1918", Gran: "year"},
			{Text: "1917 году", Value: "1917", Gran: "year"},
			{Text: "к началу 1918 года", Value: "1918", Gran: "year", Mod: "early"},
			{Text: "1914 года", Value: "1914", Gran: "year"},
			{Text: "1919 году", Value: "1919", Gran: "year"},
			{Text: "3 марта 1918 года", Value: "1918-03-03", Gran: "day"},
			{Text: "22 февраля", Value: "1918-02-22", Gran: "day", Rule: "anchor"},
			{Text: "мае", Value: "XXXX-05", Gran: "month", Partial: true},
		}},
		{"news with a historical background is news", "Вчера в Киеве вспоминали 1917, 1918, 1919, 1920 и 1921 годы. В мае пройдет форум.",
			litopys.DayDate(2018, 3, 2), "ru", []want{
				{Text: "Вчера", Value: "2018-03-01", Gran: "day", Rule: "published", Relative: true},
				{Text: "1917", Value: "1917", Gran: "year"},
				{Text: "1918", Value: "1918", Gran: "year"},
				{Text: "1919", Value: "1919", Gran: "year"},
				{Text: "1920", Value: "1920", Gran: "year"},
				{Text: "1921 годы", Value: "1921", Gran: "year"},
				{Text: "мае", Value: "2018-05", Gran: "month", Rule: "published"},
			}},
	})
}

// TestWeekend: a weekend is a week's Saturday and Sunday, "YYYY-Www-WE".
func TestWeekend(t *testing.T) {
	thu := litopys.DayDate(2015, 10, 1)
	runClasses(t, []classCase{
		{"this, last, next", "В этот уик-энд, в минувший уикенд и в следующие выходные.", thu, "ru", []want{
			{Text: "В этот уик-энд", Value: "2015-W40-WE", Gran: "week", Rule: "published", Relative: true},
			{Text: "в минувший уикенд", Value: "2015-W39-WE", Gran: "week", Rule: "published", Relative: true},
			{Text: "в следующие выходные", Value: "2015-W41-WE", Gran: "week", Rule: "published", Relative: true},
		}},
		{"bare, past", "Как Деннис заявил в выходные, контракт есть.", thu, "ru", []want{
			{Text: "в выходные", Value: "2015-W39-WE", Gran: "week", Rule: "published", Relative: true},
		}},
		{"adjectives, not weekends", "В выходных данных книги и в выходные дни, вихідні дані.", thu, "", nil},
		{"an acronym", "Наблюдатель прибыл в УИК.", thu, "ru", nil},
	})
}

// TestLaterAfter: "спустя N лет после X" counts from X, not from publication.
func TestLaterAfter(t *testing.T) {
	runClasses(t, []classCase{
		{"after another event", "Суд оправдал ее спустя восемь лет после приговора, а через неделю она уехала.", litopys.DayDate(2018, 11, 2), "ru", []want{
			{Text: "через неделю", Value: "2018-W45", Gran: "week", Rule: "published", Relative: true},
		}},
	})
}

// TestSameOrNextDay: a day named from the last day written before it.
func TestSameOrNextDay(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 13)
	runClasses(t, []classCase{
		{"same and next day", "Напад стався 19 липня. Того ж дня вона померла, а наступного дня поліція затримала підозрюваного.", pub, "uk", []want{
			{Text: "19 липня", Value: "2024-07-19", Gran: "day", Rule: "published"},
			{Text: "Того ж дня", Value: "2024-07-19", Gran: "day", Rule: "anchor", Relative: true},
			{Text: "наступного дня", Value: "2024-07-20", Gran: "day", Rule: "anchor", Relative: true},
		}},
		{"after a weekday", "В воскресенье прошли выборы. В этот же день в Ингушетии погиб военнослужащий.", litopys.DayDate(2008, 3, 11), "ru", []want{
			{Text: "воскресенье", Value: "2008-03-09", Gran: "day", Rule: "published", Relative: true},
			{Text: "этот же день", Value: "2008-03-09", Gran: "day", Rule: "anchor", Relative: true},
		}},
		{"counted from another event or any day", "Разговор состоялся на следующий день после атаки; праздник всегда в один и тот же день.", litopys.DayDate(2004, 3, 25), "ru", nil},
	})
}
