package temporal

import (
	"testing"

	"github.com/litopys/litopys"
)

// TestNarrativeYear: a bare day right after a full date of an earlier year
// goes on its narrative and takes its year; otherwise the publication date
// places it.
func TestNarrativeYear(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"next day", "21 листопада 2023 року почалися протести. 22 листопада вони поширилися на інші міста.", pub, "uk", []want{
			{Text: "21 листопада 2023 року", Value: "2023-11-21", Gran: "day"},
			{Text: "22 листопада", Value: "2023-11-22", Gran: "day", Rule: "anchor"},
		}},
		{"two sentences on", "24 ноября 2023 года открыли мост. Его ждали десять лет. Уже 25 ноября его закрыли.", pub, "ru", []want{
			{Text: "24 ноября 2023 года", Value: "2023-11-24", Gran: "day"},
			{Text: "25 ноября", Value: "2023-11-25", Gran: "day", Rule: "anchor"},
		}},
		{"into the next year", "28 декабря 2022 года начался штурм. 3 января город пал.", pub, "ru", []want{
			{Text: "28 декабря 2022 года", Value: "2022-12-28", Gran: "day"},
			{Text: "3 января", Value: "2023-01-03", Gran: "day", Rule: "anchor"},
		}},
		{"another date between", "21 листопада 2023 року почалися протести. 22 листопада 2024 року — ні. 23 листопада теж.", pub, "uk", []want{
			{Text: "21 листопада 2023 року", Value: "2023-11-21", Gran: "day"},
			{Text: "22 листопада 2024 року", Value: "2024-11-22", Gran: "day"},
			{Text: "23 листопада", Value: "2024-11-23", Gran: "day", Rule: "published"},
		}},
		{"far in the text", "21 листопада 2023 року почалися протести. Одне. Друге. Третє. 22 листопада вони поширилися.", pub, "uk", []want{
			{Text: "21 листопада 2023 року", Value: "2023-11-21", Gran: "day"},
			{Text: "22 листопада", Value: "2024-11-22", Gran: "day", Rule: "published"},
		}},
		{"the same day", "9 мая 1945 года закончилась война. 9 мая мы празднуем.", pub, "ru", []want{
			{Text: "9 мая 1945 года", Value: "1945-05-09", Gran: "day"},
			{Text: "9 мая", Value: "2024-05-09", Gran: "day", Rule: "published"},
		}},
		{"months later", "2 марта 2023 года подали иск. 10 октября суд его отклонил.", pub, "ru", []want{
			{Text: "2 марта 2023 года", Value: "2023-03-02", Gran: "day"},
			{Text: "10 октября", Value: "2024-10-10", Gran: "day", Rule: "published"},
		}},
		{"future tense", "21 листопада 2023 року суд відклав справу. 12 грудня відбудеться нове засідання.", litopys.DayDate(2023, 11, 25), "uk", []want{
			{Text: "21 листопада 2023 року", Value: "2023-11-21", Gran: "day"},
			{Text: "12 грудня", Value: "2023-12-12", Gran: "day", Rule: "published"},
		}},
	})
}

// TestDecadeRange: "1960-1980-х" is the range of decades, not a year and
// a decade.
func TestDecadeRange(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"ru", "Это строили в 1960-1980-х гг. по типовым проектам.", pub, "ru", []want{
			{Text: "1960-1980-х гг.", Value: "196X/198X", Gran: "interval"},
		}},
		{"uk en dash", "Будинки зводили у 1960–1980-х роках.", pub, "uk", []want{
			{Text: "1960–1980-х роках", Value: "196X/198X", Gran: "interval"},
		}},
		{"short end", "В 1970-90-х годах завод работал.", pub, "ru", []want{
			{Text: "1970-90-х годах", Value: "197X/199X", Gran: "interval"},
		}},
		{"not a decade start", "В 1965-1980-х годах.", pub, "ru", []want{
			{Text: "1965", Value: "1965", Gran: "year"},
			{Text: "1980-х годах", Value: "198X", Gran: "decade"},
		}},
	})
}

// TestApproxAgo: a genitive count after "около", "близько" before "назад",
// "тому" is read; without the approximation it is not.
func TestApproxAgo(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 14)
	runClasses(t, []classCase{
		{"ru", "Это случилось около двух месяцев назад.", pub, "ru", []want{
			{Text: "двух месяцев назад", Value: "2024-09", Gran: "month", Rule: "published", Relative: true},
		}},
		{"uk", "Це сталося близько трьох років тому.", pub, "uk", []want{
			{Text: "трьох років тому", Value: "2021", Gran: "year", Rule: "published", Relative: true},
		}},
		{"no approximation", "Для двух месяцев назад не вернуться.", pub, "ru", nil},
		{"not ago", "Около двух месяцев длилась осада.", pub, "ru", nil},
	})
}
