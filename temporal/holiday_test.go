package temporal

import (
	"testing"

	"github.com/litopys/litopys"
)

// TestHoliday: fixed-date holidays after a preposition or with a year, on
// the day of their country's calendar.
func TestHoliday(t *testing.T) {
	runClasses(t, []classCase{
		{"Ukrainian Christmas after the 2023 reform", "Уряд хоче ухвалити бюджет ще до Різдва.", litopys.DayDate(2024, 11, 14), "uk", []want{
			{Text: "Різдва", Value: "2024-12-25", Gran: "day", Rule: "published"},
		}},
		{"Ukrainian Christmas before it", "Ялинку встановлять на Різдво Христове.", litopys.DayDate(2022, 12, 1), "uk", []want{
			{Text: "Різдво Христове", Value: "2023-01-07", Gran: "day", Rule: "published"},
		}},
		{"Russian Christmas", "Выставка откроется к Рождеству.", litopys.DayDate(2018, 12, 20), "ru", []want{
			{Text: "Рождеству", Value: "2019-01-07", Gran: "day", Rule: "published"},
		}},
		{"Catholic Christmas", "Рынки закроются на католическое Рождество.", litopys.DayDate(2018, 12, 20), "ru", []want{
			{Text: "католическое Рождество", Value: "2018-12-25", Gran: "day", Rule: "published"},
		}},
		{"with a year", "Дело было в Североморске перед Рождеством 1993 года.", litopys.DayDate(2018, 3, 9), "ru", []want{
			{Text: "Рождеством 1993 года", Value: "1993-01-07", Gran: "day"},
		}},
		{"New Year countdown", "До Нового року залишилося 47 днів.", litopys.DayDate(2024, 11, 14), "uk", []want{
			{Text: "Нового року", Value: "2025-01-01", Gran: "day", Rule: "published"},
		}},
		{"New Year just past", "Накануне Нового года он исчез из здания суда.", litopys.DayDate(2018, 1, 11), "ru", []want{
			{Text: "Нового года", Value: "2018-01-01", Gran: "day", Rule: "published"},
		}},
		{"Independence Day by country", "Ко Дню независимости Украины и к Дню независимости США готовят парады.", litopys.DayDate(2018, 6, 1), "ru", []want{
			{Text: "Дню независимости Украины", Value: "2018-08-24", Gran: "day", Rule: "published"},
			{Text: "Дню независимости США", Value: "2018-07-04", Gran: "day", Rule: "published"},
		}},
		{"Independence Day in Ukrainian", "Парад на День Незалежності скасували.", litopys.DayDate(2022, 8, 1), "uk", []want{
			{Text: "День Незалежності", Value: "2022-08-24", Gran: "day", Rule: "published"},
		}},
		{"Victory Day moved in Ukraine", "Напередодні Дня Перемоги влада закликала до пильності.", litopys.DayDate(2024, 5, 1), "uk", []want{
			{Text: "Дня Перемоги", Value: "2024-05-08", Gran: "day", Rule: "published"},
		}},
		{"greetings and bare names are not dates", "С Рождеством Христовым! Пробки испортили Рождество и Новый год; после крещения Руси.", litopys.DayDate(2018, 1, 8), "ru", nil},
		{"an independence day of no named country in Russian", "В День независимости прошли митинги.", litopys.DayDate(2018, 6, 1), "ru", nil},
	})
}

// TestEaster: Easter is computed, Orthodox unless "католическая" or
// English; Passover is not read.
func TestEaster(t *testing.T) {
	for _, tt := range []struct {
		y       int
		western bool
		m, d    int
	}{{2018, false, 4, 8}, {2019, false, 4, 28}, {2023, false, 4, 16}, {2024, false, 5, 5}, {2018, true, 4, 1}, {2019, true, 4, 21}, {2024, true, 3, 31}} {
		if m, d := easterDay(tt.y, tt.western); m != tt.m || d != tt.d {
			t.Errorf("easter %d western=%v: got %d-%d, want %d-%d", tt.y, tt.western, m, d, tt.m, tt.d)
		}
	}
	runClasses(t, []classCase{
		{"Orthodox and Western", "Храм откроют к Пасхе, а ярмарку — на католическую Пасху.", litopys.DayDate(2018, 3, 10), "ru", []want{
			{Text: "Пасхе", Value: "2018-04-08", Gran: "day", Rule: "published"},
			{Text: "католическую Пасху", Value: "2018-04-01", Gran: "day", Rule: "published"},
		}},
		{"with a year", "Накануне Пасхи 2008 года патриарх сказал…", litopys.DayDate(2018, 3, 10), "ru", []want{
			{Text: "Пасхи 2008 года", Value: "2008-04-27", Gran: "day"},
		}},
		{"Passover", "Почему евреям не дают печь мацу на еврейскую Пасху?", litopys.DayDate(2018, 3, 10), "ru", nil},
	})
}
