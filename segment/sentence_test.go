package segment

import (
	"reflect"
	"testing"

	"github.com/litopys/litopys"
)

// sentenceTexts runs Paragraphs and Sentences and returns the sentence texts.
func sentenceTexts(tb testing.TB, text string) []string {
	tb.Helper()
	var out []string
	for _, s := range Sentences(text, Paragraphs(text)) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	// Sentences are real ones from the seeds, shared/data/news and
	// bsnlp, some shortened.
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Об этом сообщает Yonhap. Также он встретился с министром иностранных дел Южной Кореи Пак Чжином.",
			[]string{"Об этом сообщает Yonhap.", "Также он встретился с министром иностранных дел Южной Кореи Пак Чжином."}},
		{"number starts a sentence", "На початку серпня Білий дім звинуватив РФ у спробах купити боєприпаси у КНДР. 18 серпня стало відомо, що президент США Джо Байден готовий.",
			[]string{"На початку серпня Білий дім звинуватив РФ у спробах купити боєприпаси у КНДР.", "18 серпня стало відомо, що президент США Джо Байден готовий."}},
		{"paragraphs", "Що відомо про співпрацю РФ та КНДР\nРаніше речник Білого дому Джон Кірбі заявляв.\n\n  У Кремлі підтвердили візит Кім Чен Ина.  ",
			[]string{"Що відомо про співпрацю РФ та КНДР", "Раніше речник Білого дому Джон Кірбі заявляв.", "У Кремлі підтвердили візит Кім Чен Ина."}},
		{"initials spaced", "Президент В. В. Путин провел совещание. Оно длилось час.",
			[]string{"Президент В. В. Путин провел совещание.", "Оно длилось час."}},
		{"initials glued", "Об этом сказал А.Б. Иванов. Он добавил.",
			[]string{"Об этом сказал А.Б. Иванов.", "Он добавил."}},
		{"т.е. and т. е.", "Потери, т.е. Украина и т. е. Россия, велики. Далее.",
			[]string{"Потери, т.е. Украина и т. е. Россия, велики.", "Далее."}},
		{"и т.д. ends", "Они покупали масло, сыр и т.д. Потом цены выросли.",
			[]string{"Они покупали масло, сыр и т.д.", "Потом цены выросли."}},
		{"и т. п. ends", "Они покупали масло, сыр и т. п. Потом цены выросли.",
			[]string{"Они покупали масло, сыр и т. п.", "Потом цены выросли."}},
		{"year mid-sentence after a verb", "Как заявил осенью 2016 г. Пётр Порошенко, «закрытие рынка» неизбежно.",
			[]string{"Как заявил осенью 2016 г. Пётр Порошенко, «закрытие рынка» неизбежно."}},
		{"year mid-sentence", "В 2008 г. Организация по ядерной безопасности предупредила об этом.",
			[]string{"В 2008 г. Организация по ядерной безопасности предупредила об этом."}},
		{"year ends sentence", "Серия производилась с 1983 по 2000 г. Дальность полета выросла.",
			[]string{"Серия производилась с 1983 по 2000 г.", "Дальность полета выросла."}},
		{"uk year", "Водночас згідно з інформацією Держстатистики, у 2023 р. реальний ВВП збільшився.",
			[]string{"Водночас згідно з інформацією Держстатистики, у 2023 р. реальний ВВП збільшився."}},
		{"city г.", "Митинг прошел в г. Москва. Полиция задержала двоих.",
			[]string{"Митинг прошел в г. Москва.", "Полиция задержала двоих."}},
		{"ім. and вул.", "Суддя закінчив Юридичну академію ім. Ярослава Мудрого. Офіс на вул. Оранжерейна, 7.",
			[]string{"Суддя закінчив Юридичну академію ім. Ярослава Мудрого.", "Офіс на вул. Оранжерейна, 7."}},
		{"тис. then lower case", "Однокімнатні квартири коштують 47 тис. доларів, двокімнатні – 63 тис. доларів.",
			[]string{"Однокімнатні квартири коштують 47 тис. доларів, двокімнатні – 63 тис. доларів."}},
		{"млрд. ends", "Товарооборот вырос до 12 млрд. Это на 139,9% больше показателей 2016 г. К примеру, Украина сократила его.",
			[]string{"Товарооборот вырос до 12 млрд.", "Это на 139,9% больше показателей 2016 г.", "К примеру, Украина сократила его."}},
		{"English labels before numbers", "He lives at No. 10 Downing Street. The vote is on Jan. 5 in Ste. Genevieve. Was it yes? The answer was No. Then they left.",
			[]string{"He lives at No. 10 Downing Street.", "The vote is on Jan. 5 in Ste. Genevieve.", "Was it yes?", "The answer was No.", "Then they left."}},
		{"decimal number", "Рост составил 3.5 процента. Это много.",
			[]string{"Рост составил 3.5 процента.", "Это много."}},
		{"domain", "Про це повідомляє Sky.News з посиланням на МЗС. Пізніше ZN.ua уточнило.",
			[]string{"Про це повідомляє Sky.News з посиланням на МЗС.", "Пізніше ZN.ua уточнило."}},
		{"quote then attribution", "\"Мы очень сосредоточены на Индо-Тихоокеанском регионе.\", - сказал Блинкен. Затем он уехал.",
			[]string{"\"Мы очень сосредоточены на Индо-Тихоокеанском регионе.\", - сказал Блинкен.", "Затем он уехал."}},
		{"question in quote, dash, lower case", "«Куда ты идешь?» — спросил он. Никто не ответил.",
			[]string{"«Куда ты идешь?» — спросил он.", "Никто не ответил."}},
		{"quote closes after stop", "Он заявил: «Мы победим!». Зал аплодировал.",
			[]string{"Он заявил: «Мы победим!».", "Зал аплодировал."}},
		{"stop inside closing quote", "Он заявил: «Мы победим». Зал аплодировал.",
			[]string{"Он заявил: «Мы победим».", "Зал аплодировал."}},
		{"ellipsis", "Он замолчал… Потом продолжил... и ушел.",
			[]string{"Он замолчал…", "Потом продолжил... и ушел."}},
		{"question and exclamation", "Кто виноват?! Никто! Что делать?",
			[]string{"Кто виноват?!", "Никто!", "Что делать?"}},
		{"en abbreviations", "Mr. Blinken met Dr. Park in the U.S. capital. He left on Friday.",
			[]string{"Mr. Blinken met Dr. Park in the U.S. capital.", "He left on Friday."}},
		{"list number", "1. Первое предложение.",
			[]string{"1. Первое предложение."}},
		{"century", "Собор построили в XIX в. Позже все забыли об этом событии навсегда.",
			[]string{"Собор построили в XIX в.", "Позже все забыли об этом событии навсегда."}},
		{"opening quote after stop", "Он ушел. «Мы вернемся», — сказал он.",
			[]string{"Он ушел.", "«Мы вернемся», — сказал он."}},
		{"див.", "Деталі див. Таблицю 3. Там усе.",
			[]string{"Деталі див. Таблицю 3.", "Там усе."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSentencesOffsets(t *testing.T) {
	text := " Он ушел.  Пришел.\n\nВсе. "
	got := Sentences(text, Paragraphs(text))
	want := []litopys.Span{{Start: 1, End: 15}, {Start: 17, End: 30}, {Start: 32, End: 39}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSentencesBadParagraphs(t *testing.T) {
	text := "Один. Два."
	got := Sentences(text, []litopys.Span{{Start: -1, End: 3}, {Start: 5, End: 99}, {Start: 4, End: 2}, {Start: 0, End: len(text)}})
	want := []litopys.Span{{Start: 0, End: 9}, {Start: 10, End: 17}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
