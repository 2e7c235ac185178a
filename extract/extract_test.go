package extract

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

func TestText(t *testing.T) {
	const prose1 = "Государственный секретарь США провел переговоры в Южной Корее об усилении военных связей."
	const prose2 = "Переговоры состоялись после того, как стало известно о поставках боеприпасов."
	const prose3 = "Сторони також обговорили важливість співпраці щодо глобальних викликів у регіоні."
	tests := []struct {
		name string
		in   string
		want Result
	}{
		{
			name: "chrome, headline, teaser",
			in: "UA / RU\nПоддержать ZN.ua\n\nБлинкен в Сеуле обсудил сотрудничество\n\n" + prose1 +
				"\n\nЧитайте также: Глава МИД Литвы о снарядах\n\n" + prose2,
			want: Result{
				Title:  "Блинкен в Сеуле обсудил сотрудничество",
				Text:   "Блинкен в Сеуле обсудил сотрудничество\n\n" + prose1 + "\n\n" + prose2,
				Outlet: "ZN.ua",
				Removed: []litopys.Removed{
					{Text: "UA / RU", Kind: litopys.RemovedChrome},
					{Text: "Поддержать ZN.ua", Kind: litopys.RemovedChrome},
					{Text: "Читайте также: Глава МИД Литвы о снарядах", Kind: litopys.RemovedTeaser},
				},
				Related: []litopys.Link{{Text: "Глава МИД Литвы о снарядах"}},
			},
		},
		{
			name: "menus, date line, captions and footer",
			in: "Головна | Новини | Політика | Економіка\n14.11.2024 13:50\nКНДР відправила війська до Росії\n" +
				"Фото: Reuters\n" + prose3 + "\nЩо відомо про співпрацю РФ та КНДР\n" + prose3 +
				"\nЧИТАЙТЕ ТАКОЖ Нові санкції проти КНДР\nІлюстративне фото\n" + prose3 +
				"\nПоширити\nFacebook Twitter Telegram\nТеги: КНДР, Росія\n© 2024 Новинар. Всі права захищені.\n",
			want: Result{
				Title:           "КНДР відправила війська до Росії",
				Text:            "КНДР відправила війська до Росії\n\n" + prose3 + "\n\nЩо відомо про співпрацю РФ та КНДР\n\n" + prose3 + "\n\n" + prose3,
				Published:       litopys.DayDate(2024, 11, 14),
				PublishedSource: SourceDateline,
				Dateline:        Dateline{2024, 11, 14},
				Outlet:          "Новинар",
				Removed: []litopys.Removed{
					{Text: "Головна | Новини | Політика | Економіка", Kind: litopys.RemovedChrome},
					{Text: "14.11.2024 13:50", Kind: litopys.RemovedDate},
					{Text: "Фото: Reuters", Kind: litopys.RemovedCaption},
					{Text: "ЧИТАЙТЕ ТАКОЖ Нові санкції проти КНДР", Kind: litopys.RemovedTeaser},
					{Text: "Ілюстративне фото", Kind: litopys.RemovedCaption},
					{Text: "Поширити", Kind: litopys.RemovedShare},
					{Text: "Facebook Twitter Telegram", Kind: litopys.RemovedShare},
					{Text: "Теги: КНДР, Росія", Kind: litopys.RemovedChrome},
					{Text: "© 2024 Новинар. Всі права захищені.", Kind: litopys.RemovedChrome},
				},
				Related: []litopys.Link{{Text: "Нові санкції проти КНДР"}},
			},
		},
		{
			name: "bare teaser heading lists headlines",
			in: prose1 + "\n\n" + prose2 + "\n\nRead also\n\nNorth Korea tests a missile\n\nSeoul summons envoy\n\n" +
				"Subscribe to our newsletter\n",
			want: Result{
				Text: prose1 + "\n\n" + prose2,
				Removed: []litopys.Removed{
					{Text: "Read also", Kind: litopys.RemovedTeaser},
					{Text: "North Korea tests a missile", Kind: litopys.RemovedTeaser},
					{Text: "Seoul summons envoy", Kind: litopys.RemovedTeaser},
					{Text: "Subscribe to our newsletter", Kind: litopys.RemovedShare},
				},
				Related: []litopys.Link{{Text: "North Korea tests a missile"}, {Text: "Seoul summons envoy"}},
			},
		},
		{
			name: "prose that looks like chrome is kept",
			in: prose1 + "\n\nТакже он встретился с министром иностранных дел Южной Кореи Пак Чжином.\n\n" +
				"По теме переговоров стороны не сделали заявлений.\n\n" + prose2 + "\n\n" +
				"Об этом пишет посол Украины в Японии Сергей Корсунский в статье «Если вы не за столом, то вы в меню».",
			want: Result{
				Text: prose1 + "\n\nТакже он встретился с министром иностранных дел Южной Кореи Пак Чжином.\n\n" +
					"По теме переговоров стороны не сделали заявлений.\n\n" + prose2 + "\n\n" +
					"Об этом пишет посол Украины в Японии Сергей Корсунский в статье «Если вы не за столом, то вы в меню».",
			},
		},
		{
			name: "subheadings in the middle are kept",
			in: prose1 + "\n\nГлавная проблема\n\n" + prose2 + "\n\nЧто еще известно: версия следствия\n\n" + prose2 +
				"\n\nКомментарий эксперта\n\n" + prose1,
			want: Result{
				Text: prose1 + "\n\nГлавная проблема\n\n" + prose2 + "\n\nЧто еще известно: версия следствия\n\n" + prose2 +
					"\n\nКомментарий эксперта\n\n" + prose1,
			},
		},
		{
			name: "comment section",
			in: prose1 + "\n\n" + prose2 + "\n\n" + prose3 + "\n\nКоментарі (2)\n\nОлег\n\n" +
				"Повністю згоден з автором, ситуація дуже серйозна і потребує рішення.\n\nВідповісти\n",
			want: Result{
				Text: prose1 + "\n\n" + prose2 + "\n\n" + prose3,
				Removed: []litopys.Removed{
					{Text: "Коментарі (2)", Kind: litopys.RemovedChrome},
					{Text: "Олег", Kind: litopys.RemovedOther},
					{Text: "Повністю згоден з автором, ситуація дуже серйозна і потребує рішення.", Kind: litopys.RemovedOther},
					{Text: "Відповісти", Kind: litopys.RemovedChrome},
				},
			},
		},
		{
			name: "a dateline opens the text: its date without the year, the text kept",
			in:   "Москва, 12 ноября — РИА Новости. " + prose1 + "\n\n" + prose2,
			want: Result{
				Text:     "Москва, 12 ноября — РИА Новости. " + prose1 + "\n\n" + prose2,
				Dateline: Dateline{Month: 11, Day: 12},
			},
		},
		{
			name: "an agency dateline with an abbreviated month and a year",
			in:   "КИЇВ, 5 лист. 2024 /Укрінформ/. " + prose3 + "\n\n" + prose3,
			want: Result{
				Text:            "КИЇВ, 5 лист. 2024 /Укрінформ/. " + prose3 + "\n\n" + prose3,
				Published:       litopys.DayDate(2024, 11, 5),
				PublishedSource: SourceDateline,
				Dateline:        Dateline{2024, 11, 5},
			},
		},
		{
			name: "byline and date line lifted into metadata",
			in:   "North Korea sends troops\n\nBy Jane Doe\n\nNov 12, 2024\n\n" + prose1 + "\n\n" + prose2,
			want: Result{
				Title:           "North Korea sends troops",
				Text:            "North Korea sends troops\n\n" + prose1 + "\n\n" + prose2,
				Published:       litopys.DayDate(2024, 11, 12),
				PublishedSource: SourceDateline,
				Dateline:        Dateline{2024, 11, 12},
				Byline:          "Jane Doe",
				Removed: []litopys.Removed{
					{Text: "By Jane Doe", Kind: litopys.RemovedByline},
					{Text: "Nov 12, 2024", Kind: litopys.RemovedDate},
				},
			},
		},
		{
			name: "a gallery of numbered slides with prose captions",
			in: prose1 + "\n\n" + prose2 + "\n\nBusiness news in pictures\n\n1/5 United goin down\n\n" + prose3 +
				"\n\n2/5 Star Wars boosts economy\n\n" + prose3 + "\n\nRex\n\n3/5 Mayer keeps working\n\n" + prose3 + "\n\nGetty\n\n" + prose1,
			want: Result{
				Text: prose1 + "\n\n" + prose2 + "\n\n" + prose1,
				Removed: []litopys.Removed{
					{Text: "Business news in pictures", Kind: litopys.RemovedCaption},
					{Text: "1/5 United goin down", Kind: litopys.RemovedCaption},
					{Text: prose3, Kind: litopys.RemovedCaption},
					{Text: "2/5 Star Wars boosts economy", Kind: litopys.RemovedCaption},
					{Text: prose3, Kind: litopys.RemovedCaption},
					{Text: "Rex", Kind: litopys.RemovedCaption},
					{Text: "3/5 Mayer keeps working", Kind: litopys.RemovedCaption},
					{Text: prose3, Kind: litopys.RemovedCaption},
					{Text: "Getty", Kind: litopys.RemovedCaption},
				},
			},
		},
		{
			name: "a numbered list is no gallery",
			in:   prose1 + "\n\n1/3 of the voters said yes.\n\n" + prose2,
			want: Result{Text: prose1 + "\n\n1/3 of the voters said yes.\n\n" + prose2},
		},
		{
			name: "a time word with a date opens a sentence, no dateline",
			in:   "Накануне, 8 июля, министр подал в отставку. " + prose1 + "\n\n" + prose2,
			want: Result{
				Text: "Накануне, 8 июля, министр подал в отставку. " + prose1 + "\n\n" + prose2,
			},
		},
		{
			name: "a sentence with a comma and a date is no dateline",
			in:   "В Україні, 5 травня, відбулися збори громади. " + prose3 + "\n\n" + prose3,
			want: Result{
				Text: "В Україні, 5 травня, відбулися збори громади. " + prose3 + "\n\n" + prose3,
			},
		},
		{
			name: "wrapped lines are joined",
			in:   "Северная Корея предоставила России\nоружие для войны против Украины, сообщили в Сеуле.\n\n" + prose2,
			want: Result{
				Text: "Северная Корея предоставила России оружие для войны против Украины, сообщили в Сеуле.\n\n" + prose2,
			},
		},
		{
			name: "empty",
			in:   " \n\n\t",
			want: Result{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Text() =\n%#v\nwant\n%#v", got, tt.want)
			}
		})
	}
}

func TestHTMLErrors(t *testing.T) {
	for _, page := range []string{"", "  \n ", "<html><body><script>var a=1</script></body></html>", "<html><head><title></title></head></html>"} {
		_, err := HTML(page, "https://example.com/a")
		var e *litopys.Error
		if !errors.As(err, &e) || e.Code != litopys.EINVALID {
			t.Errorf("HTML(%q) error = %v, want EINVALID", page, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "extract html: ") {
			t.Errorf("HTML(%q) error %q lacks the operation prefix", page, err)
		}
	}
}
