package temporal

import (
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// want is an expected expression; its offsets are those of Text, searched
// in the input after the previous expected expression.
type want struct {
	Text, Value, Gran string
	Mod, Rule         string
	Relative, Partial bool
}

var testNow = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	pub := litopys.DayDate(2023, 11, 9) // a Thursday
	tests := []struct {
		name string
		text string
		pub  litopys.Date
		lang string
		want []want
	}{
		{"locative months pair", "Северная Корея готовится к запуску после неудач в мае и августе.", pub, "ru", []want{
			{Text: "мае", Value: "2023-05", Gran: "month", Rule: "published"},
			{Text: "августе", Value: "2023-08", Gran: "month", Rule: "published"},
		}},
		{"locative month after publication, past tense", "У грудні окупанти обстріляли місто.", pub, "uk", []want{
			{Text: "грудні", Value: "2022-12", Gran: "month", Rule: "published-past"},
		}},
		{"locative month after publication, future", "Вибори відбудуться у грудні.", pub, "uk", []want{
			{Text: "грудні", Value: "2023-12", Gran: "month", Rule: "published"},
		}},
		{"month far before publication, future", "Выборы пройдут в марте.", pub, "ru", []want{
			{Text: "марте", Value: "2024-03", Gran: "month", Rule: "published-future"},
		}},
		{"modifier phrases; a written year anchors the next date", "На початку серпня і наприкінці 2022 року, в середине сентября.", pub, "", []want{
			{Text: "На початку серпня", Value: "2023-08", Gran: "month", Mod: "early", Rule: "published"},
			{Text: "наприкінці 2022 року", Value: "2022", Gran: "year", Mod: "late"},
			{Text: "в середине сентября", Value: "2022-09", Gran: "month", Mod: "mid", Rule: "anchor"},
		}},
		{"adjective month", "на сентябрьском саммите и серпневий наступ", pub, "", []want{
			{Text: "сентябрьском", Value: "2023-09", Gran: "month", Rule: "published"},
			{Text: "серпневий", Value: "2023-08", Gran: "month", Rule: "published"},
		}},
		{"weekday with date and bare weekday", "Блинкен прибыл поздно вечером в среду, 8 ноября. Перед переговорами в четверг он встретился с Юном.", pub, "ru", []want{
			{Text: "поздно вечером в среду, 8 ноября", Value: "2023-11-08", Gran: "day", Rule: "published"},
			{Text: "четверг", Value: "2023-11-09", Gran: "day", Rule: "anchor", Relative: true},
		}},
		{"bare weekday anchors to the same weekday", "В понедельник, 6 ноября, он прилетел. Ранее, 1 ноября, он был в Токио. В понедельник он выступил.", pub, "ru", []want{
			{Text: "понедельник, 6 ноября", Value: "2023-11-06", Gran: "day", Rule: "published"},
			{Text: "1 ноября", Value: "2023-11-01", Gran: "day", Rule: "published"},
			{Text: "понедельник", Value: "2023-11-06", Gran: "day", Rule: "anchor", Relative: true},
		}},
		{"bare weekday without dates falls back to publication", "У середу уряд ухвалив рішення.", pub, "uk", []want{
			{Text: "середу", Value: "2023-11-08", Gran: "day", Rule: "published", Relative: true},
		}},
		{"relative words", "Вчера, сегодня и завтра; на прошлой неделе, минулого тижня, в этом месяце, торік, в прошлом году, три дня назад.", pub, "", []want{
			{Text: "Вчера", Value: "2023-11-08", Gran: "day", Rule: "published", Relative: true},
			{Text: "сегодня", Value: "2023-11-09", Gran: "day", Rule: "published", Relative: true},
			{Text: "завтра", Value: "2023-11-10", Gran: "day", Rule: "published", Relative: true},
			{Text: "на прошлой неделе", Value: "2023-W44", Gran: "week", Rule: "published", Relative: true},
			{Text: "минулого тижня", Value: "2023-W44", Gran: "week", Rule: "published", Relative: true},
			{Text: "в этом месяце", Value: "2023-11", Gran: "month", Rule: "published", Relative: true},
			{Text: "торік", Value: "2022", Gran: "year", Rule: "published", Relative: true},
			{Text: "в прошлом году", Value: "2022", Gran: "year", Rule: "published", Relative: true},
			{Text: "три дня назад", Value: "2023-11-06", Gran: "day", Rule: "published", Relative: true},
		}},
		{"later", "Через два дня и через неделю, спустя месяц.", pub, "ru", []want{
			{Text: "Через два дня", Value: "2023-11-11", Gran: "day", Rule: "published", Relative: true},
			{Text: "через неделю", Value: "2023-W46", Gran: "week", Rule: "published", Relative: true},
			{Text: "спустя месяц", Value: "2023-12", Gran: "month", Rule: "published", Relative: true},
		}},
		{"years, seasons, decades", "В 2022 году, летом, осенью 2023 и влітку 2021 року; в 1990-х.", pub, "", []want{
			{Text: "2022 году", Value: "2022", Gran: "year"},
			{Text: "летом", Value: "2022-SU", Gran: "season", Rule: "anchor"},
			{Text: "осенью 2023", Value: "2023-FA", Gran: "season"},
			{Text: "влітку 2021 року", Value: "2021-SU", Gran: "season"},
			{Text: "1990-х", Value: "199X", Gran: "decade"},
		}},
		{"intervals", "с 5 по 7 марта 2023 года, з 1 до 3 вересня, 2014–2016 годах и с мая по август", pub, "", []want{
			{Text: "с 5 по 7 марта 2023 года", Value: "2023-03-05/2023-03-07", Gran: "interval"},
			{Text: "з 1 до 3 вересня", Value: "2023-09-01/2023-09-03", Gran: "interval", Rule: "published"},
			{Text: "2014–2016 годах", Value: "2014/2016", Gran: "interval"},
			{Text: "с мая по август", Value: "2023-05/2023-08", Gran: "interval", Rule: "published"},
		}},
		{"numeric dates and a time", "12.09.2023 в 15:30, а 2023-09-14 — нет.", pub, "", []want{
			{Text: "12.09.2023", Value: "2023-09-12", Gran: "day"},
			{Text: "15:30", Value: "2023-09-12T15:30", Gran: "time", Rule: "anchor"},
			{Text: "2023-09-14", Value: "2023-09-14", Gran: "day"},
		}},
		{"english", "On Tuesday, September 12, Kim arrived; last week and in August he was elsewhere.", pub, "en", []want{
			{Text: "Tuesday, September 12", Value: "2023-09-12", Gran: "day", Rule: "published"},
			{Text: "last week", Value: "2023-W44", Gran: "week", Rule: "published", Relative: true},
			{Text: "August", Value: "2023-08", Gran: "month", Rule: "published"},
		}},
		{"no publication: partial", "8 вересня лідер зустрівся з делегацією, у липні — з Шойгу.", litopys.Date{}, "uk", []want{
			{Text: "8 вересня", Value: "XXXX-09-08", Gran: "day", Partial: true},
			{Text: "липні", Value: "XXXX-07", Gran: "month", Partial: true},
		}},
		{"no publication: weekday fixes the year and spreads", "Увечері п'ятниці, 8 вересня, лідер зустрівся з делегацією. У липні — з Шойгу.", litopys.Date{}, "uk", []want{
			{Text: "Увечері п'ятниці, 8 вересня", Value: "2023-09-08", Gran: "day", Rule: "weekday"},
			{Text: "липні", Value: "2023-07", Gran: "month", Rule: "weekday-context"},
		}},
		{"no publication: relative stays unresolved", "Вчера он уехал.", litopys.Date{}, "ru", []want{
			{Text: "Вчера", Gran: "day", Relative: true},
		}},
		{"publication known to the year only", "В мае он уехал, а вчера вернулся.", litopys.Date{Year: 2023, Precision: litopys.PrecisionYear}, "ru", []want{
			{Text: "мае", Value: "2023-05", Gran: "month", Rule: "published"},
			{Text: "вчера", Gran: "day", Relative: true},
		}},
		{"not dates", "Мая Санду сказала, что 300 тысяч снарядов и 2000 километров — это много; лютого ворога.", pub, "uk", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, nil, Options{Published: tt.pub, Lang: tt.lang, Now: testNow})
			wantExprs := expand(t, tt.text, tt.want)
			if len(got) != len(wantExprs) {
				t.Fatalf("got %d expressions, want %d:\n got  %v\n want %v", len(got), len(wantExprs), summary(got), summary(wantExprs))
			}
			for i := range got {
				g, w := got[i], wantExprs[i]
				g.Date = litopys.Date{} // checked apart, below
				if g != w {
					t.Errorf("expression %d:\n got  %+v\n want %+v", i, g, w)
				}
				dated := w.Granularity == "day" || w.Granularity == "month" || w.Granularity == "year" || w.Granularity == "interval"
				if d := got[i].Date.String(); dated && !w.Value.IsZero() && !w.Partial && !strings.HasPrefix(w.Value.String(), d) {
					t.Errorf("expression %d: Date %s does not start the value %s", i, d, w.Value)
				}
			}
		})
	}
}

// expand turns wants into Exprs with the offsets of their texts.
func expand(tb testing.TB, text string, ws []want) []Expr {
	tb.Helper()
	var out []Expr
	from := 0
	for _, w := range ws {
		at := strings.Index(text[from:], w.Text)
		if at < 0 {
			tb.Fatalf("want text %q not in input after offset %d", w.Text, from)
		}
		start := from + at
		v, err := litopys.ParseTimex(w.Value)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, Expr{Start: start, End: start + len(w.Text), Text: w.Text, Value: v, Granularity: w.Gran,
			Mod: w.Mod, Rule: w.Rule, Relative: w.Relative, Partial: w.Partial})
		from = start + len(w.Text)
	}
	return out
}
