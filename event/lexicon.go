package event

import "strings"

// triggers maps base forms (ru, uk, en) to event types. Verbs, nouns and
// passive participles alike: which is which is read from the base form
// (see kindOf).
var triggers = map[string]string{
	// statement
	"заявить": "statement", "заявлять": "statement", "заявление": "statement", "заявити": "statement", "заявляти": "statement", "заява": "statement",
	"предупредить": "statement", "предупреждать": "statement", "попередити": "statement", "попереджати": "statement",
	"прокомментировать": "statement", "прокоментувати": "statement", "объявить": "statement", "оголосити": "statement",
	"представить": "statement", "представити": "statement", "презентовать": "statement", "презентувати": "statement", "презентация": "statement", "презентація": "statement",
	"показание": "statement", "свідчення": "statement", "представленный": "statement",
	"announce": "statement", "say": "statement", "warn": "statement",
	"подтвердить": "statement", "підтвердити": "statement", "опровергнуть": "statement", "опроверг": "statement", "спростувати": "statement",
	"confirm": "statement", "deny": "statement",
	"поделиться": "statement", "делиться": "statement", "поділитися": "statement", "ділитися": "statement",
	"брифинг": "statement", "брифінг": "statement", "пресс-конференция": "statement", "пресконференція": "statement", "интервью": "statement", "інтерв'ю": "statement",
	// appeal
	"призвать": "appeal", "призывать": "appeal", "призыв": "appeal", "закликати": "appeal", "заклик": "appeal", "попросить": "appeal", "попросити": "appeal", "urge": "appeal",
	// intent
	"пообещать": "intent", "обещать": "intent", "пообіцяти": "intent", "обіцяти": "intent", "намереваться": "intent", "планувати": "intent", "планировать": "intent", "promise": "intent",
	// meet
	"встретиться": "meet", "встречаться": "meet", "встреча": "meet", "переговоры": "meet", "саммит": "meet", "обсудить": "meet", "обсуждать": "meet",
	"дебаты": "meet", "заседание": "meet", "съезд": "meet", "беседа": "meet", "собраться": "meet", "конференция": "meet",
	"зустрітися": "meet", "зустрічатися": "meet", "зустріч": "meet", "переговори": "meet", "саміт": "meet", "обговорити": "meet", "обговорювати": "meet",
	"дебати": "meet", "засідання": "meet", "з'їзд": "meet", "бесіда": "meet", "зібратися": "meet", "конференція": "meet",
	"позвонить": "meet", "созвониться": "meet", "зателефонувати": "meet", "зателефонуватися": "meet", // a call is a consultation (CAMEO 04)
	"meet": "meet", "meeting": "meet", "talks": "meet", "summit": "meet", "call": "meet",
	"торжество": "meet", "церемония": "meet", "церемонія": "meet", "урочистість": "meet", "урочистості": "meet", "ceremony": "meet",
	// visit
	"прилететь": "visit", "прилетіти": "visit",
	"визит": "visit", "посетить": "visit", "посещать": "visit", "прибыть": "visit", "прибывать": "visit", "приехать": "visit", "приезжать": "visit", "поездка": "visit", "отправиться": "visit",
	"візит": "visit", "відвідати": "visit", "відвідувати": "visit", "прибути": "visit", "прибувати": "visit", "приїхати": "visit", "приїжджати": "visit", "приїздити": "visit", "поїздка": "visit", "вирушити": "visit",
	"visit": "visit", "arrive": "visit", "trip": "visit",
	// agree
	"договориться": "agree", "договоренность": "agree", "соглашение": "agree", "подписать": "agree", "согласиться": "agree", "подпись": "agree",
	"домовитися": "agree", "домовленість": "agree", "угода": "agree", "підписати": "agree", "погодитися": "agree", "підпис": "agree",
	"agree": "agree", "agreement": "agree", "sign": "agree",
	// supply
	"предоставить": "supply", "предоставлять": "supply", "предоставление": "supply", "поставка": "supply", "поставлять": "supply",
	"надати": "supply", "надавати": "supply", "надання": "supply", "постачати": "supply", "постачання": "supply", "поставки": "supply",
	"supply": "supply", "provide": "supply", "deliver": "supply",
	// demand
	"потребовать": "demand", "требовать": "demand", "вимагати": "demand", "зажадати": "demand", "demand": "demand",
	// accuse
	"осудить": "accuse", "осуждать": "accuse", "обвинить": "accuse", "обвинять": "accuse", "раскритиковать": "accuse", "критиковать": "accuse", "обвинение": "accuse",
	"засудити": "accuse", "засуджувати": "accuse", "звинуватити": "accuse", "звинувачувати": "accuse", "розкритикувати": "accuse", "критикувати": "accuse",
	"звинувачення": "accuse", "підозра": "accuse",
	"condemn": "accuse", "accuse": "accuse", "criticize": "accuse",
	// reject
	"отвергнуть": "reject", "отклонить": "reject", "отказаться": "reject", "відхилити": "reject", "відкинути": "reject", "відмовитися": "reject", "reject": "reject", "refuse": "reject",
	// threaten
	"угрожать": "threaten", "пригрозить": "threaten", "погрожувати": "threaten", "пригрозити": "threaten", "threaten": "threaten",
	// sanction
	"санкция": "sanction", "санкції": "sanction", "санкція": "sanction", "выслать": "sanction", "вислати": "sanction", "лишить": "sanction", "позбавити": "sanction",
	"запретить": "sanction", "запрет": "sanction", "заборонити": "sanction", "заборона": "sanction", "ban": "sanction",
	"sanction": "sanction", "sanctions": "sanction",
	"оштрафовать": "sanction", "оштрафувати": "sanction", "депортировать": "sanction", "депортувати": "sanction", "экстрадиция": "sanction", "екстрадиція": "sanction",
	// military: assault, fight, mass violence
	"удар": "military", "обстрел": "military", "обстріл": "military", "атака": "military", "атаковать": "military", "атакувати": "military", "наступление": "military", "наступ": "military",
	"вторжение": "military", "вторгнення": "military", "вторгнуться": "military", "вторгнутися": "military", "бомбардировка": "military", "штурм": "military", "теракт": "military", "взрыв": "military", "вибух": "military",
	"обстрелять": "military", "обстреливать": "military", "обстреляти": "military", "обстрілювати": "military", "обстрілити": "military", "обстрелянный": "military", "обстріляний": "military",
	"подорвать": "military", "подорванный": "military", "підірвати": "military", "підірваний": "military",
	"убить": "military", "убитый": "military", "убийство": "military", "вбити": "military", "вбитий": "military", "вбивство": "military",
	"застрелить": "military", "застреленный": "military", "застрелити": "military", "застрелений": "military", "стрелять": "military", "стріляти": "military",
	"сбить": "military", "сбитый": "military", "збити": "military", "збитий": "military",
	"захватить": "military", "захопити": "military", "взорвать": "military",
	"уничтожить": "military", "уничтожение": "military", "знищити": "military", "знищення": "military", "покушение": "military", "замах": "military",
	"attack": "military", "strike": "military", "invasion": "military", "shelling": "military",
	"ликвидировать": "military", "ліквідувати": "military", "расстрелять": "military", "розстріляти": "military",
	"похитить": "military", "похищение": "military", "викрасти": "military", "викрадення": "military", "поджог": "military", "підпал": "military",
	// posture: exercises, deployments (CAMEO 15)
	"учение": "posture", "учения": "posture", "маневры": "posture", "маневр": "posture", "навчання": "posture", "маневри": "posture",
	"exercise": "posture", "drills": "posture",
	"переброска": "posture", "перекидання": "posture", "deploy": "posture",
	// coerce: arrest, detain (CAMEO 173)
	"арестовать": "arrest", "арест": "arrest", "задержать": "arrest", "задержание": "arrest", "задержанный": "arrest",
	"заарештувати": "arrest", "арешт": "arrest", "затримати": "arrest", "затримання": "arrest", "затриманий": "arrest",
	"arrest": "arrest", "detain": "arrest",
	// court: proceedings, rulings, sentences
	"суд": "court", "приговор": "court", "приговорить": "court", "иск": "court", "слушание": "court", "оправдать": "court",
	"вирок": "court", "позов": "court", "слухання": "court", "виправдати": "court",
	"court": "court", "trial": "court", "sentence": "court", "verdict": "court",
	// protest (CAMEO 14)
	"протест": "protest", "митинг": "protest", "демонстрация": "protest", "забастовка": "protest",
	"мітинг": "protest", "демонстрація": "protest", "страйк": "protest", "protest": "protest",
	"пикет": "protest", "пікет": "protest", "протестовать": "protest", "протестувати": "protest",
	// domestic politics outside CAMEO
	"голосование": "vote", "голосовать": "vote", "проголосовать": "vote", "резолюция": "vote", "референдум": "vote",
	"одобрить": "vote", "утвердить": "vote", "схвалити": "vote", "ухвалити": "vote", "затвердити": "vote",
	"голосування": "vote", "голосувати": "vote", "проголосувати": "vote", "резолюція": "vote", "vote": "vote", "resolution": "vote",
	"выбор": "election", "вибір": "election", "вибори": "election", "election": "election", "elections": "election",
	"избрать": "election", "переизбрать": "election", "обрати": "election", "переобрати": "election", "elect": "election",
	"избирать": "election", "избираться": "election", "обирати": "election", "обиратися": "election", "переизбираться": "election",
	"назначить": "appoint", "назначенный": "appoint", "назначение": "appoint", "призначити": "appoint", "призначений": "appoint", "призначення": "appoint", "appoint": "appoint",
	"уволить": "appoint", "отставка": "appoint", "відставка": "appoint", "resign": "appoint", "dismiss": "appoint",
	"звільнити": "appoint", "звільнення": "appoint", "увольнение": "appoint", "звільнений": "appoint", "уволенный": "appoint",
	"инаугурация": "inauguration", "інавгурація": "inauguration", "inauguration": "inauguration",
	// disasters and deaths
	"тайфун": "disaster", "ураган": "disaster", "наводнение": "disaster", "землетрясение": "disaster", "оползень": "disaster", "ливень": "disaster", "дождь": "disaster",
	"затопить": "disaster", "затопленный": "disaster", "шторм": "disaster", "пожар": "disaster", "авария": "disaster", "аварія": "disaster", "катастрофа": "disaster", "крушение": "disaster",
	"повінь": "disaster", "землетрус": "disaster", "злива": "disaster", "дощ": "disaster", "затопити": "disaster", "затоплений": "disaster", "пожежа": "disaster",
	"снег": "disaster", "снегопад": "disaster", "гололед": "disaster", "метель": "disaster", "сніг": "disaster", "снігопад": "disaster", "ожеледиця": "disaster", "хуртовина": "disaster", "заметіль": "disaster",
	"typhoon": "disaster", "hurricane": "disaster", "flood": "disaster", "earthquake": "disaster", "snow": "disaster",
	"буря": "disaster", "смерч": "disaster", "торнадо": "disaster", "цунами": "disaster", "цунамі": "disaster", "извержение": "disaster", "виверження": "disaster",
	"засуха": "disaster", "посуха": "disaster", "лавина": "disaster", "заморозок": "disaster", "заморозки": "disaster", "гроза": "disaster",
	"дтп": "disaster", "обрушение": "disaster", "обвал": "disaster", "обвалення": "disaster",
	"умереть": "death", "скончаться": "death", "смерть": "death", "померти": "death", "die": "death", "death": "death",
	"отключение": "outage", "відключення": "outage", "blackout": "outage",
	// cancellations, escapes, discoveries, foundings, cordons, exhibitions:
	// happenings CAMEO does not code
	"отменить": "cancel", "отмена": "cancel", "отмененный": "cancel", "скасувати": "cancel", "скасування": "cancel", "скасований": "cancel", "cancel": "cancel",
	"сбежать": "flight", "бегство": "flight", "втекти": "flight", "втеча": "flight", "flee": "flight",
	"обнаружить": "discovery", "обнаруженный": "discovery", "виявити": "discovery", "виявлений": "discovery", "discover": "discovery", "discovery": "discovery",
	"основать": "founding", "учредить": "founding", "заснувати": "founding", "found": "founding",
	"оцепить": "cordon", "оцепление": "cordon", "оцепленный": "cordon", "cordon": "cordon",
	"выставка": "exhibition", "виставка": "exhibition", "авиасалон": "exhibition", "авіасалон": "exhibition", "exhibition": "exhibition",
	// launch
	"запуск": "launch", "запустить": "launch", "запустити": "launch", "испытание": "launch", "випробування": "launch", "пуск": "launch", "launch": "launch",
	// failure
	"неудача": "failure", "невдача": "failure", "провал": "failure", "failure": "failure",
}

// pluralOnly are triggers that name the event only in the plural:
// "выборы" (elections), not "выбор" (a choice).
var pluralOnly = map[string][]string{
	"выбор": {"ы", "ов", "ам", "ами", "ах"},
	"вибір": {"и", "ів", "ам", "ами", "ах"},
}

// consequences are words that report an effect of an event ("погибли",
// "загинули"): beside an event noun ("теракт") the noun names the event.
var consequences = map[string]string{
	"погиб": "death", "погибнуть": "death", "загинути": "death", "загиблий": "death", "пострадать": "death", "постраждати": "death",
	"ранить": "death", "поранити": "death", "поранений": "death",
}

// phrases are two-word triggers: the first word's base form, then the second
// word as written (lower-cased).
var phrases = map[[2]string]string{
	{"ввести", "санкции"}:       "sanction",
	{"запровадити", "санкції"}:  "sanction",
	{"визнати", "винним"}:       "court",
	{"признать", "виновным"}:    "court",
	{"наземну", "операцію"}:     "military",
	{"перейти", "кордон"}:       "military",
	{"перейти", "границу"}:      "military",
	{"наземную", "операцию"}:    "military",
	{"массовый", "выступления"}: "protest",
	{"массовый", "выступлений"}: "protest",
	{"масовий", "виступи"}:      "protest",
	{"масовий", "виступів"}:     "protest",
	{"внести", "залог"}:         "supply",
	{"внести", "заставу"}:       "supply",
	{"взыскать", "залог"}:       "court",
	{"стягнути", "заставу"}:     "court",
}

// evidentials are two-word phrases that only say how something became
// known ("стало известно, что …"): the event is in what follows.
var evidentials = map[[2]string]bool{
	{"стать", "известно"}: true,
	{"стати", "відомо"}:   true,
}

// phraseHeads are the first words of phrases and evidentials.
var phraseHeads = func() map[string]bool {
	m := map[string]bool{}
	for p := range phrases {
		m[p[0]] = true
	}
	for p := range evidentials {
		m[p[0]] = true
	}
	return m
}()

// reportVerbs make a "report" event when a medium is their subject, and
// only with a date of their own.
var reportVerbs = map[string]bool{
	"сообщить": true, "сообщать": true, "написать": true, "писать": true, "повідомити": true, "повідомляти": true, "написати": true, "писати": true, "report": true,
}

// launchWords turn a nearby failure into a failed launch.
var launchWords = map[string]bool{"запуск": true, "запустить": true, "запустити": true, "пуск": true, "спутник": true, "супутник": true, "ракета": true, "launch": true}

// negations before a predicate, or after an event noun ("обстрілу не
// було"), cancel the event.
var negations = map[string]bool{"не": true, "ни": true, "ні": true, "not": true, "never": true, "нет": true, "немає": true}

// irrealis words make a clause hypothetical: conditionals and the
// subjunctive particle.
var irrealis = map[string]bool{"если": true, "якщо": true, "бы": true, "б": true, "би": true, "if": true, "would": true}

// subordinators open a new clause after a comma.
var subordinators = map[string]bool{
	"что": true, "чтобы": true, "который": true, "которая": true, "которое": true, "которые": true, "которого": true, "которой": true, "которых": true, "котором": true, "которым": true, "которую": true,
	"где": true, "когда": true, "если": true, "поскольку": true, "хотя": true, "пока": true,
	"що": true, "щоб": true, "який": true, "яка": true, "яке": true, "які": true, "якого": true, "якої": true, "яких": true, "якому": true, "яким": true, "якій": true, "яку": true,
	"де": true, "коли": true, "якщо": true, "бо": true, "оскільки": true, "хоча": true, "поки": true,
	"that": true, "which": true, "who": true, "when": true, "where": true, "because": true,
}

// asides open a parenthetical clause that names who says what the rest of
// the sentence says ("Как сообщил X, …", "…, як заявив X, …"); a comma
// closes it.
var asides = map[string]bool{"как": true, "як": true, "as": true}

// coordinators join clauses when a verb follows them.
var coordinators = map[string]bool{"и": true, "а": true, "но": true, "однако": true, "і": true, "й": true, "та": true, "але": true, "проте": true, "and": true, "but": true}

// anaphoricDates are phrases that date a sentence by the one before it
// ("в этот же день", "того ж дня").
var anaphoricDates = [][]string{
	{"в", "этот", "же", "день"}, {"в", "тот", "же", "день"}, {"тогда", "же"}, {"в", "тот", "день"},
	{"того", "ж", "дня"}, {"того", "же", "дня"}, {"цього", "ж", "дня"}, {"в", "цей", "же", "день"}, {"у", "цей", "же", "день"}, {"тоді", "ж"},
	{"the", "same", "day"},
}

// anaphoricStarts are the first words of anaphoricDates.
var anaphoricStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, ph := range anaphoricDates {
		m[ph[0]] = true
	}
	return m
}()

// deadlinePreps before a time expression make it a deadline, not the
// date of an event ("до 1 жовтня", "не позже среды").
var deadlinePreps = map[string]bool{"до": true, "позже": true, "пізніше": true, "by": true, "until": true}

// timeShifts say a sentence is about a later or earlier time than the one
// before it.
var timeShifts = map[string]bool{
	"позже": true, "позднее": true, "затем": true, "потом": true, "впоследствии": true, "ранее": true, "раньше": true, "прежде": true,
	"згодом": true, "пізніше": true, "потім": true, "раніше": true, "later": true, "earlier": true, "afterwards": true,
}

// turnMarkers open a sentence that adds another happening or sets one
// against the one before (one word, or two joined by a space).
var turnMarkers = map[string]bool{
	"также": true, "тоже": true, "кроме того": true, "помимо этого": true, "однако": true, "но": true, "впрочем": true, "при этом": true,
	"також": true, "крім того": true, "окрім того": true, "однак": true, "але": true, "проте": true, "втім": true, "при цьому": true,
	"also": true, "however": true, "but": true, "meanwhile": true,
}

// backRefs are the demonstratives and third-person pronouns by which a
// sentence points back to what the one before named.
var backRefs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`этот эта это этого этой этому этим этом эту эти этих этими такой такая такое такого такие таких таким данный
		цей ця це цього цієї цьому цим цю ці цих цими такий така таке такого такі таких таким даний
		он она они его ее её их ему ей им него нее неё них нему ней ним
		він вона вони його її їх йому їй їм нього неї них ньому ній ним
		this these such he she they him her them his their`) {
		m[w] = true
	}
	return m
}()

// complementizers open what a reporting verb reports.
var complementizers = map[string]bool{"что": true, "що": true, "that": true, "будто": true, "нібито": true}
