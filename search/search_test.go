package search

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

func TestTerms(t *testing.T) {
	text := "Блинкен встретил Ким Чен Ына."
	doc := &litopys.Document{
		Lang: "ru", Outlet: "ZN.ua", Text: text,
		Tokens: []litopys.Token{
			{Start: 0, End: 14, Text: "Блинкен", Lemma: "блинкен"},
			{Start: 15, End: 31, Text: "встретил", Lemma: "встретить", Known: true},
			{Start: 32, End: 38, Text: "Ким", Lemma: "ким"},
			{Start: 39, End: 45, Text: "Чен", Lemma: "чен"},
			{Start: 46, End: 52, Text: "Ына", Lemma: "ын"},
			{Start: 52, End: 53, Text: ".", Kind: litopys.TokenPunct},
		},
		Mentions: []litopys.Mention{
			{Start: 0, End: 14, Text: "Блинкен", Base: "Блинкен", Type: "PER", Entity: "PER-Blinken"},
			{Start: 32, End: 52, Text: "Ким Чен Ына", Base: "Ким Чен Ын", Type: "PER", Entity: "PER-Kim"},
		},
		Entities: []litopys.Entity{
			{ID: "PER-Blinken", Name: "Энтони Блинкен", Names: map[string]string{"uk": "Ентоні Блінкен"}, Aliases: []string{"Блинкен"}},
			{ID: "PER-Kim", Name: "Ким Чен Ын"},
		},
	}
	tf, length := Terms(doc)
	want := map[string]int{
		"w:блинкен": 1, "w:встретить": 1, "w:ким": 1, "w:чен": 1, "w:ын": 1,
		"k:blinken": 1, "k:kim": 1, "k:chen": 1, "k:in": 1,
		"e:PER-Blinken": 1, "e:PER-Kim": 1,
		"n:blinken": 1, "n:entoniblinken": 1, "n:kimchenin": 1,
		"l:ru": 1, "o:zn.ua": 1, "t:per": 2,
		"s:блинк": 1, "s:ким": 1, "s:чен": 1, "s:ын": 1, // stems of the lemmas no dictionary knows
	}
	if length != 5 {
		t.Errorf("length = %d, want 5", length)
	}
	if !maps.Equal(tf, want) {
		t.Errorf("Terms =\n%v\nwant\n%v", tf, want)
	}
}

func TestDay(t *testing.T) {
	tests := []struct {
		in   litopys.Date
		last bool
		want int32
	}{
		{litopys.Date{}, false, 0},
		{litopys.DayDate(2023, time.September, 12), false, 20230912},
		{litopys.DayDate(2023, time.September, 12), true, 20230912},
		{litopys.Date{Year: 2024, Month: time.February, Precision: litopys.PrecisionMonth}, false, 20240201},
		{litopys.Date{Year: 2024, Month: time.February, Precision: litopys.PrecisionMonth}, true, 20240229},
		{litopys.Date{Year: 2023, Precision: litopys.PrecisionYear}, true, 20231231},
	}
	for _, tt := range tests {
		if got := Day(tt.in, tt.last); got != tt.want {
			t.Errorf("Day(%v, %v) = %d, want %d", tt.in, tt.last, got, tt.want)
		}
	}
}

func newTestAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := NewAnalyzer()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func TestPlan(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		q    litopys.Query
		want [][]string // terms each group must have
	}{
		{litopys.Query{Text: "Блинкена"}, [][]string{{"w:блинкен", "k:blinken", "n:blinken"}}},
		{litopys.Query{Text: "Кім Чен Ин"}, [][]string{{"w:кім", "k:kim", "n:kimchenin"}, {"w:чен", "n:kimchenin"}, {"w:ин", "k:in", "n:kimchenin"}}},
		{litopys.Query{Text: "Путина"}, [][]string{{"w:путин", "e:PER-Vladimir-Putin"}}},
		{litopys.Query{Text: "новости", Lang: "ru", Outlet: "ZN.ua", Entity: "GPE-Seoul"}, [][]string{{"w:новость"}, {"l:ru"}, {"o:zn.ua"}, {"e:GPE-Seoul"}}},
		{litopys.Query{Text: " ?! "}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q.Text, func(t *testing.T) {
			p := a.Plan(tt.q)
			if len(p.Groups) != len(tt.want) {
				t.Fatalf("Plan(%+v) has %d groups, want %d: %+v", tt.q, len(p.Groups), len(tt.want), p.Groups)
			}
			for i, g := range p.Groups {
				for _, w := range tt.want[i] {
					if !slices.Contains(g.Terms, w) {
						t.Errorf("group %d (%s) = %q, lacks %q", i, g.Word, g.Terms, w)
					}
				}
			}
		})
	}
	p := a.Plan(litopys.Query{Text: "x", From: litopys.Date{Year: 2023, Precision: litopys.PrecisionYear}, To: litopys.Date{Year: 2023, Month: 6, Precision: litopys.PrecisionMonth}})
	if p.From != 20230101 || p.To != 20230630 {
		t.Errorf("dates = %d…%d, want 20230101…20230630", p.From, p.To)
	}
	if n := len(a.Plan(litopys.Query{Text: strings.Repeat("слово ", 100)}).Groups); n != maxQueryWords {
		t.Errorf("a long query has %d groups, want %d", n, maxQueryWords)
	}
}

func TestSnippet(t *testing.T) {
	a := newTestAnalyzer(t)
	long := strings.Repeat("Погода была хорошей весь день. ", 10)
	tests := []struct {
		text, query, want string
	}{
		{"Госсекретарь встретился с Блинкеном в Сеуле.", "Блинкена", "Госсекретарь встретился с **Блинкеном** в Сеуле."},
		{"Нет совпадений в этом тексте.", "Блинкен", "Нет совпадений в этом тексте."},
		{long + "Вечером Блинкен\nприлетел в Сеул. " + long, "Блинкен Сеул",
			"…весь день. Вечером **Блинкен** прилетел в **Сеул**. Погода была хорошей весь день. Погода была хорошей весь день. Погода была хорошей весь день. Погода была…"},
		{"", "слово", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := a.Snippet(tt.text, "ru", a.Plan(litopys.Query{Text: tt.query})); got != tt.want {
				t.Errorf("Snippet =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func FuzzPlanAndSnippet(f *testing.F) {
	for _, s := range []string{"Блинкена", "Ким Чен Ын", "' OR 1=1 --", "\x00\xff", "🇺🇦 слово", strings.Repeat("а", 500)} {
		f.Add(s, "Текст со словами: Блинкен, Ким Чен Ын и 🇺🇦.")
	}
	a := newTestAnalyzer(f)
	f.Fuzz(func(t *testing.T, query, text string) {
		p := a.Plan(litopys.Query{Text: query})
		for _, g := range p.Groups {
			for _, term := range g.Terms {
				if len(term) <= 2 || len(term) > maxTermLen || !strings.Contains(term, ":") {
					t.Fatalf("bad term %q", term)
				}
			}
		}
		s := a.Snippet(text, "uk", p)
		if strings.Count(s, "**")%2 != 0 {
			t.Fatalf("unbalanced marks in %q", s)
		}
		_ = fmt.Sprint(s)
	})
}
