package temporal

import (
	"testing"

	"github.com/litopys/litopys"
)

// classCase is a text and every expression Find must return for it, with
// its offsets (found by expand), value, granularity and rule.
type classCase struct {
	name string
	text string
	pub  litopys.Date
	lang string
	want []want
}

// runClasses checks whole outputs: the number of expressions and each one.
func runClasses(t *testing.T, cases []classCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, nil, Options{Published: tt.pub, Lang: tt.lang, Now: testNow})
			wantExprs := expand(t, tt.text, tt.want)
			if len(got) != len(wantExprs) {
				t.Fatalf("got %d expressions, want %d:\n got  %v\n want %v", len(got), len(wantExprs), summary(got), summary(wantExprs))
			}
			for i := range got {
				g := got[i]
				g.Date = litopys.Date{}
				if g != wantExprs[i] {
					t.Errorf("expression %d:\n got  %+v\n want %+v", i, g, wantExprs[i])
				}
			}
		})
	}
}

// TestYearInCompound: a year that ends a hyphenated name is a year; the
// span is the whole name.
func TestYearInCompound(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 13)
	runClasses(t, []classCase{
		{"summit and elections", "Саміт-2019 пройшов у Брюсселі, а вибори-2024 ще попереду.", pub, "uk", []want{
			{Text: "Саміт-2019", Value: "2019", Gran: "year"},
			{Text: "вибори-2024", Value: "2024", Gran: "year"},
		}},
		{"with a year word", "Водночас згідно із проектом бюджету-2025 р. соціальні стандарти не зростуть.", pub, "uk", []want{
			{Text: "бюджету-2025 р.", Value: "2025", Gran: "year"},
		}},
		{"not years", "Літак Ан-225, Ф-2000, COVID-19 і Ту-154М та ЧС-10000.", pub, "uk", nil},
	})
}

// TestBareMonth: a month after a preposition or a noun that governs it.
func TestBareMonth(t *testing.T) {
	runClasses(t, []classCase{
		{"к маю", "Однако к маю ситуация может и измениться.", litopys.DayDate(2018, 3, 21), "ru", []want{
			{Text: "маю", Value: "2018-05", Gran: "month", Rule: "published"},
		}},
		{"за підсумками квітня", "За підсумками квітня інфляція сповільнилася до 3,2%.", litopys.DayDate(2024, 5, 10), "uk", []want{
			{Text: "квітня", Value: "2024-04", Gran: "month", Rule: "published"},
		}},
		{"по итогам февраля", "Оценка Росстата по итогам февраля составит до 2% роста.", litopys.DayDate(2018, 3, 13), "ru", []want{
			{Text: "февраля", Value: "2018-02", Gran: "month", Rule: "published"},
		}},
		{"an ambiguous form needs its noun", "За підсумками листопада ціни зросли; лютого ворога не злякались.", litopys.DayDate(2024, 12, 5), "uk", []want{
			{Text: "листопада", Value: "2024-11", Gran: "month", Rule: "published"},
		}},
		{"dative with a year", "Успели зачать ребенка к декабрю 2015-го и родить его к сентябрю 2016-го.", litopys.DayDate(2018, 3, 20), "ru", []want{
			{Text: "декабрю 2015-го", Value: "2015-12", Gran: "month"},
			{Text: "сентябрю 2016-го", Value: "2016-09", Gran: "month"},
		}},
		{"a deadline ahead", "Вторую гостиницу предполагается достроить к сентябрю.", litopys.DayDate(2018, 3, 20), "ru", []want{
			{Text: "сентябрю", Value: "2018-09", Gran: "month", Rule: "published"},
		}},
		{"a month range", "Реальные доходы за январь–ноябрь 2017 года упали, а в январе–октябре росли.", litopys.DayDate(2018, 1, 24), "ru", []want{
			{Text: "январь–ноябрь 2017 года", Value: "2017-01/2017-11", Gran: "interval"},
			{Text: "январе–октябре", Value: "2017-01/2017-10", Gran: "interval", Rule: "published-past"},
		}},
		{"the revolution is not a month", "После Октября 17-го Замятин вел себя вызывающе.", litopys.DayDate(2017, 11, 23), "ru", nil},
	})
}

// TestAbbreviatedMonth: "5 дек.", "12 лист", datelines "МОСКВА, 9 июл".
func TestAbbreviatedMonth(t *testing.T) {
	runClasses(t, []classCase{
		{"dateline", "МОСКВА, 9 июл ПРАЙМ. Курс фунта стерлингов снижается.", litopys.DayDate(2018, 7, 9), "ru", []want{
			{Text: "9 июл", Value: "2018-07-09", Gran: "day", Rule: "published"},
		}},
		{"with a dot and a year", "Заседание назначено на 5 дек. 2023 г. в Москве.", litopys.DayDate(2023, 11, 1), "ru", []want{
			{Text: "5 дек. 2023 г.", Value: "2023-12-05", Gran: "day"},
		}},
		{"Ukrainian without a dot", "Ухвалено 12 лист на засіданні.", litopys.DayDate(2024, 11, 14), "uk", []want{
			{Text: "12 лист", Value: "2024-11-12", Gran: "day", Rule: "published"},
		}},
		{"an interval", "Форум пройдет 5–7 дек. в Казани.", litopys.DayDate(2023, 11, 1), "ru", []want{
			{Text: "5–7 дек.", Value: "2023-12-05/2023-12-07", Gran: "interval", Rule: "published"},
		}},
		{"not after a number", "Він надіслав лист, а дек і сент — не місяці.", litopys.DayDate(2024, 11, 14), "uk", nil},
	})
}

// TestHalfYear: "у другому півріччі" is a half, not a year.
func TestHalfYear(t *testing.T) {
	runClasses(t, []classCase{
		{"bare half", "Зростання очікується у другому півріччі.", litopys.DayDate(2024, 11, 13), "uk", []want{
			{Text: "другому півріччі", Value: "2024-H2", Gran: "half", Rule: "published"},
		}},
		{"half with a year", "В первом полугодии 2017 года цена на нефть выросла.", litopys.DayDate(2017, 9, 12), "ru", []want{
			{Text: "первом полугодии 2017 года", Value: "2017-H1", Gran: "half"},
		}},
		{"half of this year", "Выход книг планируется в первой половине этого года.", litopys.DayDate(2018, 2, 1), "ru", []want{
			{Text: "первой половине этого года", Value: "2018-H1", Gran: "half", Rule: "published", Relative: true},
		}},
		{"half of a month stays a month", "В первой половине сентября прошли учения.", litopys.DayDate(2018, 10, 1), "ru", []want{
			{Text: "В первой половине сентября", Value: "2018-09", Gran: "month", Mod: "early", Rule: "published"},
		}},
	})
}

// TestOrdinalDay: days written as words.
func TestOrdinalDay(t *testing.T) {
	runClasses(t, []classCase{
		{"ordinals", "Пятого марта «Газпром» направил письмо, а двадцать первого марта — второе.", litopys.DayDate(2018, 3, 25), "ru", []want{
			{Text: "Пятого марта", Value: "2018-03-05", Gran: "day", Rule: "published"},
			{Text: "двадцать первого марта", Value: "2018-03-21", Gran: "day", Rule: "published"},
		}},
		{"Ukrainian", "Четвертого листопада кордон відкрили.", litopys.DayDate(2024, 11, 14), "uk", []want{
			{Text: "Четвертого листопада", Value: "2024-11-04", Gran: "day", Rule: "published"},
		}},
	})
}

// TestBlindClasses covers the general rules added after reading the blind
// table (testdata/blind.tsv); some sentences here are shortened or altered
// from the table's misses.
func TestBlindClasses(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"months of a year", "За 9 місяців 2024 року експорт зріс, а за первые девять месяцев прошлого года упал.", pub, "", []want{
			{Text: "9 місяців 2024 року", Value: "2024-01/2024-09", Gran: "interval"},
			{Text: "первые девять месяцев прошлого года", Value: "2023-01/2023-09", Gran: "interval", Rule: "published", Relative: true},
		}},
		{"sports seasons", "У сезоні 2010/11 він грав у Прімері, а 2010/12 — не сезон.", pub, "uk", []want{
			{Text: "2010/11", Value: "2010/2011", Gran: "interval"},
		}},
		{"centuries", "В XXI веке, как и в ХІХ столітті, а также в 21-м веке и в XIX в.", pub, "", []want{
			{Text: "XXI веке", Value: "20", Gran: "century"},
			{Text: "ХІХ столітті", Value: "18", Gran: "century"},
			{Text: "21-м веке", Value: "20", Gran: "century"},
			{Text: "XIX в.", Value: "18", Gran: "century"},
		}},
		{"decades without a year word", "Хиты 90-х, лихолетье начала нулевых годов и в девяностые.", pub, "ru", []want{
			{Text: "90-х", Value: "199X", Gran: "decade"},
			{Text: "начала нулевых годов", Value: "200X", Gran: "decade", Mod: "early"},
			{Text: "девяностые", Value: "199X", Gran: "decade"},
		}},
		{"lists", "Митинги пройдут 19, 20 и 21 ноября, как в 2016 и 2020 годах.", pub, "ru", []want{
			{Text: "19", Value: "2024-11-19", Gran: "day", Rule: "published"},
			{Text: "20", Value: "2024-11-20", Gran: "day", Rule: "published"},
			{Text: "21 ноября", Value: "2024-11-21", Gran: "day", Rule: "published"},
			{Text: "2016", Value: "2016", Gran: "year"},
			{Text: "2020 годах", Value: "2020", Gran: "year"},
		}},
		{"a night across two days", "Вночі з 11 на 12 листопада рятувальники працювали.", pub, "uk", []want{
			{Text: "з 11 на 12 листопада", Value: "2024-11-11/2024-11-12", Gran: "interval", Rule: "published"},
		}},
		{"cited years", "Роман «Элегия» (1940) вышел в издательстве: М.: Время, 2018. – 320 с.", pub, "ru", []want{
			{Text: "1940", Value: "1940", Gran: "year"},
			{Text: "2018", Value: "2018", Gran: "year"},
		}},
		{"English year after a preposition", "Whole Foods began in 1999 when it stocked fish; twenty years ago it did not.", pub, "en", []want{
			{Text: "1999", Value: "1999", Gran: "year"},
			{Text: "twenty years ago", Value: "2004", Gran: "year", Rule: "published", Relative: true},
		}},
		{"years ago without a number read", "Несколько лет назад это было иначе.", pub, "ru", nil},
		{"months and days ago without a number read", "Кілька місяців тому та кілька днів тому; несколько недель назад.", pub, "", nil},
		{"the previous month, a month with the last year", "Це більше, ніж у попередньому місяці, і більше порівняно з жовтнем минулого року.", pub, "uk", []want{
			{Text: "у попередньому місяці", Value: "2024-10", Gran: "month", Rule: "published", Relative: true},
			{Text: "жовтнем минулого року", Value: "2023-10", Gran: "month", Rule: "published", Relative: true},
		}},
		{"a far date places only its own weekday", "В субботу канал уточнил, что в столкновении 7 февраля погибли люди.", litopys.DayDate(2018, 3, 19), "ru", []want{
			{Text: "субботу", Value: "2018-03-17", Gran: "day", Rule: "published", Relative: true},
			{Text: "7 февраля", Value: "2018-02-07", Gran: "day", Rule: "published"},
		}},
		{"an accusative half", "Компанії звітували за першу половину 2024 року.", pub, "uk", []want{
			{Text: "першу половину 2024 року", Value: "2024-H1", Gran: "half"},
		}},
	})
}

// TestDateLine: a clock time right after a date, as date lines print them.
func TestDateLine(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 13)
	runClasses(t, []classCase{
		{"numeric date and time", "12.11.2024, 14:35", pub, "uk", []want{
			{Text: "12.11.2024", Value: "2024-11-12", Gran: "day"},
			{Text: "14:35", Value: "2024-11-12T14:35", Gran: "time", Rule: "anchor"},
		}},
		{"yesterday", "Вчора, 18:30", pub, "uk", []want{
			{Text: "Вчора", Value: "2024-11-12", Gran: "day", Rule: "published", Relative: true},
			{Text: "18:30", Value: "2024-11-12T18:30", Gran: "time", Rule: "anchor", Relative: true},
		}},
		{"written date", "13 листопада 2024, 09:05 Київ", pub, "uk", []want{
			{Text: "13 листопада 2024", Value: "2024-11-13", Gran: "day"},
			{Text: "09:05", Value: "2024-11-13T09:05", Gran: "time", Rule: "anchor"},
		}},
		{"a score is not a time", "Матч закінчився з рахунком 2:1, а 3:0 було торік.", pub, "uk", []want{
			{Text: "торік", Value: "2023", Gran: "year", Rule: "published", Relative: true},
		}},
	})
}

// TestNthWeekday: a weekday or day counted in a month.
func TestNthWeekday(t *testing.T) {
	runClasses(t, []classCase{
		{"last and nth weekdays", "Літній час вводять в останню неділю березня, а в США — у другу неділю березня.", litopys.DayDate(2024, 11, 14), "uk", []want{
			{Text: "останню неділю березня", Value: "2024-03-31", Gran: "day", Rule: "published"},
			{Text: "другу неділю березня", Value: "2024-03-10", Gran: "day", Rule: "published"},
		}},
		{"with a year, the last day", "День Енисея — в последнюю субботу сентября 2012 года. Решение огласили в последний день февраля.", litopys.DayDate(2018, 3, 1), "ru", []want{
			{Text: "последнюю субботу сентября 2012 года", Value: "2012-09-29", Gran: "day"},
			{Text: "последний день февраля", Value: "2018-02-28", Gran: "day", Rule: "published"},
		}},
		{"days of a month", "В 20-х числах марта «Газпром» уведомил «Нафтогаз».", litopys.DayDate(2018, 8, 30), "ru", []want{
			{Text: "В 20-х числах марта", Value: "2018-03", Gran: "month", Mod: "late", Rule: "published"},
		}},
		{"not a month", "Он учредил правление четырех: два августа и два цезаря.", litopys.DayDate(2018, 3, 11), "ru", nil},
	})
}
