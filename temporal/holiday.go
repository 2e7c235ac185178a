package temporal

import (
	"sort"
	"strings"
)

// holiday is a holiday on a fixed day of the civil (Gregorian) calendar.
//
// Orthodox feasts are given on the day the Julian church calendar puts
// them in the civil one (Christmas 7 January), as in Russia. Ukraine moved
// its state and church calendar to the Revised Julian one in 2023 (law of
// 28 July 2023; the Orthodox Church of Ukraine from 1 September 2023):
// Christmas is 25 December there, the Defenders' Day 1 October, Victory
// Day 8 May (from 2023), and a Ukrainian word for such a feast ("Різдво")
// takes the new day from then on (uaM, uaD).
type holiday struct {
	m, d     int
	uaM, uaD int    // the day in Ukraine after the 2023 reform; 0 if unchanged
	country  bool   // the day depends on the country: "День независимости"
	dayWord  bool   // the key word follows "День"/"Дня"/"Day": "День Победы"
	easter   bool   // movable: Easter (m, d is a mid-season stand-in) …
	easterOf int    // … and this many days after it (Trinity +49, Palm Sunday -7)
	before   string // the word between "День" and the key ("народного"); "-" allows none
	after    string // words that may follow the key and belong to the name ("Христово")
	need     bool   // one of the after words must follow ("Вербное воскресенье", "сил України")
	noIn     bool   // not after "в", "у": "верой в Троицу" is the dogma
}

// holidays are indexed by the lexicon's lxHoliday entries (val).
var holidays = [...]holiday{
	0:  {m: 1, d: 7, after: "христово христова христову христовым"},                                                    // Рождество (ru: Orthodox)
	1:  {m: 1, d: 7, uaM: 12, uaD: 25, after: "христове христового христовому христовим господнє"},                     // Різдво
	2:  {m: 12, d: 25},                                                                                                 // Christmas, католическое Рождество
	3:  {m: 1, d: 1},                                                                                                   // Новый год, Новий рік
	4:  {m: 1, d: 14},                                                                                                  // Старый Новый год
	5:  {m: 8, d: 24, country: true, dayWord: true},                                                                    // День независимости / незалежності
	6:  {m: 5, d: 9, dayWord: true},                                                                                    // День Победы
	7:  {m: 5, d: 9, uaM: 5, uaD: 8, dayWord: true},                                                                    // День Перемоги
	8:  {m: 12, d: 12, dayWord: true},                                                                                  // День Конституции (Russia)
	9:  {m: 6, d: 28, dayWord: true},                                                                                   // День Конституції (Ukraine)
	10: {m: 6, d: 12, dayWord: true},                                                                                   // День России
	11: {m: 9, d: 1, dayWord: true},                                                                                    // День знаний / знань
	12: {m: 2, d: 23, dayWord: true, after: "отечества"},                                                               // День защитника Отечества
	13: {m: 10, d: 14, uaM: 10, uaD: 1, dayWord: true, after: "україни і захисниць та"},                                // День захисника України / захисників і захисниць
	14: {m: 11, d: 4, dayWord: true, before: "народного"},                                                              // День народного единства
	15: {m: 1, d: 22, dayWord: true, after: "україни"},                                                                 // День Соборности / Соборності
	16: {m: 2, d: 14, dayWord: true, before: "святого"},                                                                // День святого Валентина
	17: {m: 12, d: 19, dayWord: true, before: "святого"},                                                               // День святого Николая
	18: {m: 12, d: 19, uaM: 12, uaD: 6, dayWord: true, before: "святого"},                                              // День святого Миколая
	19: {m: 10, d: 31},                                                                                                 // Хэллоуин, Halloween
	20: {m: 1, d: 19},                                                                                                  // Крещение
	21: {m: 1, d: 19, uaM: 1, uaD: 6},                                                                                  // Водохреще
	22: {m: 1, d: 6},                                                                                                   // Сочельник
	23: {m: 1, d: 6, uaM: 12, uaD: 24},                                                                                 // Святвечір
	24: {m: 4, d: 15, easter: true},                                                                                    // Пасха, Великдень (Orthodox), Easter (Western)
	25: {m: 6, d: 5, easter: true, easterOf: 49, noIn: true},                                                           // Троица, Трійця
	26: {m: 4, d: 8, easter: true, easterOf: -7, need: true, after: "воскресенье воскресенья неділя неділі неділю"},    // Вербное воскресенье
	27: {m: 2, d: 14, dayWord: true, before: "- всех всіх усіх"},                                                       // День (всех) влюбленных, День закоханих
	28: {m: 6, d: 1, dayWord: true, before: "защиты захисту"},                                                          // День защиты детей
	29: {m: 11, d: 21, dayWord: true, after: "та і свободи"},                                                           // День Гідності та Свободи
	30: {m: 12, d: 6, dayWord: true, before: "збройних вооруженных вооружённых", after: "україни украины", need: true}, // День Збройних Сил України
	31: {m: 8, d: 23, dayWord: true, before: "державного"},                                                             // День Державного Прапора
	32: {m: 4, d: 12, dayWord: true},                                                                                   // День космонавтики
}

// holidayWords maps the forms of each holiday's key word to its index.
var holidayWords = map[int]string{
	0:  "рождество рождества рождеству рождеством рождестве",
	1:  "різдво різдва різдву різдвом різдві",
	2:  "christmas",
	3:  "новый нового новому новым новий новим",
	5:  "независимости незалежності",
	6:  "победы",
	7:  "перемоги",
	8:  "конституции",
	9:  "конституції",
	10: "россии",
	11: "знаний знань",
	12: "защитника",
	13: "захисника захисників",
	14: "единства",
	15: "соборности соборності",
	16: "валентина",
	17: "николая",
	18: "миколая",
	19: "хэллоуин хэллоуина хеллоуин хеллоуина гелловін гелловіна хелловін хелловіна halloween",
	20: "крещение крещения крещению крещением",
	21: "водохреще водохреща водохрещу водохрещі",
	22: "сочельник сочельника сочельнику",
	23: "святвечір святвечора святвечору",
	24: "пасха пасхи пасху пасхой пасхе великдень великодня великодню великоднем великодні easter",
	25: "троица троицы троицу троицей трійця трійці трійцю трійцею",
	26: "вербное вербного вербному вербным вербна вербної вербну вербній",
	27: "влюбленных влюблённых закоханих",
	28: "детей дітей",
	29: "гідності",
	30: "сил",
	31: "прапора",
	32: "космонавтики",
}

// holidayPrefixes are words that can begin a holiday's name before its key
// word; the lexicon marks them so that the scanner tries them.
const holidayPrefixes = `день дня дню днем днём дне дні
	старый старого старому старым старий старим
	католическое католического католическому католическим католическом западное западного западному
	католицьке католицького католицькому католицьким католицькім західне західного
	католическая католической католическую католицький західний
	еврейская еврейской еврейскую иудейская иудейской єврейський єврейського юдейський`

// matchHoliday matches a fixed-date holiday used as a date: after a
// preposition ("на Рождество", "до Нового року", "ко Дню независимости",
// "перед Різдвом") or with a year ("Різдво 2022 року", "День Победы этого
// года"). A bare name ("испортила Рождество") is not read as a date.
func (s *scanner) matchHoliday(i int) []cand {
	sent := s.toks[i].sent
	k := i
	prep := s.at(k, sent).isPrep(0)
	if prep {
		k++
	}
	relAt := k
	rel := s.at(k, sent).isLex(lxRelDay) && s.at(k, sent).lex.flags&fAdj != 0 // "вчерашнего", "завтрашнього"
	if rel {
		k++
	}
	start := k
	if f := s.at(k, sent); !f.isLex(lxHoliday) && !f.isLex(lxHolPrefix) && !(f.isLex(lxUnit) && f.lex.val == unitDay) && !f.tod() {
		return nil // the first word cannot begin a holiday's name
	}
	western, old, dayAt := false, false, -1
	var before string
	for n := 0; n < 3; n++ {
		t := s.at(k, sent)
		if t == nil || t.kind != tWord || t.isLex(lxHoliday) {
			break
		}
		w := strings.ToLower(s.text[t.start:t.end])
		switch {
		case westernAdj[w] && n == 0:
			western = true
		case jewishAdj[w] && n == 0:
			return nil // Passover
		case strings.HasPrefix(w, "стар") && n == 0:
			old = true
		case isDayWord(w) && dayAt < 0 && n <= 1:
			dayAt = k
		case dayAt >= 0 && before == "":
			before = w
		default:
			return nil
		}
		k++
	}
	key := s.at(k, sent)
	if !key.isLex(lxHoliday) || (dayAt < 0 && !key.upper) { // "после крещения": not the feast
		return nil
	}
	if prep && s.at(i, sent).isPrep(fFrom) && instrumental(s.text[s.toks[start].start:s.toks[start].end]) {
		return nil // "С Рождеством!", "з Днем Незалежності": a greeting
	}
	idx := int(key.lex.val)
	h := &holidays[idx]
	if h.dayWord != (dayAt >= 0) || !hasWord(h.before, before) || (old && idx != 3) || (western && idx > 1 && !h.easter) {
		return nil
	}
	j := k + 1
	if idx == 3 { // "Новый год": a capital letter and a year word
		if u := s.at(j, sent); !key.upper || !u.yearWord() || u.lex.flags&(fPlural|fAbbr) != 0 {
			return nil
		}
		j++
		if old {
			idx = 4
		}
	}
	for n := 0; n < 3 && h.after != ""; n++ { // "Христово", "України", "і захисниць"
		t := s.at(j, sent)
		if t == nil || t.kind != tWord || !hasWord(h.after, strings.ToLower(s.text[t.start:t.end])) {
			break
		}
		j++
	}
	if j > k+1 && s.at(j-1, sent).isConj() { // "День Гідності та Свободи і …"
		j--
	}
	if h.noIn && s.at(i, sent).isPrep(fPrepIn) {
		return nil // "верой в Троицу": the dogma, not the feast ("на Троицу")
	}
	if h.need && j == k+1 {
		return nil // "День Вооруженных сил Египта", "вербное" alone
	}
	if h.easter && s.passover(sent) {
		return nil
	}
	m, d := h.m, h.d
	if western && !h.easter {
		m, d = 12, 25
	}
	if h.country {
		m, d = 0, 0
		if t := s.at(j, sent); t != nil && t.kind == tWord {
			if m, d = independenceDay(strings.ToLower(s.text[t.start:t.end])); m != 0 {
				j++
			}
		}
		if m == 0 && strings.HasSuffix(s.text[key.start:key.end], "і") { // "незалежності": Ukraine's
			m, d = h.m, h.d
		}
		if m == 0 {
			return nil
		}
	}
	c := cand{i: start, kind: kDay, p: point{m: m, d: d}, hol: int8(idx + 1), holWest: western || s.text[key.start] < 0x80}
	c.holUA = h.uaM != 0 && !western && m == h.m && d == h.d
	s.tail(&c, j, sent, false)
	if rel { // "вчерашнего Дня всех влюбленных": the adjective is part of the phrase
		c.i = relAt
	}
	if !prep && !rel && !c.ownYear && !c.yearRel && !s.fallsOn(c.j, sent) {
		return nil
	}
	return []cand{c}
}

// fallsOn reports whether a verb saying on which day a holiday falls
// follows at k: "День Святого Миколая випадає на п'ятницю", "Пасха в этом
// году выпадает на 1 мая".
func (s *scanner) fallsOn(k, sent int) bool {
	t := s.at(k, sent)
	if t == nil || t.kind != tWord {
		return false
	}
	w := strings.ToLower(s.text[t.start:t.end])
	for _, p := range [...]string{"выпада", "выпадет", "приходится", "придется", "придётся", "випада", "випаде", "припада", "припаде"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func isDayWord(w string) bool {
	switch w {
	case "день", "дня", "дню", "днем", "днём", "дне", "дні":
		return true
	}
	return false
}

// hasWord reports whether w is one of the words of list; an empty w is in
// an empty list only, or in one that has "-".
func hasWord(list, w string) bool {
	if list == "" {
		return w == ""
	}
	if w == "" {
		w = "-"
	}
	for f := range strings.FieldsSeq(list) {
		if f == w {
			return true
		}
	}
	return false
}

// instrumental reports whether w has an instrumental ending.
func instrumental(w string) bool {
	for _, e := range [...]string{"ом", "ем", "ём", "им", "ым"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// passover reports whether a sentence speaks of Jews or matzah: its
// "Пасха" is Passover, whose day this package does not compute.
func (s *scanner) passover(sent int) bool {
	// Tokens are in sentence order: only the sentence's own are read (all
	// of them for each "Пасха" made a long text quadratic).
	from := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].sent >= sent })
	for k := from; k < len(s.toks) && s.toks[k].sent == sent; k++ {
		s.steps++
		t := &s.toks[k]
		if t.kind != tWord {
			continue
		}
		w := s.text[t.start:t.end]
		for _, p := range [...]string{"мац", "евре", "Евре", "єврей", "Єврей", "иуде", "Иуде", "юде", "Песах"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}
