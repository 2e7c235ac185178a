package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/segment"
	"github.com/litopys/litopys/temporal"
)

// build makes a document with the project's tokenizer, lemmatizer and
// temporal tagger, and mentions at the given substrings (form → entity id,
// or "id|base form" when the form is not the base form; the type is the
// id's prefix).
func build(tb testing.TB, text, lang string, published litopys.Date, mentions map[string]string) *litopys.Document {
	tb.Helper()
	m, err := morph.Load()
	if err != nil {
		tb.Fatal(err)
	}
	doc := &litopys.Document{Text: text, Lang: lang, Published: published}
	doc.Paragraphs = segment.Paragraphs(text)
	var spans []litopys.Span
	for _, s := range segment.Sentences(text, doc.Paragraphs) {
		spans = append(spans, s)
		doc.Sentences = append(doc.Sentences, litopys.Sentence{Start: s.Start, End: s.End, Lang: lang})
		doc.Tokens = segment.Tokens(doc.Tokens, text, s)
	}
	for i := range doc.Tokens {
		if doc.Tokens[i].Kind == litopys.TokenWord {
			doc.Tokens[i].Lemma, _ = m.Lemma(doc.Tokens[i].Text, lang)
		}
	}
	for _, e := range temporal.Find(text, spans, temporal.Options{Published: published, Lang: lang}) {
		doc.Times = append(doc.Times, litopys.TimeExpr{Start: e.Start, End: e.End, Text: e.Text, Value: e.Value, Granularity: e.Granularity, Date: e.Date, Mod: e.Mod})
	}
	for form, id := range mentions {
		i := strings.Index(text, form)
		if i < 0 {
			tb.Fatalf("%q not in %q", form, text)
		}
		id, base, ok := strings.Cut(id, "|")
		if !ok {
			base = form
		}
		doc.Mentions = append(doc.Mentions, litopys.Mention{Start: i, End: i + len(form), Text: form, Base: base, Type: id[:3], Entity: id})
		doc.Entities = append(doc.Entities, litopys.Entity{ID: id, Type: id[:3]})
	}
	for i := 1; i < len(doc.Mentions); i++ {
		for j := i; j > 0 && doc.Mentions[j].Start < doc.Mentions[j-1].Start; j-- {
			doc.Mentions[j], doc.Mentions[j-1] = doc.Mentions[j-1], doc.Mentions[j]
		}
	}
	return doc
}

// frameOf is the comparable part of an event.
type frameOf struct {
	Type, Trigger, Date, Granularity string
	Roles                            string // "entity:role …" in order
}

func summarise(e litopys.Event) frameOf {
	var roles []string
	for _, p := range e.Participants {
		roles = append(roles, p.Entity+":"+p.Role)
	}
	return frameOf{e.Type, e.Trigger, e.Date.String(), e.Granularity, strings.Join(roles, " ")}
}

func TestFindDated(t *testing.T) {
	nov9 := litopys.DayDate(2023, 11, 9)
	sep23 := litopys.DayDate(2023, 9, 23)
	tests := []struct {
		name, lang, text string
		published        litopys.Date
		mentions         map[string]string
		want             []frameOf // dated events only
	}{
		{"meeting with its day", "ru", "Энтони Блинкен в четверг 9 ноября провел переговоры в Южной Корее.", nov9,
			map[string]string{"Энтони Блинкен": "PER-Blinken", "Южной Корее": "LOC-SK"},
			[]frameOf{{"meet", "переговоры", "2023-11-09", "day", "PER-Blinken:agent LOC-SK:place"}}},
		{"one trigger, two months", "ru", "Северная Корея готовится к запуску спутника после неудач в мае и августе.", nov9,
			map[string]string{"Северная Корея": "LOC-NK"},
			[]frameOf{{"launch-failure", "неудача", "2023-05", "month", "LOC-NK:agent"}, {"launch-failure", "неудача", "2023-08", "month", "LOC-NK:agent"}}},
		{"sanction", "uk", "31 серпня США запровадили санкції проти двох громадян РФ.", sep23,
			map[string]string{"США": "LOC-USA", "РФ": "LOC-RU"},
			[]frameOf{{"sanction", "запровадити санкції", "2023-08-31", "day", "LOC-USA:agent LOC-RU:other"}}}, // "проти двох громадян РФ": the citizens are the target
		{"visit in a month", "uk", "У липні до КНДР приїздив міністр оборони РФ Сергій Шойгу.", sep23,
			map[string]string{"КНДР": "LOC-NK", "РФ": "LOC-RU", "Сергій Шойгу": "PER-Shoigu"},
			[]frameOf{{"visit", "приїздити", "2023-07", "month", "LOC-NK:place PER-Shoigu:agent"}}},
		{"the date goes to the nearest trigger", "ru", "Переговоры состоялись после того, как стало известно о соглашении на сентябрьском саммите.", nov9,
			nil,
			[]frameOf{{"meet", "саммит", "2023-09", "month", ""}}},
		{"a past narrative right after continues the event and its date", "uk", "У вівторок, 12 вересня, потяг прибув до РФ. Кім Чен Ин і Путін провели зустріч.", sep23,
			map[string]string{"РФ": "LOC-RU", "Кім Чен Ин": "PER-Kim", "Путін": "PER-Putin"},
			[]frameOf{{"meet", "прибути", "2023-09-12", "day", "LOC-RU:place PER-Kim:agent PER-Putin:agent"}}},
		{"a later time does not continue", "uk", "У вівторок, 12 вересня, потяг прибув до РФ. Згодом Кім Чен Ин і Путін провели зустріч.", sep23,
			map[string]string{"РФ": "LOC-RU", "Кім Чен Ин": "PER-Kim", "Путін": "PER-Putin"},
			[]frameOf{{"visit", "прибути", "2023-09-12", "day", "LOC-RU:place"}}},
		{"an explicit anaphoric date makes a new event", "ru", "В субботу 9 марта в Махачкале был подорван автомобиль. В этот же день в Нальчике обстреляли пост.", litopys.DayDate(2008, 3, 11),
			map[string]string{"Махачкале": "LOC-Makhachkala", "Нальчике": "LOC-Nalchik"},
			[]frameOf{{"military", "подорвать", "2008-03-09", "day", "LOC-Makhachkala:place"}, {"military", "обстрелять", "2008-03-09", "day", "LOC-Nalchik:place"}}},
		{"one predicate, not one event per trigger word", "ru", "В понедельник власти Абхазии заявили об уничтожении двух грузинских самолетов.", litopys.DayDate(2008, 5, 13),
			map[string]string{"Абхазии": "LOC-Abkhazia|Абхазия"},
			[]frameOf{{"statement", "заявить", "2008-05-12", "day", "LOC-Abkhazia:agent"}}},
		{"negated and hypothetical events are none", "uk", "11 листопада масованого обстрілу не було. Якщо 12 листопада Росія атакує, Україна відповість.", litopys.DayDate(2024, 11, 13),
			map[string]string{"Росія": "LOC-RU", "Україна": "LOC-UA"},
			nil},
		{"a deadline is not an event date", "uk", "Путін хоче повернути Курську область до 20 січня 2025 року.", litopys.DayDate(2024, 11, 13),
			nil, nil},
		{"a name after an adjunct preposition is no participant", "ru", "В ночь на 7 марта в Грозном обстреляли автомобиль охраны при МВД.", litopys.DayDate(2008, 3, 11),
			map[string]string{"Грозном": "LOC-Grozny|Грозный", "МВД": "ORG-MVD"},
			[]frameOf{{"military", "обстрелять", "2008-03-07", "day", "LOC-Grozny:place"}}},
		{"a beneficiary is one", "uk", "31 серпня США запровадили санкції через розробку для КНДР ракет.", sep23,
			map[string]string{"США": "LOC-USA", "КНДР": "LOC-NK"},
			[]frameOf{{"sanction", "запровадити санкції", "2023-08-31", "day", "LOC-USA:agent LOC-NK:other"}}},
		{"what a parenthetical source says is not the statement's", "ru", "Как сообщил 7 марта правозащитник Магомед Хазбиев, в Назрань были введены силы МВД.", litopys.DayDate(2008, 3, 11),
			map[string]string{"Магомед Хазбиев": "PER-Khazbiev", "Назрань": "LOC-Nazran", "МВД": "ORG-MVD"},
			[]frameOf{{"statement", "сообщить", "2008-03-07", "day", "PER-Khazbiev:agent"}}},
		{"a relational adjective in the subject names its place", "ru", "Турецкая полиция арестовала вчера четырех подозреваемых. Жертвами стали граждане Турции.", litopys.DayDate(2003, 11, 17),
			map[string]string{"Турции": "LOC-TR|Турция"},
			[]frameOf{{"arrest", "арестовать", "2003-11-16", "day", "LOC-TR:agent"}}},
		{"not a place the article does not name", "ru", "Турецкая полиция арестовала вчера четырех подозреваемых.", litopys.DayDate(2003, 11, 17),
			nil,
			[]frameOf{{"arrest", "арестовать", "2003-11-16", "day", ""}}},
		{"a clause joined by и after a date phrase has its own names", "ru", "Во Францию президент прибыл во вторник и в тот же день встретился с Жаком Шираком.", litopys.DayDate(2002, 7, 18),
			map[string]string{"Францию": "LOC-FR|Франция", "Жаком Шираком": "PER-Chirac|Жак Ширак"},
			[]frameOf{{"visit", "прибыть", "2002-07-16", "day", "LOC-FR:place"}, {"meet", "встретиться", "2002-07-16", "day", "PER-Chirac:patient"}}},
		{"a sentence that names nobody and does not point back names nobody", "ru", "Вчера Москва и Минск подписали соглашение. Проблема обсуждалась вчера на слушании.", litopys.DayDate(2005, 2, 3),
			map[string]string{"Москва": "LOC-MSK", "Минск": "LOC-MIN"},
			[]frameOf{{"agree", "подписать", "2005-02-02", "day", "LOC-MSK:agent LOC-MIN:agent"}, {"court", "слушание", "2005-02-02", "day", ""}}},
		{"a call is a consultation", "uk", "Нагадаємо, 6 листопада Байден зателефонував Трампу.", litopys.DayDate(2024, 11, 13),
			map[string]string{"Байден": "PER-Biden", "Трампу": "PER-Trump|Трамп"},
			[]frameOf{{"meet", "зателефонувати", "2024-11-06", "day", "PER-Biden:agent PER-Trump:patient"}}},
		{"a reflexive verb of electing is an election", "ru", "Он избирался президентом Чешской Республики в январе 1993 г.", litopys.DayDate(2002, 7, 18),
			map[string]string{"Чешской Республики": "LOC-CZ|Чешская Республика"},
			[]frameOf{{"election", "избираться", "1993-01", "month", "LOC-CZ:patient"}}},
		{"a name takes a title's preposition only when it agrees in case", "uk", "13 листопада суд засудив депутата за спробу підкупити ексголову агентства з відновлення Мустафу Найєма.", litopys.DayDate(2024, 11, 14),
			map[string]string{"Мустафу Найєма": "PER-Nayyem|Мустафа Найєм"},
			[]frameOf{{"court", "суд", "2024-11-13", "day", "PER-Nayyem:other"}}},
		{"an adjective and a title the article gave a name stand for that person", "ru", "Чешский президент Вацлав Гавел вернулся в Прагу. Во Францию чешский президент прибыл во вторник.", litopys.DayDate(2002, 7, 18),
			map[string]string{"Вацлав Гавел": "PER-Havel", "Прагу": "LOC-Prague|Прага", "Францию": "LOC-FR|Франция"},
			[]frameOf{{"visit", "прибыть", "2002-07-16", "day", "LOC-FR:place PER-Havel:agent"}}},
		{"a clause joined by и shares a described subject", "ru", "Чешский президент Вацлав Гавел вернулся в Прагу. Во Францию чешский президент прибыл во вторник и в тот же день встретился с Жаком Шираком.", litopys.DayDate(2002, 7, 18),
			map[string]string{"Вацлав Гавел": "PER-Havel", "Прагу": "LOC-Prague|Прага", "Францию": "LOC-FR|Франция", "Жаком Шираком": "PER-Chirac|Жак Ширак"},
			[]frameOf{{"visit", "прибыть", "2002-07-16", "day", "LOC-FR:place PER-Havel:agent"}, {"meet", "встретиться", "2002-07-16", "day", "PER-Havel:agent PER-Chirac:patient"}}},
		{"a name right after the name of a body is what the body belongs to", "ru", "Тогда Комиссия ЕС поставит подпись под пакетом в среду.", litopys.DayDate(2015, 8, 14),
			map[string]string{"Комиссия": "ORG-EC|Комиссия", "ЕС": "ORG-EU"},
			[]frameOf{{"agree", "подпись", "2015-08-12", "day", "ORG-EC:agent"}}},
		{"a report without a date of its own is not an event", "ru", "Об этом сообщает Yonhap.", nov9,
			map[string]string{"Yonhap": "ORG-Yonhap"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, tt.lang, tt.published, tt.mentions)
			got := datedFrames(doc)
			if len(got) != len(tt.want) {
				t.Fatalf("dated events = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("event %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestSourceFromAttribution(t *testing.T) {
	text := "Блинкен 9 ноября провел переговоры. Об этом сообщает Yonhap."
	doc := build(t, text, "ru", litopys.DayDate(2023, 11, 9), map[string]string{"Блинкен": "PER-Blinken", "Yonhap": "ORG-Yonhap"})
	doc.Attributions = []litopys.Attribution{{Source: "ORG-Yonhap", Scope: litopys.Span{Start: 0, End: strings.Index(text, " Об")}}}
	evs := Find(doc)
	if len(evs) == 0 || evs[0].Source != "ORG-Yonhap" || evs[0].Attribution != 0 {
		t.Fatalf("events = %+v, want the meeting sourced to Yonhap", evs)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Блинкен 9 ноября провел переговоры в Сеуле. Об этом сообщает Yonhap.", 3)
	f.Add("У липні до КНДР приїздив Шойгу; після неудач у травні.", 2)
	f.Add("Блинкен 9 ноября встретился с советником Чо и «решительно осудил» действия Москвы, — заявил он. В этот же день Кяров был убит.", 1)
	f.Fuzz(func(t *testing.T, text string, every int) {
		doc := build(t, text, "uk", litopys.DayDate(2023, 9, 23), nil)
		if every > 0 {
			for i, tok := range doc.Tokens {
				if tok.Kind == litopys.TokenWord && i%every == 0 {
					typ := []string{litopys.LOC, litopys.PER, litopys.ORG}[i%3]
					base := tok.Text
					if i%2 == 0 {
						base = strings.ToLower(tok.Text) + "а"
					}
					doc.Mentions = append(doc.Mentions, litopys.Mention{Start: tok.Start, End: tok.End, Text: tok.Text, Base: base, Type: typ, Entity: typ + "-" + tok.Text})
					doc.Entities = append(doc.Entities, litopys.Entity{ID: typ + "-" + tok.Text, Type: typ, Name: base})
				}
			}
		}
		for _, e := range Find(doc) {
			if e.Evidence.Start < 0 || e.Evidence.End > len(text) || e.Text != text[e.Evidence.Start:e.Evidence.End] {
				t.Fatalf("bad evidence %+v", e)
			}
			if e.Time < -1 || e.Time >= len(doc.Times) {
				t.Fatalf("bad time index %+v", e)
			}
		}
	})
}

// TestRoles: agent and patient from case, word order, voice, coordination
// and reported speech; only named participants of the predicate's clause.
func TestRoles(t *testing.T) {
	nov9 := litopys.DayDate(2023, 11, 9)
	tests := []struct {
		name, lang, text string
		mentions         map[string]string
		attribution      string // the evidence of an attribution to the mention inside it, if any
		want             []frameOf
	}{
		{"coordinated predicates share the subject, not the object", "ru",
			"Блинкен 9 ноября встретился с советником Чо Тэ Йонгом и «решительно осудил» поставки оружия России.",
			map[string]string{"Блинкен": "PER-Blinken", "Чо Тэ Йонгом": "PER-Cho|Чо Тэ Йонг", "России": "LOC-RU|Россия"}, "",
			[]frameOf{{"meet", "встретиться", "2023-11-09", "day", "PER-Blinken:agent PER-Cho:patient"}, {"accuse", "осудить", "2023-11-09", "day", "PER-Blinken:agent LOC-RU:other"}}},
		{"a city after a place preposition is the place, not the agent", "ru",
			"В Сеуле Блинкен 9 ноября пообещал помощь Украине.",
			map[string]string{"Сеуле": "LOC-Seoul|Сеул", "Блинкен": "PER-Blinken", "Украине": "LOC-UA|Украина"}, "",
			[]frameOf{{"intent", "пообещать", "2023-11-09", "day", "LOC-Seoul:place PER-Blinken:agent LOC-UA:patient"}}},
		{"subject before, object after", "ru", "США 9 ноября осудили действия Москвы.",
			map[string]string{"США": "LOC-USA", "Москвы": "LOC-Moscow|Москва"}, "",
			[]frameOf{{"accuse", "осудить", "2023-11-09", "day", "LOC-USA:agent LOC-Moscow:patient"}}},
		{"object fronted, subject after", "ru", "Москву 9 ноября осудили США.",
			map[string]string{"США": "LOC-USA", "Москву": "LOC-Moscow|Москва"}, "",
			[]frameOf{{"accuse", "осудить", "2023-11-09", "day", "LOC-Moscow:patient LOC-USA:agent"}}},
		{"passive: the subject undergoes it, the instrumental does it", "ru", "9 ноября Кяров был застрелен боевиками Умарова в Нальчике.",
			map[string]string{"Кяров": "PER-Kyarov", "Умарова": "PER-Umarov|Умаров", "Нальчике": "LOC-Nalchik|Нальчик"}, "",
			[]frameOf{{"military", "застрелить", "2023-11-09", "day", "PER-Kyarov:patient PER-Umarov:other LOC-Nalchik:place"}}},
		{"a subject pronoun is the person last named as a subject", "ru",
			"Блинкен 9 ноября встретился с Чо Тэ Йонгом. Также 10 ноября он встретился с министром Пак Чжином.",
			map[string]string{"Блинкен": "PER-Blinken", "Чо Тэ Йонгом": "PER-Cho|Чо Тэ Йонг", "Пак Чжином": "PER-Park|Пак Чжин"}, "",
			[]frameOf{{"meet", "встретиться", "2023-11-09", "day", "PER-Blinken:agent PER-Cho:patient"}, {"meet", "встретиться", "2023-11-10", "day", "PER-Blinken:agent PER-Park:patient"}}},
		{"a medium reports about the names of its report, not about the sources it cites", "uk",
			"4 вересня 2023 року у The New York Times із посиланням на чиновників США повідомили, що Кім Чен Ин планує зустрітися з Путіним.",
			map[string]string{"The New York Times": "ORG-NYT", "США": "LOC-USA", "Кім Чен Ин": "PER-Kim", "Путіним": "PER-Putin|Путін"},
			"у The New York Times із посиланням на чиновників США",
			[]frameOf{{"report", "повідомити", "2023-09-04", "day", "ORG-NYT:agent PER-Kim:other PER-Putin:other"}}},
		{"a name right after a common noun qualifies it", "ru", "9 ноября на территории ЦАР боевики обстреляли колонну ООН.",
			map[string]string{"ЦАР": "LOC-CAR", "ООН": "ORG-UN"}, "",
			[]frameOf{{"military", "обстрелять", "2023-11-09", "day", "LOC-CAR:other ORG-UN:patient"}}},
		{"the source of reported speech is not the agent", "ru", "По словам Эрдогана, 8 ноября Турция арестовала подозреваемых.",
			map[string]string{"Эрдогана": "PER-Erdogan|Эрдоган", "Турция": "LOC-Turkey"}, "По словам Эрдогана",
			[]frameOf{{"arrest", "арестовать", "2023-11-08", "day", "LOC-Turkey:agent"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, tt.lang, nov9, tt.mentions)
			if tt.attribution != "" {
				i := strings.Index(tt.text, tt.attribution)
				for _, m := range doc.Mentions {
					if m.Start >= i && m.End <= i+len(tt.attribution) {
						doc.Attributions = append(doc.Attributions, litopys.Attribution{Source: m.Entity,
							Evidence: litopys.Span{Start: i, End: i + len(tt.attribution)}, Scope: litopys.Span{Start: 0, End: len(tt.text)}})
						break
					}
				}
			}
			got := datedFrames(doc)
			if len(got) != len(tt.want) {
				t.Fatalf("dated events = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("event %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestContinuationEvidence: an event continued by the next sentence rests
// on both, so its text names who the continuation names.
func TestContinuationEvidence(t *testing.T) {
	text := "У вівторок, 12 вересня, потяг прибув до РФ. Кім Чен Ин і Путін провели зустріч."
	doc := build(t, text, "uk", litopys.DayDate(2023, 9, 23), map[string]string{"РФ": "LOC-RU", "Кім Чен Ин": "PER-Kim", "Путін": "PER-Putin"})
	evs := Find(doc)
	if len(evs) != 1 || evs[0].Text != text || evs[0].Evidence != (litopys.Span{Start: 0, End: len(text)}) {
		t.Fatalf("events %+v, want one resting on both sentences", evs)
	}
}

// TestDescriptions: "лідер КНДР Кім Чен Ин" makes a later "лідер
// Північної Кореї" Kim Jong Un; a preposition is no title.
func TestDescriptions(t *testing.T) {
	text := "8 вересня лідер КНДР Кім Чен Ин прибув до Росії. 22 вересня лідер Північної Кореї провів зустріч з урядом."
	doc := build(t, text, "uk", litopys.DayDate(2023, 9, 23), map[string]string{
		"КНДР": "LOC-NK", "Кім Чен Ин": "PER-Kim", "Росії": "LOC-RU|Росія", "Північної Кореї": "LOC-NK|Північна Корея"})
	var got []frameOf
	for _, e := range Find(doc) {
		got = append(got, summarise(e))
	}
	want := []frameOf{
		{"visit", "прибути", "2023-09-08", "day", "PER-Kim:agent LOC-RU:place"},
		{"meet", "зустріч", "2023-09-22", "day", "PER-Kim:agent"},
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("events %+v, want %+v", got, want)
	}
}

// TestNoContinuation: a sentence opened by "Також" or "Однак" tells of
// another happening, a sentence in the past tense does not go on about an
// event announced for later, and an event told in a subordinate clause is
// background; none joins the event before.
func TestNoContinuation(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"additive", "8 листопада армія знищила установки. Також армія підірвала склади в Сирії."},
		{"contrast", "8 листопада армія знищила установки. Однак армія підірвала склади в Сирії."},
		{"announced", "Вибори відбудуться 23 лютого. Армія підірвала склади в Сирії."},
		{"subordinate", "8 листопада армія знищила установки. Той факт, що армія підірвала склади в Сирії, пов'язують із розмовою."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, "uk", litopys.DayDate(2024, 11, 13), map[string]string{"Сирії": "LOC-SY|Сирія"})
			for _, e := range Find(doc) {
				if !e.Date.IsZero() && slices.ContainsFunc(e.Participants, func(p litopys.Participant) bool { return p.Entity == "LOC-SY" }) {
					t.Errorf("dated event %s %q names Syria, which only the next sentence names", e.Date, e.Text)
				}
			}
		})
	}
}

// TestNamedEventAndDemonym: an event noun the article named before
// ("Тайфун Wipha", then "тайфун") stands for the named thing; a lower-case
// demonym ("росіяни") for the place the article names; a clause opened by
// ", а" shares the subject of the sentence past clauses that name none; a
// unit or a place named inside a person's title is no participant (who takes part is
// asserted here, not the roles).
func TestNamedEventAndDemonym(t *testing.T) {
	for _, tt := range []struct {
		name, lang, text string
		mentions         map[string]string
		want             string
	}{
		{"named event", "ru", "Тайфун Wipha утратил силу. В среду тайфун достиг Шанхая.",
			map[string]string{"Wipha": "EVT-Wipha", "Шанхая": "LOC-Shanghai|Шанхай"}, "EVT-Wipha LOC-Shanghai"},
		{"a typhoon of its own", "ru", "Тайфун Wipha утратил силу. В среду тайфун Nari достиг Шанхая.",
			map[string]string{"Wipha": "EVT-Wipha", "Nari": "EVT-Nari", "Шанхая": "LOC-Shanghai|Шанхай"}, "EVT-Nari LOC-Shanghai"},
		{"a coordinated clause after one that names no subject", "ru",
			"Вацлав Гавел впервые был избран президентом Чехословакии, через полгода - переизбран, а после распада государства избирался президентом Чехии в январе 1993 г.",
			map[string]string{"Вацлав Гавел": "PER-Havel", "Чехословакии": "LOC-CS|Чехословакия", "Чехии": "LOC-CZ|Чехия"}, "LOC-CZ PER-Havel"},
		{"a unit named inside a person's title", "uk",
			"11 листопада речник командування \"Північ\" полковник Вадим Мисник повідомив про бої в Курській області.",
			map[string]string{"Північ": "LOC-North|Північ", "Вадим Мисник": "PER-Mysnyk", "Курській області": "LOC-Kursk|Курська область"}, "LOC-Kursk PER-Mysnyk"},
		{"a place named inside a person's title", "ru",
			"В четверг в Тбилиси прибыл спецпредставитель генсека по Южному Кавказу Роберт Симмонс.",
			map[string]string{"Тбилиси": "LOC-Tbilisi", "Южному Кавказу": "LOC-SC|Южный Кавказ", "Роберт Симмонс": "PER-Simmons"}, "LOC-Tbilisi PER-Simmons"},
		{"a place after a visit's preposition stays its place", "ru",
			"9 ноября после визита в Южную Корею Блинкен отправится в Индию.",
			map[string]string{"Южную Корею": "LOC-SK|Южная Корея", "Блинкен": "PER-Blinken", "Индию": "LOC-India|Индия"}, "LOC-India LOC-SK PER-Blinken"},
		{"a place after an event noun is its argument, not its name", "ru",
			"Сеул против предоставления КНДР оружия. 9 ноября он продолжил предоставление помощи Киеву.",
			map[string]string{"Сеул": "LOC-Seoul", "КНДР": "LOC-NK", "Киеву": "LOC-Kyiv|Киев"}, "LOC-Kyiv"},
		{"demonym", "uk", "Росія готує удари. У понеділок росіяни атакували Київ.",
			map[string]string{"Росія": "LOC-RU", "росіяни": "PER-rosiianyn|росіянин", "Київ": "LOC-Kyiv"}, "LOC-Kyiv LOC-RU"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, tt.lang, litopys.DayDate(2023, 11, 9), tt.mentions)
			got := datedParticipants(doc, true)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("dated events' participants %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestLexiconTriggers checks triggers of the recall round of issue 16:
// each sentence yields a dated event of the type.
func TestLexiconTriggers(t *testing.T) {
	pub := litopys.DayDate(2024, 11, 13)
	tests := []struct{ lang, text, typ, date string }{
		{"uk", "6 листопада Олаф Шольц звільнив міністра фінансів.", "appoint", "2024-11-06"},
		{"uk", "24 листопада за нардепа внесли заставу.", "supply", "2024-11-24"},
		{"uk", "23 вересня суд стягнув заставу.", "court", "2024-09-23"},
		{"ru", "Меморандум был представлен правительствам во вторник.", "statement", "2024-11-12"},
		{"ru", "В мае 1995 г. он участвовал в московских торжествах.", "meet", "1995-05"},
		{"ru", "В понедельник авиакомпания отменила все рейсы.", "cancel", "2024-11-11"},
		{"uk", "У понеділок у Києві відкрилася виставка дронів.", "exhibition", "2024-11-11"},
		{"ru", "Вчера в центре города прошел пикет.", "protest", "2024-11-12"},
		// a noun with its own date is a fact a hypothetical presupposes
		{"ru", "В этом году президент заявил, что был бы рад принять Путина в качестве гостя декабрьского саммита НАТО.", "meet", "2024-12"},
	}
	for _, tt := range tests {
		doc := build(t, tt.text, tt.lang, pub, nil)
		var got []string
		ok := false
		for _, e := range Find(doc) {
			got = append(got, e.Type+" "+e.Date.String())
			ok = ok || e.Type == tt.typ && e.Date.String() == tt.date
		}
		if !ok {
			t.Errorf("%q: events %v, want %s %s", tt.text, got, tt.typ, tt.date)
		}
	}
}

// TestCaseOfNames: a given name in its base form makes a name a
// nominative whatever the lemmatiser made of the surname; a surname that
// adds an ending to its base form is oblique; "ё" is "е".
func TestCaseOfNames(t *testing.T) {
	for _, tt := range []struct {
		text, base string
		want       gramCase
	}{
		{"Матиас Эрши", "Матиас Эрша", caseNom},
		{"Матиаса Эрши", "Матиас Эрша", caseObl},
		{"Мухаммад Рахимхана", "Мухаммад Рахимхан", caseObl},
		{"Каландар Качимом", "Каландар Качим", caseIns},
		{"Таня Ерёмина", "Таня Еремина", caseNom},
		{"Андрію Одарченку", "Андрій Одарченко", caseObl},
	} {
		if got := caseOf(litopys.Mention{Text: tt.text, Base: tt.base, Type: litopys.PER}, "ru"); got != tt.want {
			t.Errorf("caseOf(%q, base %q) = %d, want %d", tt.text, tt.base, got, tt.want)
		}
	}
	// The pronoun then finds him as the subject of the sentence before.
	doc := build(t, "Матиас Эрши проводит в Грузии больше времени, чем дома. 9 ноября он встретился с Саакашвили.", "ru",
		litopys.DayDate(2023, 11, 9), map[string]string{"Матиас Эрши": "PER-Eorsi|Матиас Эрша", "Саакашвили": "PER-Saakashvili"})
	got := datedFrames(doc)
	want := frameOf{"meet", "встретиться", "2023-11-09", "day", "PER-Eorsi:agent PER-Saakashvili:patient"}
	if len(got) != 1 || got[0] != want {
		t.Errorf("events %+v, want [%+v]", got, want)
	}
}

// TestBareTitle: a title the article put right before one person, in the
// same case, stands for that person when it comes back alone ("для
// нардепа"); a neuter noun before a name in the genitive is its owner, no
// title ("правительство Алексиса Ципраса").
func TestBareTitle(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		mentions   map[string]string
		want       string
	}{
		{"bare title", "Суд розглянув справу нардепа Андрія Одарченка. 22 листопада суд обрав для нардепа запобіжний захід.",
			map[string]string{"Андрія Одарченка": "PER-Odarchenko|Андрій Одарченко"}, "PER-Odarchenko"},
		{"two bearers", "Суд викликав нардепа Андрія Одарченка і нардепа Івана Петренка. 22 листопада суд обрав для нардепа запобіжний захід.",
			map[string]string{"Андрія Одарченка": "PER-Odarchenko|Андрій Одарченко", "Івана Петренка": "PER-Petrenko|Іван Петренко"}, ""},
		{"an owner, no title", "Парламент поддержал правительство Алексиса Ципраса. 22 ноября правительству представили меморандум.",
			map[string]string{"Алексиса Ципраса": "PER-Tsipras|Алексис Ципрас"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, "uk", litopys.DayDate(2023, 11, 23), tt.mentions)
			got := datedParticipants(doc, false)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("dated events' participants %q, want [%q]", got, tt.want)
			}
		})
	}
}

// datedFrames summarises the dated events Find gives for doc.
func datedFrames(doc *litopys.Document) []frameOf {
	var got []frameOf
	for _, e := range Find(doc) {
		if !e.Date.IsZero() {
			got = append(got, summarise(e))
		}
	}
	return got
}

// datedParticipants returns, for each dated event Find gives for doc, the
// ids of its participants joined by spaces, in order or sorted.
func datedParticipants(doc *litopys.Document, sorted bool) []string {
	var got []string
	for _, e := range Find(doc) {
		if e.Date.IsZero() {
			continue
		}
		var ids []string
		for _, p := range e.Participants {
			ids = append(ids, p.Entity)
		}
		if sorted {
			slices.Sort(ids)
		}
		got = append(got, strings.Join(ids, " "))
	}
	return got
}

// TestHeadlineTopic: a dated event that names nobody is about what the
// headline names, whether the headline opens the text or is given apart
// (matched to the article's names by form, lemma or relational adjective).
func TestHeadlineTopic(t *testing.T) {
	nov13 := litopys.DayDate(2024, 11, 13)
	for _, tt := range []struct {
		name, title, text string
		mentions          map[string]string
		want              string
	}{
		{"headline in the text", "Поможет ли Греции новый пакет", "Поможет ли Греции новый пакет\n\nМеморандум был представлен правительствам во вторник.",
			map[string]string{"Греции": "LOC-Greece|Греция"}, "LOC-Greece"},
		{"headline apart", "Поможет ли Греции новый пакет", "Меморандум был представлен правительствам во вторник. Греция получит транш.",
			map[string]string{"Греция": "LOC-Greece"}, "LOC-Greece"},
		{"relational adjective", "Грузинская оппозиция не доверяет наблюдателям", "21 мая пройдут выборы парламента. Наблюдатели приедут в Грузию.",
			map[string]string{"Грузию": "LOC-Georgia|Грузия"}, "LOC-Georgia"},
		{"a name of its own", "Поможет ли Греции новый пакет", "Меморандум был представлен Италии во вторник. Греция получит транш.",
			map[string]string{"Италии": "LOC-Italy|Италия", "Греция": "LOC-Greece"}, "LOC-Italy"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := build(t, tt.text, "ru", nov13, tt.mentions)
			doc.Title = tt.title
			got := datedParticipants(doc, false)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("dated events' participants %q, want [%q]", got, tt.want)
			}
		})
	}
}
