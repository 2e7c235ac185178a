package ner

import "strings"

// Head classes: what kind of name a common noun heads or introduces. They
// are features, not rules: "Ніццький договір" is a product because the
// model learnt that договір heads products, and it learns that from any
// treaty of the training data, not from this one.
const (
	headNone = iota
	headEVT  // выборы, саммит, война: heads of event names
	headPRO  // договор, закон, вакцина: heads of product names
	headORG  // партия, министерство, агентство
	headLOC  // область, штат, провинция
	headTitle
	headMedia // газета, телеканал, соцсеть: what media names follow
)

// headWords are lemmas (as morph gives them: lower case) by class, in
// Russian, Ukrainian and English. General vocabulary, written for the
// project.
var headWords = map[int]string{
	headEVT: `выборы вибори election elections саммит саміт summit война війна war референдум referendum
		олимпиада олімпіада olympics чемпионат чемпіонат championship конференция конференція conference форум forum
		пандемия пандемія pandemic эпидемия епідемія epidemic инаугурация інавгурація inauguration штурм storming
		теракт attack нападение напад операция операція operation переговоры переговори talks revolution революция
		революція кризис криза crisis фестиваль festival конкурс contest праймериз primaries primary вторжение
		вторгнення invasion блокада blockade аннексия анексія annexation катастрофа catastrophe disaster
		протест протести protests забастовка страйк strike парад parade марафон marathon турнир турнір tournament
		кубок cup игры ігри games встреча зустріч meeting визит візит visit учения навчання exercise exercises
		перемирие перемир'я truce ceasefire оккупация окупація occupation`,
	headPRO: `договор договір treaty закон law act конвенция конвенція convention соглашение угода agreement
		конституция конституція constitution вакцина vaccine препарат drug ракета missile rocket комплекс system
		газопровод газопровід pipeline трубопровод трубопровід меморандум memorandum декларация декларація
		declaration пакт pact хартия хартія charter директива directive регламент regulation резолюция резолюція
		resolution кодекс code устав статут statute программа програма programme program проект проєкт project
		самолет літак aircraft plane вертолет гелікоптер helicopter танк tank истребитель винищувач fighter
		смартфон smartphone приложение застосунок app мессенджер месенджер messenger соцсеть соцмережа
		платформа platform браузер browser spacecraft корабль корабель ship`,
	headORG: `партия партія party министерство міністерство ministry агентство агенція agency комиссия комісія
		commission комитет комітет committee парламент parliament правительство уряд government совет рада council
		компания компанія company корпорация корпорація corporation банк bank фонд fund суд court служба service
		университет університет university организация організація organisation organization союз союз union
		альянс alliance ассамблея асамблея assembly палата chamber house сенат senate конгресс конгрес congress
		администрация адміністрація administration департамент department управление управління office офис офіс
		штаб headquarters посольство embassy консульство consulate прокуратура prosecutor полиция поліція police
		армия армія army группа група group движение рух movement блок bloc фракция фракція faction`,
	headLOC: `область oblast region регион регіон провинция провінція province штат state район district округ
		county край krai республика республіка republic город місто city село village деревня river река річка
		море sea океан ocean остров острів island гора mountain озеро lake полуостров півострів peninsula
		улица вулиця street площадь площа square аэропорт аеропорт airport аэродром аеродром airfield авиабаза авіабаза airbase порт port вокзал station
		залив затока gulf bay пролив протока strait долина valley`,
	headTitle: `президент president премьер прем'єр premier министр міністр minister глава голова head
		канцлер chancellor спикер спікер speaker председатель senator сенатор депутат deputy посол ambassador
		генсек secretary секретарь секретар король king королева queen принц prince папа pope мэр мер mayor
		губернатор governor генерал general лидер лідер leader директор director глава chief представитель
		представник spokesman spokeswoman spokesperson журналист журналіст journalist эксперт експерт expert
		господин пан mr mrs ms dr sir lord lady`,
	headMedia: `газета newspaper журнал magazine телеканал channel радиостанция радіостанція radio агентство
		agency издание видання outlet портал portal сайт site website соцсеть соцмережа мессенджер месенджер
		телеграм-канал блог blog`,
}

// headIndex maps the hash of a head lemma to its class.
var headIndex = func() *table[uint8] {
	m := newTable[uint8](0)
	for class := headEVT; class <= headMedia; class++ { // in order: the first class of a word wins
		for _, w := range strings.Fields(headWords[class]) {
			if _, dup := m.get(hashString(w)); !dup {
				m.set(hashString(w), uint8(class))
			}
		}
	}
	return m
}()

// WordClass is what a dictionary says of a word: whether it knows it as a
// common word, as a proper name (the dictionary writes it capitalised:
// Москва, Путин), both, or not at all.
type WordClass uint8

// The word classes; Lower marks a word written in lower case, which the
// tagger does not look up.
const (
	ClassUnknown WordClass = iota
	ClassCommon
	ClassProper
	ClassBoth
	ClassLower
)

// WordClasser gives the WordClass of a word in a language.
type WordClasser func(word, lang string) WordClass
