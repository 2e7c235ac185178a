package temporal

import (
	"strings"
	"sync"
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
	lxThat               // "тот", "того", "той", "другой": may begin "того же дня", "на другой день"
	lxNight              // "ночь", "ніч": "в ночь на 13 ноября"
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
	fEve                         // "накануне", "напередодні": a preposition that may stand alone as an adverb
	fAdjWd                       // a weekday adjective: "воскресный", "недільного"
	fNear                        // "ближайшую", "найближчу": next, for weekdays and weekends only
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

// lexMap is the word table while it is built.
type lexMap map[string]lexEntry

// add gives every word of words the kind, value and flags; a future marker
// does not override another kind.
func (m lexMap) add(kind lexKind, val int, flags uint32, words string) {
	for w := range strings.FieldsSeq(words) {
		if _, dup := m[w]; dup && kind == lxFuture {
			continue
		}
		m[w] = lexEntry{kind: kind, val: int8(val), flags: flags}
	}
}

func buildLexicon() map[string]lexEntry {
	m := lexMap(make(map[string]lexEntry, 1400))
	add := m.add
	addMonths(m)
	addWeekdays(m)

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
	add(lxTimeOfDay, 0, 0, `утром вечером днем ночью поздно рано вранці зранку уранці увечері ввечері вдень удень вночі уночі пізно
		вечеру вечора опівдні опівночі пополудні morning evening afternoon night`)
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
	add(lxRelAdj, -1, 0, "прошлое прошедшее минувшее минуле")
	add(lxRelAdj, 0, 0, `нынешней нынешнюю нынешний нынешнее нынешним текущую текущий текущее текущим
		поточній поточну поточний поточним нинішній нинішньому нинішню нинішньої нинішнім`)
	add(lxRelAdj, 1, 0, "следующее будущей будущую будущий будущее будущим наступне")
	// "в ближайшую субботу", "у найближчу п'ятницю": the next weekday or weekend, not a unit ("в ближайший месяц" is a span of time)
	add(lxRelAdj, 1, fNear, "ближайшую ближайший ближайшее ближайшие ближайших найближчу найближчий найближчої найближчі найближчих")

	add(lxUnit, unitDay, 0, "день дня дні day доба добу доби добі сутки суток")
	add(lxUnit, unitDay, fPlural, "дней днів днями days")
	add(lxUnit, unitWeek, 0, "неделе неделю недели неделя тижні тиждень тижня week")
	add(lxUnit, unitWeek, fPlural, "недель тижнів weeks")
	add(lxUnit, unitWeek, 0, "неделей тижнем") // instrumental: "неделей ранее", "з минулим тижнем"
	add(lxUnit, unitWeek, fPlural, "неделями тижнями")
	add(lxUnit, unitMonth, 0, "месяцем місяцем")
	add(lxUnit, unitMonth, fPlural, "месяцами місяцями")
	add(lxUnit, unitYear, fYearWord, "годом роком") // "по сравнению с 2015 годом", "годом ранее"
	add(lxUnit, unitYear, fYearWord|fPlural, "годами роками")
	add(lxUnit, unitMonth, 0, "месяце месяца месяц місяці місяця місяць month")
	add(lxUnit, unitMonth, fPlural, "месяцев місяців months")
	add(lxUnit, unitYear, fYearWord, "году года год році року рік year")
	add(lxUnit, unitYear, fYearWord|fAbbr, "г гг р рр")
	add(lxUnit, unitYear, fYearWord|fPlural, "годах годов годы роках років роки лет years")

	add(lxPrep, 0, fPrepIn, "в во у in on at")
	add(lxPrep, 0, 0, "на к ко за of о об около близько приблизно about around")
	add(lxPrep, 0, fFrom, "с со з із зі від since from between между між")
	add(lxPrep, 0, fTo, "по до to until till through by")
	add(lxPrep, 0, fGov, "после після перед протягом впродовж продовж after before during")
	add(lxPrep, 0, fGov|fEve, "накануне напередодні")
	add(lxPrep, 0, fGov, "канун кануне кануну") // "в канун Рождества": the feast is the date
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
	// Instrumental numbers: "двумя днями раньше", "трьома роками пізніше".
	for n, forms := range [...]string{2: "двумя двома", 3: "тремя трьома", 4: "четырьмя чотирма", 5: "пятью п'ятьма",
		6: "шестью шістьма", 8: "восемью вісьмома", 10: "десятью десятьма"} {
		add(lxNumWord, n, fIns, forms)
	}
	// Genitive counts, read only after "около", "близько": "около двух месяцев назад".
	for n, forms := range [...]string{2: "двух двох", 3: "трёх трех трьох", 4: "четырёх четырех чотирьох", 5: "пяти п'яти",
		6: "шести шістьох", 7: "семи сімох", 8: "восьми вісьмох", 9: "девяти дев'яти", 10: "десяти"} {
		add(lxNumWord, n, fGen, forms)
	}
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
	add(lxThat, 0, 0, "тот того той том другой")
	add(lxNight, 0, 0, "ночь ніч")
	for w := range nthWords { // "в последнюю субботу": words a rule starts after a preposition
		if _, ok := m[w]; !ok {
			m[w] = lexEntry{kind: lxThat}
		}
	}
	add(lxWeekend, 0, 0, `уикенд уикенда уикенде уикенду уикендом уикэнд уикэнда уикэнде уикэнду уикэндом уик
		выходные выходных выходным вихідні вихідних вихідними вікенд вікенду вікенді вікендом weekend`)
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
