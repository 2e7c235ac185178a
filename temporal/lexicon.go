package temporal

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// lexKind is the role a word plays in temporal expressions.
type lexKind uint8

const (
	lxNone       lexKind = iota
	lxMonth              // val: 1–12
	lxMonthAdj           // "сентябрьский", "серпневий"; val: 1–12
	lxWeekday            // val: time.Weekday
	lxRelDay             // val: day offset from publication
	lxTimeOfDay          // "утром", "увечері", "evening"
	lxSeason             // val: season
	lxMod                // val: mod
	lxRelAdj             // "прошлой", "минулого", "next"; val: offset
	lxUnit               // val: unit
	lxPrep               // flags say which
	lxConj               // "и", "і", "та", "and", ","
	lxAgo                // "назад", "тому", "ago"
	lxRelYear            // "торік"; val: year offset
	lxNumWord            // "три", "two"; val: number
	lxGlue               // "the", "of"
	lxFuture             // a future-tense marker
	lxOrdinal            // "первом", "третьому", "first"; val: 1–4
	lxQuarter            // "квартале", "кварталі", "quarter"
	lxHalf               // "половине": "в первой половине сентября"
	lxEdgeDays           // "первых", "последних": "в первых числах октября"; val: mod
	lxDaysNoun           // "числах", "днях"
	lxLater              // "через", "спустя": "через два дня"
	lxMonthAbbr          // "дек", "лист": a month only right after a day number; val: 1–12
	lxHalfYear           // "полугодии", "півріччі"
	lxHoliday            // the key word of a holiday; val: index in holidays
	lxDayOrd             // an ordinal day: "пятого", "двадцятого"; val: 1–30
	lxHolPrefix          // a word that may begin a holiday's name: "Дню", "католическое"
	lxDecadeWord         // "нулевых", "девяностые", "дев'яностих"; val: the decade's tens digit
	lxRoman              // a Roman numeral ("XXI", "ХХ"), set by the tokenizer; val: its value
	lxCentury            // "век", "століття"
	lxWeekend            // "уикенд", "выходные", "вихідних", "weekend"; "уик" of "уик-энд"
)

// Word flags.
const (
	fNom      uint32 = 1 << iota // month/weekday/season nominative
	fGen                         // genitive
	fLoc                         // locative ("мае", "липні"); accusative for weekdays ("среду")
	fEn                          // English word: must be capitalised when a month or weekday
	fWeak                        // ambiguous form that needs a date or time of day beside it
	fAdv                         // season adverb ("летом", "влітку")
	fPrepIn                      // в, у, во, in, on, at
	fFrom                        // с, з, від, from, between, since
	fTo                          // по, до, to, until, through
	fYearWord                    // год, року, г, р, year
	fPlural                      // годах, років: plural year word (decades)
	fUkOnly                      // a Ukrainian form that is another word in Russian
	fRuOnly                      // a Russian form that is another word (or a name) in Ukrainian
	fFuture                      // also a future marker
	fAbbr                        // abbreviation that may take a dot
	fAdj                         // adjective of a relative day ("вчерашний")
	fDat                         // dative month or weekday ("к маю", "к пятнице")
	fGov                         // a word that governs a genitive date: "после", "протягом"
	fIns                         // instrumental month ("жовтнем", "мартом")
)

const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
)

const (
	seasonSpring = iota + 1
	seasonSummer
	seasonFall
	seasonWinter
)

const (
	modEarly = iota + 1
	modMid
	modLate
)

var modNames = [...]string{"", "early", "mid", "late"}

type lexEntry struct {
	kind  lexKind
	val   int8
	flags uint32
}

// lexicon returns the word table, built once; it is never changed after.
var lexicon = sync.OnceValue(buildLexicon)

func buildLexicon() map[string]lexEntry {
	m := make(map[string]lexEntry, 1200)
	add := func(kind lexKind, val int, flags uint32, words string) {
		for w := range strings.FieldsSeq(words) {
			if _, dup := m[w]; dup && kind == lxFuture {
				continue
			}
			m[w] = lexEntry{kind: kind, val: int8(val), flags: flags}
		}
	}
	months := [12][7]string{
		// ru nom, ru gen, ru loc, uk nom, uk gen, uk loc, en (+abbreviations)
		{"январь", "января", "январе", "січень", "січня", "січні", "january jan"},
		{"февраль", "февраля", "феврале", "лютий", "лютого", "лютому", "february feb"},
		{"март", "марта", "марте", "березень", "березня", "березні", "march mar"},
		{"апрель", "апреля", "апреле", "квітень", "квітня", "квітні", "april apr"},
		{"май", "мая", "мае", "травень", "травня", "травні", "may"},
		{"июнь", "июня", "июне", "червень", "червня", "червні", "june jun"},
		{"июль", "июля", "июле", "липень", "липня", "липні", "july jul"},
		{"август", "августа", "августе", "серпень", "серпня", "серпні", "august aug"},
		{"сентябрь", "сентября", "сентябре", "вересень", "вересня", "вересні", "september sep sept"},
		{"октябрь", "октября", "октябре", "жовтень", "жовтня", "жовтні", "october oct"},
		{"ноябрь", "ноября", "ноябре", "листопад", "листопада", "листопаді", "november nov"},
		{"декабрь", "декабря", "декабре", "грудень", "грудня", "грудні", "december dec"},
	}
	for i, f := range months {
		n := i + 1
		add(lxMonth, n, fNom, f[0])
		add(lxMonth, n, fGen, f[1])
		add(lxMonth, n, fLoc, f[2])
		uk := uint32(0)
		if n == 2 || n == 11 { // лютий "fierce", листопад "leaf fall"
			uk = fUkOnly
		}
		add(lxMonth, n, fNom|uk, f[3])
		add(lxMonth, n, fGen|uk, f[4])
		add(lxMonth, n, fLoc|uk, f[5])
		add(lxMonth, n, fNom|fGen|fLoc|fEn|fAbbr, f[6])
	}
	m["мая"] = lexEntry{lxMonth, 5, fGen | fRuOnly} // "Мая Санду" in Ukrainian
	// Dative months, read after "к": "к маю", "к декабрю 2015-го". The
	// Ukrainian dative equals the locative except for листопаду.
	for n, w := range strings.Fields("январю февралю марту апрелю маю июню июлю августу сентябрю октябрю ноябрю декабрю") {
		m[w] = lexEntry{lxMonth, int8(n + 1), fDat | fRuOnly} // "маю" is "I have" in Ukrainian
	}
	m["листопаду"] = lexEntry{lxMonth, 11, fDat | fUkOnly}
	// Instrumental months, read after a preposition ("порівняно з жовтнем
	// минулого року", "перед мартом") or before a year; "лютим" is left
	// out ("fierce").
	for n, w := range strings.Fields("январем февралем мартом апрелем маем июнем июлем августом сентябрем октябрем ноябрем декабрем") {
		m[w] = lexEntry{lxMonth, int8(n + 1), fIns | fRuOnly}
	}
	for n, w := range strings.Fields("січнем - березнем квітнем травнем червнем липнем серпнем вереснем жовтнем листопадом груднем") {
		if w != "-" {
			m[w] = lexEntry{lxMonth, int8(n + 1), fIns | fUkOnly}
		}
	}
	// Abbreviated months, read only right after a day number ("5 дек.",
	// "12 лист", "МОСКВА, 9 июл"); the ones that are not words take a dot
	// without ending the sentence.
	for n, ws := range [12]string{"янв", "фев", "мар", "апр", "", "июн", "июл", "авг", "сен сент", "окт", "ноя нояб", "дек"} {
		for w := range strings.FieldsSeq(ws) {
			m[w] = lexEntry{lxMonthAbbr, int8(n + 1), fAbbr}
		}
	}
	for n, ws := range [12]string{"січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"} {
		fl := fAbbr
		if ws == "лист" || ws == "лип" || ws == "трав" || ws == "лют" { // also words: "letter", "limes", "herbs", "fierce"
			fl = 0
		}
		m[ws] = lexEntry{lxMonthAbbr, int8(n + 1), fl}
	}
	m["лютім"] = lexEntry{lxMonth, 2, fLoc | fUkOnly}

	weekdays := [7][2]string{ // Sunday first, as time.Weekday
		{"воскресенье:NL воскресенья:G воскресенью:D", "неділя:N неділю:L неділі:G"},
		{"понедельник:NL понедельника:G понедельнику:D", "понеділок:NL понеділка:G"},
		{"вторник:NL вторника:G вторнику:D", "вівторок:NL вівторка:G"},
		{"среда:NW среду:L среды:GW среде:DW", "середа:N середу:L середи:G"},
		{"четверг:NL четверга:G четвергу:D", "четвер:NL четверга:G"},
		{"пятница:N пятницу:L пятницы:G пятнице:D", "п'ятниця:N п'ятницю:L п'ятниці:G"},
		{"суббота:N субботу:L субботы:G субботе:D", "субота:N суботу:L суботи:G"},
	}
	for wd, langs := range weekdays {
		for _, forms := range langs {
			for f := range strings.FieldsSeq(forms) {
				w, tags, _ := strings.Cut(f, ":")
				var fl uint32
				for _, t := range tags {
					switch t {
					case 'N':
						fl |= fNom
					case 'G':
						fl |= fGen
					case 'L':
						fl |= fLoc
					case 'W':
						fl |= fWeak
					case 'D':
						fl |= fDat
					}
				}
				m[w] = lexEntry{lxWeekday, int8(wd), fl}
			}
		}
	}
	for wd, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		m[w] = lexEntry{lxWeekday, int8(wd), fNom | fGen | fLoc | fEn}
	}

	add(lxRelDay, -2, 0, "позавчера позавчора")
	add(lxRelDay, -1, 0, "вчера вчора учора yesterday")
	add(lxRelDay, 0, 0, "сегодня сьогодні today")
	add(lxRelDay, 1, 0, "завтра tomorrow")
	add(lxRelDay, 2, 0, "послезавтра післязавтра")
	// "вчерашний", "сьогоднішня", "завтрашнего": adjectives of the relative days.
	for stem, off := range map[string]int{"позавчерашн": -2, "вчерашн": -1, "сегодняшн": 0, "завтрашн": 1, "позавчорашн": -2, "вчорашн": -1, "учорашн": -1, "сьогоднішн": 0} {
		for e := range strings.FieldsSeq("ий его ему им ем яя ей юю ее ие их ими ій ього ьому ім я ьої ю є і іх іми") {
			if _, dup := m[stem+e]; !dup {
				m[stem+e] = lexEntry{kind: lxRelDay, val: int8(off), flags: fAdj}
			}
		}
	}
	add(lxTimeOfDay, 0, 0, "утром вечером днем ночью поздно рано вранці зранку уранці увечері ввечері вдень удень вночі уночі пізно morning evening afternoon night")
	add(lxSeason, seasonSummer, fAdv, "летом влітку улітку літом")
	add(lxSeason, seasonWinter, fAdv, "зимой зимою взимку узимку")
	add(lxSeason, seasonSpring, fAdv, "весной весною навесні")
	add(lxSeason, seasonFall, fAdv, "осенью восени увосени осінню")
	add(lxSeason, seasonSummer, fNom|fGen, "лето лета літо літа лету літу")
	add(lxSeason, seasonWinter, fNom|fGen, "зима зимы зими зиме зимі")
	add(lxSeason, seasonSpring, fNom|fGen, "весна весны весни весне весні")
	add(lxSeason, seasonFall, fNom|fGen, "осень осени осінь осені")
	add(lxSeason, seasonSummer, fNom|fEn, "summer")
	add(lxSeason, seasonWinter, fNom|fEn, "winter")
	add(lxSeason, seasonSpring, fNom|fEn, "spring")
	add(lxSeason, seasonFall, fNom|fEn|fWeak, "autumn fall")

	add(lxMod, modEarly, 0, "начале начала начало началу началом початку початок початком early beginning start")
	add(lxMod, modMid, 0, "середине середины середину середина серединой середині середини середина серединою mid middle")
	add(lxMod, modLate, 0, "конце конца концу конец концом кінці кінця кінцем кінець наприкінці late end")

	add(lxRelAdj, -1, 0, "прошлые минувшие прошедшие минулі")
	add(lxRelAdj, 0, 0, "эти ці")
	add(lxRelAdj, 1, 0, "следующие наступні")
	add(lxRelAdj, -1, 0, "предыдущем предыдущего предыдущей предыдущий предыдущую попередньому попереднього попередній попередньої попередню")
	add(lxRelAdj, -1, 0, "прошедшей прошедшем прошедшего прошедший прошедшую прошедшим прошлой прошлом прошлого прошлый прошлую прошлым минувшей минувшем минувшего минувший минувшую минувшим минулого минулому минулий минулої минулій минулу минулим last previous")
	add(lxRelAdj, -2, 0, "позапрошлом позапрошлого позапрошлой позаминулого позаминулому позаминулий")
	add(lxRelAdj, 0, 0, "этой этом этого этот эту этим текущем текущего текущей нынешнем нынешнего цього цьому цей цієї цій цю поточного поточному нинішнього this")
	add(lxRelAdj, 1, 0, "следующей следующем следующего следующий следующую следующим будущем будущего наступного наступному наступний наступної наступній наступну наступним next")

	add(lxUnit, unitDay, 0, "день дня дней дні днів днями day days")
	add(lxUnit, unitWeek, 0, "неделе неделю недели неделя недель тижні тиждень тижня тижнів week weeks")
	add(lxUnit, unitMonth, 0, "месяце месяца месяц месяцев місяці місяця місяць місяців month months")
	add(lxUnit, unitYear, fYearWord, "году года год році року рік year")
	add(lxUnit, unitYear, fYearWord|fAbbr, "г гг р рр")
	add(lxUnit, unitYear, fYearWord|fPlural, "годах годов годы роках років роки лет years")

	add(lxPrep, 0, fPrepIn, "в во у in on at")
	add(lxPrep, 0, 0, "на к ко за of о об около близько приблизно about around")
	add(lxPrep, 0, fFrom, "с со з із зі від since from between между між")
	add(lxPrep, 0, fTo, "по до to until till through by")
	add(lxPrep, 0, fGov, "после після перед накануне напередодні протягом впродовж продовж after before during")
	add(lxConj, 0, 0, "и і та й and or или або")
	add(lxAgo, 0, 0, "назад тому ago")
	add(lxLater, 0, 0, "через спустя")
	add(lxRelYear, -1, 0, "торік")
	add(lxRelYear, -2, 0, "позаторік")
	add(lxNumWord, 1, 0, "один одну одна одного a one")
	add(lxNumWord, 2, 0, "два две дві two")
	add(lxNumWord, 3, 0, "три three")
	add(lxNumWord, 4, 0, "четыре чотири four")
	add(lxNumWord, 5, 0, "пять п'ять five")
	add(lxNumWord, 6, 0, "шесть шість six")
	add(lxNumWord, 7, 0, "семь сім seven")
	add(lxNumWord, 8, 0, "восемь вісім eight")
	add(lxNumWord, 9, 0, "девять дев'ять nine")
	add(lxNumWord, 10, 0, "десять ten")
	add(lxNumWord, 20, 0, "двадцать двадцять twenty")
	add(lxNumWord, 30, 0, "тридцать тридцять thirty")
	add(lxNumWord, 40, 0, "сорок forty")
	add(lxNumWord, 50, 0, "пятьдесят п'ятдесят fifty")
	add(lxNumWord, 15, 0, "пятнадцать п'ятнадцять fifteen")
	add(lxNumWord, 11, 0, "одиннадцать одинадцять eleven")
	add(lxNumWord, 12, 0, "двенадцать дванадцять twelve")
	// Ordinal days: "пятого мая", "первое сентября", "двадцять п'ятого березня".
	for d, forms := range map[int]string{
		1: "первое перше", 2: "второе друге", 3: "третье третє", 4: "четвертое четвёртое четверте",
		5: "пятое пятого п'яте п'ятого", 6: "шестое шестого шосте шостого", 7: "седьмое седьмого сьоме сьомого",
		8: "восьмое восьмого восьме восьмого", 9: "девятое девятого дев'яте дев'ятого", 10: "десятое десятого десяте десятого",
		11: "одиннадцатое одиннадцатого одинадцяте одинадцятого", 12: "двенадцатое двенадцатого дванадцяте дванадцятого",
		13: "тринадцатое тринадцатого тринадцяте тринадцятого", 14: "четырнадцатое четырнадцатого чотирнадцяте чотирнадцятого",
		15: "пятнадцатое пятнадцатого п'ятнадцяте п'ятнадцятого", 16: "шестнадцатое шестнадцатого шістнадцяте шістнадцятого",
		17: "семнадцатое семнадцатого сімнадцяте сімнадцятого", 18: "восемнадцатое восемнадцатого вісімнадцяте вісімнадцятого",
		19: "девятнадцатое девятнадцатого дев'ятнадцяте дев'ятнадцятого", 20: "двадцатое двадцатого двадцяте двадцятого",
		30: "тридцатое тридцатого тридцяте тридцятого",
	} {
		add(lxDayOrd, d, 0, forms)
	}
	for n, forms := range holidayWords {
		add(lxHoliday, n, 0, forms)
	}
	for w := range strings.FieldsSeq(holidayPrefixes) {
		if _, ok := m[w]; !ok {
			m[w] = lexEntry{kind: lxHolPrefix}
		}
	}
	for d, forms := range [...]string{
		0: "нулевые нулевых нулевым нулевыми нульові нульових нульовим",
		2: "двадцатые двадцатых двадцяті двадцятих", 3: "тридцатые тридцатых тридцяті тридцятих",
		4: "сороковые сороковых сорокові сорокових", 5: "пятидесятые пятидесятых п'ятдесяті п'ятдесятих",
		6: "шестидесятые шестидесятых шістдесяті шістдесятих", 7: "семидесятые семидесятых сімдесяті сімдесятих",
		8: "восьмидесятые восьмидесятых вісімдесяті вісімдесятих",
		9: "девяностые девяностых девяностым девяностыми дев'яності дев'яностих дев'яностим",
	} {
		add(lxDecadeWord, d, 0, forms)
	}
	add(lxWeekend, 0, 0, "уикенд уикенда уикенде уикэнд уик выходные выходных выходным вихідні вихідних вихідними weekend")
	add(lxCentury, 0, 0, "век века веке веку веком веков столетия столетие столетии століття столітті сторіччя сторіччі вв century")
	add(lxGlue, 0, 0, "the")
	add(lxOrdinal, 1, 0, "первом первого первый першому першого перший первой першій первую першу first")
	add(lxOrdinal, 2, 0, "втором второго второй другому другого другий другій вторую другу second")
	add(lxHalf, 0, 0, "половине половины половині половини половину half")
	add(lxEdgeDays, modEarly, 0, "первых первые перших перші")
	add(lxEdgeDays, modLate, 0, "последних последние останніх останні")
	add(lxDaysNoun, 0, 0, "числах числа днях дни декаде декады декаді декади")
	add(lxOrdinal, 3, 0, "третьем третьего третий третьей третьому третього третій third")
	add(lxOrdinal, 4, 0, "четвертом четвертого четвертый четвёртом четвёртого четвертому четвертий fourth")
	add(lxQuarter, 0, 0, "квартале квартала квартал кварталі кварталу quarter")
	add(lxHalfYear, 0, 0, "полугодии полугодия полугодие полугодию півріччі півріччя півріччю")
	add(lxFuture, 0, 0, `будет будут буду будем станет станут планирует планируют планируется
		запланирован запланирована запланировано запланированы намерен намерена намерены собирается
		собираются ожидается ожидаются состоится состоятся пройдет пройдёт пройдут начнется начнётся
		откроется посетит отправится прибудет проведет проведёт проведут намечен намечена намечено
		предстоящий предстоящей предстоящем предстоящих предстоящие предстоящего предстоящую предстоящим
		майбутніх майбутні майбутнього майбутню майбутнім
		буде будуть будемо планує планують планується запланований запланована заплановано заплановані
		очікується очікуються відбудеться відбудуться розпочнеться почнеться проведе проведуть відвідає
		вирушить прибуде стане майбутній майбутньому обещая обещает обещают обещаем обіцяючи обіцяє обіцяють
		может могут можуть може смогут зможуть должен должна должны повинен повинна повинні
		состояться пройти відбутися начаться розпочатися
		will plans planned expected scheduled upcoming due`)
	return m
}

// monthAdjStems are the stems of the month adjectives ("сентябрьский
// саммит", "серпневий наступ"); an adjective is a stem plus one of
// adjEndings.
var monthAdjStems = [12][2]string{
	{"январск", "січнев"}, {"февральск", "лютнев"}, {"мартовск", "березнев"},
	{"апрельск", "квітнев"}, {"майск", "травнев"}, {"июньск", "червнев"},
	{"июльск", "липнев"}, {"августовск", "серпнев"}, {"сентябрьск", "вересн"},
	{"октябрьск", "жовтнев"}, {"ноябрьск", "листопадов"}, {"декабрьск", "груднев"},
}

var adjEndings = map[string]bool{
	"ий": true, "ого": true, "ому": true, "им": true, "ом": true, "ая": true, "ой": true,
	"ую": true, "ое": true, "ие": true, "их": true, "ими": true, "ым": true, "ых": true,
	"ім": true, "а": true, "ої": true, "ій": true, "у": true, "е": true, "і": true,
	// "вересневий": the Ukrainian September stem takes "ев" before the ending.
	"евий": true, "евого": true, "евому": true, "евим": true, "евім": true, "ева": true,
	"евої": true, "евій": true, "еву": true, "еве": true, "еві": true, "евих": true, "евими": true,
}

// adjStemsByFirst groups the month-adjective stems by their first rune.
var adjStemsByFirst = sync.OnceValue(func() map[rune][]int {
	m := map[rune][]int{}
	for i, st := range monthAdjStems {
		for _, s := range st {
			r, _ := utf8.DecodeRuneInString(s)
			m[r] = append(m[r], i)
		}
	}
	return m
})

// monthAdjective returns the month of a month adjective, 0 if w is not one.
func monthAdjective(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	for _, i := range adjStemsByFirst()[r] {
		for _, s := range monthAdjStems[i] {
			if rest, ok := strings.CutPrefix(w, s); ok && adjEndings[rest] {
				if s == "вересн" && !strings.HasPrefix(rest, "ев") {
					continue
				}
				return i + 1
			}
		}
	}
	return 0
}
