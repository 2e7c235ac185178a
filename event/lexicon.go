package event

// triggers maps base forms (ru, uk, en) to event types.
var triggers = map[string]string{
	// statement
	"заявить": "statement", "заявлять": "statement", "заявление": "statement", "заявити": "statement", "заявляти": "statement", "заява": "statement",
	"announce": "statement", "say": "statement",
	// appeal
	"призвать": "appeal", "призывать": "appeal", "призыв": "appeal", "закликати": "appeal", "заклик": "appeal", "попросить": "appeal", "попросити": "appeal", "urge": "appeal",
	// intent
	"пообещать": "intent", "обещать": "intent", "пообіцяти": "intent", "обіцяти": "intent", "намереваться": "intent", "планувати": "intent", "планировать": "intent", "promise": "intent",
	// meet
	"встретиться": "meet", "встречаться": "meet", "встреча": "meet", "переговоры": "meet", "саммит": "meet", "обсудить": "meet", "обсуждать": "meet",
	"зустрітися": "meet", "зустрічатися": "meet", "зустріч": "meet", "переговори": "meet", "саміт": "meet", "обговорити": "meet", "обговорювати": "meet",
	"meet": "meet", "meeting": "meet", "talks": "meet", "summit": "meet",
	// visit
	"визит": "visit", "посетить": "visit", "посещать": "visit", "прибыть": "visit", "прибывать": "visit", "приехать": "visit", "приезжать": "visit", "поездка": "visit", "отправиться": "visit",
	"візит": "visit", "відвідати": "visit", "відвідувати": "visit", "прибути": "visit", "прибувати": "visit", "приїхати": "visit", "приїжджати": "visit", "приїздити": "visit", "поїздка": "visit", "вирушити": "visit",
	"visit": "visit", "arrive": "visit", "trip": "visit",
	// agree
	"договориться": "agree", "договоренность": "agree", "соглашение": "agree", "подписать": "agree", "согласиться": "agree",
	"домовитися": "agree", "домовленість": "agree", "угода": "agree", "підписати": "agree", "погодитися": "agree",
	"agree": "agree", "agreement": "agree", "sign": "agree",
	// supply
	"предоставить": "supply", "предоставлять": "supply", "предоставление": "supply", "поставить": "supply", "поставка": "supply", "передать": "supply", "передавать": "supply",
	"надати": "supply", "надавати": "supply", "надання": "supply", "постачати": "supply", "постачання": "supply", "поставки": "supply", "передати": "supply",
	"supply": "supply", "provide": "supply", "deliver": "supply",
	// demand
	"потребовать": "demand", "требовать": "demand", "вимагати": "demand", "зажадати": "demand", "demand": "demand",
	// accuse
	"осудить": "accuse", "осуждать": "accuse", "обвинить": "accuse", "обвинять": "accuse", "раскритиковать": "accuse", "критиковать": "accuse",
	"засудити": "accuse", "засуджувати": "accuse", "звинуватити": "accuse", "звинувачувати": "accuse", "розкритикувати": "accuse", "критикувати": "accuse",
	"condemn": "accuse", "accuse": "accuse", "criticize": "accuse",
	// reject
	"отвергнуть": "reject", "отклонить": "reject", "отказаться": "reject", "відхилити": "reject", "відкинути": "reject", "відмовитися": "reject", "reject": "reject", "refuse": "reject",
	// threaten
	"угрожать": "threaten", "пригрозить": "threaten", "погрожувати": "threaten", "пригрозити": "threaten", "threaten": "threaten",
	// sanction
	"санкция": "sanction", "санкції": "sanction", "санкція": "sanction", "выслать": "sanction", "вислати": "sanction", "sanction": "sanction", "sanctions": "sanction",
	// military
	"удар": "military", "обстрел": "military", "обстріл": "military", "атака": "military", "атаковать": "military", "атакувати": "military", "наступление": "military", "наступ": "military",
	"вторжение": "military", "вторгнення": "military", "бомбардировка": "military", "штурм": "military", "attack": "military", "strike": "military", "invasion": "military",
	// launch
	"запуск": "launch", "запустить": "launch", "запустити": "launch", "испытание": "launch", "випробування": "launch", "пуск": "launch", "launch": "launch",
	// failure
	"неудача": "failure", "невдача": "failure", "провал": "failure", "failure": "failure",
}

// phrases are two-word triggers: the first word's base form, then the second
// word as written (lower-cased).
var phrases = map[[2]string]string{
	{"стать", "известно"}:      "statement",
	{"стати", "відомо"}:        "statement",
	{"ввести", "санкции"}:      "sanction",
	{"запровадити", "санкції"}: "sanction",
}

// phraseHeads are the first words of phrases.
var phraseHeads = func() map[string]bool {
	m := map[string]bool{}
	for p := range phrases {
		m[p[0]] = true
	}
	return m
}()

// reportVerbs make a "report" event when a medium is their subject.
var reportVerbs = map[string]bool{
	"сообщить": true, "сообщать": true, "написать": true, "писать": true, "повідомити": true, "повідомляти": true, "написати": true, "писати": true, "report": true,
}

// deverbal nouns that are the topic of a statement rather than an event of
// their own when they stand without a date.
var launchWords = map[string]bool{"запуск": true, "запустить": true, "запустити": true, "пуск": true, "спутник": true, "супутник": true, "ракета": true, "launch": true}
