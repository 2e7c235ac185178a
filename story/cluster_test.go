package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

func TestClustererAdd(t *testing.T) {
	summitRU := "Ким Чен Ын прибыл во Владивосток на саммит с Путиным обсуждались поставки снарядов и военное сотрудничество КНДР и России ракеты спутники"
	summitUK := "Кім Чен Ин прибув до Владивостока на зустріч з Путіним обговорювали постачання снарядів і військову співпрацю КНДР та Росії ракети супутники"
	brexit := "Тереза Мэй представила парламенту план выхода Британии из Евросоюза депутаты консерваторы раскритиковали соглашение таможенный союз"
	strike := "Пилоты лоукостера объявили забастовку отменены сотни рейсов пассажиры требуют компенсации профсоюз требует повышения зарплаты"
	// follow makes a later report differ from the first enough not to be
	// a near-duplicate.
	follow := []string{
		" в Кремле заявили что переговоры продолжатся эксперты ждут новых договорённостей по поставкам оружия",
		" у Києві заявили що переговори тривають експерти чекають нових домовленостей щодо постачання зброї",
		" в Вашингтоне пригрозили новыми санкциями аналитики оценили итоги встречи лидеров двух стран",
	}
	kim := []string{"PER-Kim-Jong-Un", "PER-Kim-Jong-Un", "PER-Vladimir-Putin", "GPE-Vladivostok", "GPE-North-Korea", "GPE-Russia"}
	tests := []struct {
		name string
		opts Options
		docs []*litopys.Document
		want []string // story id, " dup" when flagged
	}{
		{
			name: "the same event in two languages is one story through entity ids",
			docs: []*litopys.Document{
				article(t, "a", "ru", "2023-09-13", summitRU, kim...),
				article(t, "b", "uk", "2023-09-14", summitUK, kim...),
			},
			want: []string{"story-a", "story-a"},
		},
		{
			name: "unrelated stories stay apart",
			docs: []*litopys.Document{
				article(t, "a", "ru", "2018-07-09", brexit, "PER-Theresa-May", "GPE-UK", "ORG-European-Union"),
				article(t, "b", "ru", "2018-07-10", strike, "ORG-Ryanair", "PER-Michael-OLeary", "GPE-Ireland"),
				article(t, "c", "ru", "2018-07-11", "Борис Джонсон ушёл в отставку план выхода Британии из Евросоюза депутаты консерваторы раскритиковали соглашение кабинет кризис", "PER-Theresa-May", "PER-Boris-Johnson", "GPE-UK", "ORG-European-Union"),
			},
			want: []string{"story-a", "story-b", "story-a"},
		},
		{
			name: "a reprint is a duplicate of the original",
			docs: []*litopys.Document{
				article(t, "a", "ru", "2023-09-13", summitRU, kim...),
				article(t, "b", "ru", "2018-07-09", brexit, "PER-Theresa-May", "GPE-UK"),
				article(t, "c", "ru", "2023-09-13", summitRU+" источник ТАСС", kim...),
			},
			want: []string{"story-a", "story-b", "story-a dup"},
		},
		{
			name: "the same actors years apart are another story",
			docs: []*litopys.Document{
				article(t, "a", "ru", "2019-04-25", summitRU, kim...),
				article(t, "b", "uk", "2023-09-14", summitUK, kim...),
			},
			want: []string{"story-a", "story-b"},
		},
		{
			name: "after a quiet gap the same development starts a story that continues the first",
			opts: Options{Rejoin: 0.99},
			docs: []*litopys.Document{
				article(t, "a", "ru", "2023-09-13", summitRU, kim...),
				article(t, "b", "uk", "2023-09-14", summitUK, kim...),
				article(t, "c", "ru", "2023-09-20", summitRU+follow[0], kim...),
			},
			want: []string{"story-a", "story-a", "story-c<story-a"},
		},
		{
			name: "a story spans at most a week",
			opts: Options{Rejoin: 0.99},
			docs: []*litopys.Document{
				article(t, "a", "ru", "2023-09-10", summitRU, kim...),
				article(t, "b", "uk", "2023-09-12", summitUK, kim...),
				article(t, "c", "ru", "2023-09-14", summitRU+follow[0], kim...),
				article(t, "d", "uk", "2023-09-16", summitUK+follow[1], kim...),
				article(t, "e", "ru", "2023-09-18", summitRU+follow[2], kim...),
			},
			want: []string{"story-a", "story-a", "story-a", "story-a", "story-e<story-a"},
		},
		{
			name: "an article that is beyond doubt the same development rejoins a quiet story",
			docs: []*litopys.Document{
				article(t, "a", "ru", "2023-09-13", summitRU, kim...),
				article(t, "b", "ru", "2023-10-20", summitRU+follow[0], kim...),
				article(t, "c", "ru", "2023-12-10", summitRU+follow[2], kim...),
			},
			want: []string{"story-a", "story-a", "story-c<story-a"},
		},
		{
			name: "story ids stay unique when article ids repeat",
			docs: []*litopys.Document{
				article(t, "x", "ru", "2018-07-09", brexit, "PER-Theresa-May", "GPE-UK"),
				article(t, "x", "ru", "2018-07-10", strike, "ORG-Ryanair", "GPE-Ireland"),
			},
			want: []string{"story-x", "story-x~2"},
		},
		{
			name: "an article with no features starts its own story",
			docs: []*litopys.Document{
				article(t, "a", "ru", "", ""),
				article(t, "b", "ru", "", ""),
			},
			want: []string{"story-a", "story-b"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(tt.opts)
			var got []string
			for _, d := range tt.docs {
				id, dup := c.Add(d)
				if st := c.stories[id]; st != nil && st.continues != "" && st.members[0].Doc == d.ID {
					id += "<" + st.continues
				}
				if dup {
					id += " dup"
				}
				got = append(got, id)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("stories = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStoriesMembers(t *testing.T) {
	c := New(Options{})
	text := "Пилоты лоукостера объявили забастовку отменены сотни рейсов пассажиры требуют компенсации профсоюз"
	c.Add(article(t, "a", "ru", "2018-07-10", text, "ORG-Ryanair"))
	c.Add(article(t, "b", "ru", "2018-07-10", text, "ORG-Ryanair"))
	got := fmt.Sprint(c.Stories())
	want := "[{story-a story-a  [{a ru  2018-07-10 } {b ru  2018-07-10 a}]}]"
	if got != want {
		t.Errorf("Stories() = %s, want %s", got, want)
	}
	if n := c.Stories()[0].Articles(); n != 1 {
		t.Errorf("Articles() = %d, want 1 (the duplicate is not counted)", n)
	}
}

func TestMinhashJaccard(t *testing.T) {
	words := strings.Fields(strings.Repeat("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon ", 3))
	for i := range words {
		words[i] += fmt.Sprint(i)
	}
	doc := func(ws []string) *litopys.Document {
		return article(t, "d", "en", "", strings.Join(ws, " "))
	}
	same := extract(doc(words)).sig
	edited := append(slices.Clone(words[:50]), "changed", "words", "here")
	other := extract(doc(slices.Clone(words[30:]))).sig
	tests := []struct {
		name     string
		a, b     *signature
		min, max float64
	}{
		{"identical texts", same, extract(doc(words)).sig, 1, 1},
		{"a small edit", same, extract(doc(edited)).sig, 0.7, 1},
		{"half the text", same, other, 0.2, 0.7},
	}
	for _, tt := range tests {
		if j := tt.a.jaccard(tt.b); j < tt.min || j > tt.max {
			t.Errorf("%s: jaccard %.2f, want [%.2f, %.2f]", tt.name, j, tt.min, tt.max)
		}
	}
	if extract(doc(words[:5])).sig != nil {
		t.Error("a five-word text has a signature; want none (too short to call a duplicate)")
	}
}
