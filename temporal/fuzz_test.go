package temporal

import (
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Блинкен прибыл поздно вечером в среду, 8 ноября, после неудач в мае и августе.",
		"Увечері п'ятниці, 8 вересня, на початку серпня, у вівторок вранці, 12 вересня.",
		"с 5 по 7 марта 2023 года, 12.09.2023 в 15:30, 2023-09-12, в 1990-х, 90-х годов",
		"On Tuesday, September 12–14, 2023, last week, in mid-August, the 1990s",
		"в конце прошлого года, три дня назад, минулого тижня, торік, этим летом",
		"31.02.2023 29.02.2023 2023-13-01 99:99 1-го 2023г. 2023-го 0000 9999-й",
		"в ночь на субботу, вчерашний, с октября по февраль 2018 г., в первом квартале",
		"саміт-2019, к маю, по итогам февраля, 5 дек. 2023 г., 12 лист, МОСКВА, 9 июл ПРАЙМ.",
		"до Різдва, ко Дню независимости Украины, С Рождеством!, у другому півріччі, з вівторка, к пятнице",
		"двадцать первого марта, первого, Нового року, День Святого Миколая, за січень–жовтень 2024 року",
		"Накануне, 8 февраля, в ночь на среду, 13 листопада, сезона 2011-12, на 14.16 мск, 13:16 В Пакистане",
		"воскресный теракт, XX ст., уик-эндом, днём ранее, с 20 июля до середины августа, «Коалиция 14 февраля»",
		"09.12.2017-10.12.2017, 09.12.2017-1, Июн 3 2017, в 2019 финансовом году, 1994 – , в минувшем ноябре",
		"накануне", "ночь на", "в ночь со среды на", "1999-", "14.", "днём", "Днем раньше, ", "с 5 мая до",
		"", "в", "5 -", "с 5 по", "Sept.", "ʼ'’", "\xff\xfe в мае", "-2024", "День", "к", "двадцать",
	} {
		f.Add(s, 2023, 11, 9)
		f.Add(s, 0, 0, 0)
	}
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		opt := Options{Now: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
		if y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 28 {
			opt.Published = litopys.DayDate(y, time.Month(m), d)
		}
		checkExprs(t, text, Find(text, nil, opt))
		// The same text with sentences given by the caller, possibly odd ones.
		var sents []litopys.Span
		start := 0
		for i := strings.IndexByte(text, '.'); i >= 0; i = strings.IndexByte(text[start:], '.') {
			end := start + i + 1
			sents = append(sents, litopys.Span{Start: start, End: end})
			start = end
		}
		sents = append(sents, litopys.Span{Start: start, End: len(text)})
		checkExprs(t, text, Find(text, sents, opt))
	})
}

// checkExprs checks that expressions are in order, do not overlap and
// point into text.
func checkExprs(t testing.TB, text string, es []Expr) {
	t.Helper()
	prev := 0
	for _, e := range es {
		if e.Start < prev || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("bad offsets %d:%d (previous end %d, len %d) for %q", e.Start, e.End, prev, len(text), e.Text)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("Text %q is not text[%d:%d] = %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		if e.Granularity == "" {
			t.Fatalf("%q has no granularity", e.Text)
		}
		prev = e.End
	}
}
