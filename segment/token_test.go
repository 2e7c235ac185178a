package segment

import (
	"reflect"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

// tokenTexts tokenizes the whole of text and returns "text/kind" strings.
func tokenTexts(tb testing.TB, text string) []string {
	tb.Helper()
	var out []string
	for _, t := range Tokens(nil, text, litopys.Span{Start: 0, End: len(text)}) {
		if t.Text != text[t.Start:t.End] {
			tb.Fatalf("token %q != text[%d:%d] %q", t.Text, t.Start, t.End, text[t.Start:t.End])
		}
		s := t.Text
		switch t.Kind {
		case litopys.TokenNumber:
			s += "/n"
		case litopys.TokenPunct:
			s += "/p"
		}
		out = append(out, s)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // tokens joined by "|"; "/n" marks a number, "/p" punctuation
	}{
		{"apostrophes", "Увечері п'ятниці, п’ятниці, пʼятниці, і п`ятниці",
			"Увечері|п'ятниці|,/p|п’ятниці|,/p|пʼятниці|,/p|і|п`ятниці"},
		{"hyphens", "Сан-Франциско, Индо-Тихоокеанском, 75-ї річниці, 2023-го, COVID-19, Ту-154, Техрік-є-Лабаік",
			"Сан-Франциско|,/p|Индо-Тихоокеанском|,/p|75-ї/n|річниці|,/p|2023-го/n|,/p|COVID-19|,/p|Ту-154|,/p|Техрік-є-Лабаік"},
		{"ranges split", "45-50 тис. доларів, 2022-2023",
			"45/n|-/p|50/n|тис|./p|доларів|,/p|2022/n|-/p|2023/n"},
		{"spaced hyphen is a dash", "Москва - Киев",
			"Москва|-/p|Киев"},
		{"dotted names", "Sky.News, ZN.ua, т.е. и U.S.",
			"Sky.News|,/p|ZN.ua|,/p|т.е|./p|и|U.S|./p"},
		{"glued initials", "А.Б.Иванов и В.Путин",
			"А|./p|Б|./p|Иванов|и|В|./p|Путин"},
		{"missing space after stop", "против Украины.Также он",
			"против|Украины|./p|Также|он"},
		{"numbers", "1,5 млн, 3.5%, 300 000 снарядов, 1 250 000,5 грн, 8 ноября 2023 100 человек",
			"1,5/n|млн|,/p|3.5/n|%/p|,/p|300 000/n|снарядов|,/p|1 250 000,5/n|грн|,/p|8/n|ноября|2023/n|100/n|человек"},
		{"no-break space group", "5\u00a0000 км",
			"5\u00a0000/n|км"},
		{"quotes and dashes", "«Путин» — „так“ – \"Сказал\"",
			"«/p|Путин|»/p|—/p|„/p|так|“/p|–/p|\"/p|Сказал|\"/p"},
		{"stop runs", "Что?! Ну...",
			"Что|?!/p|Ну|.../p"},
		{"whitespace is no token", " \t\u00a0 слово \n",
			"слово"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenTexts(t, tt.text)
			if want := strings.Split(tt.want, "|"); !reflect.DeepEqual(got, want) {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}

func TestTokensOffsets(t *testing.T) {
	text := "Він сказав: «Так». 300 000"
	s := litopys.Span{Start: 6, End: len(text)}
	prev := []litopys.Token{{Start: 0, End: 6, Text: "Він", Kind: litopys.TokenWord}}
	got := Tokens(prev, text, s)
	want := []litopys.Token{
		{Start: 0, End: 6, Text: "Він", Kind: litopys.TokenWord},
		{Start: 7, End: 19, Text: "сказав", Kind: litopys.TokenWord},
		{Start: 19, End: 20, Text: ":", Kind: litopys.TokenPunct},
		{Start: 21, End: 23, Text: "«", Kind: litopys.TokenPunct},
		{Start: 23, End: 29, Text: "Так", Kind: litopys.TokenWord},
		{Start: 29, End: 31, Text: "»", Kind: litopys.TokenPunct},
		{Start: 31, End: 32, Text: ".", Kind: litopys.TokenPunct},
		{Start: 33, End: 40, Text: "300 000", Kind: litopys.TokenNumber},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if got := Tokens(nil, text, litopys.Span{Start: 5, End: 100}); got != nil {
		t.Errorf("out-of-range span gave %v", got)
	}
}
