package morph

import "strings"

// abbrRU lists common Russian abbreviations of two letters or more with
// the lemma of the word they stand for, as both treebanks lemmatise them
// (руб: рубль, тыс.: тысяча, пт: пятница, примеч.: примечание). One line
// per lemma: the lemma, then its abbreviations, without their dot unless
// the abbreviation is one only with it (др.: другой; др: день рождения). It is
// lexicon, not data: the gold lexicon wins where it has the form (ru_gsd
// keeps км and гг as they are), and an abbreviation the dictionary reads
// as a word (тел: тело, мин: мина, коп, см.: смотреть or сантиметр, ср.:
// среда or сравни) is not listed. One-letter ones (г., в., ч) are left to
// the gold lexicon: they are initials as often.
const abbrRU = `
рубль руб
доллар долл
тысяча тыс
миллион млн
миллиард млрд
триллион трлн
килограмм кг
километр км
миллиметр мм
гектар га
штука шт
человек чел
год гг.
век вв.
понедельник пн
вторник вт
четверг чт
пятница пт
суббота сб
воскресенье вс
январь янв
февраль февр
апрель апр
август авг
сентябрь сент
октябрь окт
ноябрь нояб
декабрь дек
примечание примеч
другой др.
прочий проч
улица ул
область обл
профессор проф
академик акад
например напр
буквально букв.
сокращенно сокр.
около ок.
режиссер реж.
миллилитр мл
`

var abbrTableRU = func() map[string]string {
	t := map[string]string{}
	for _, line := range strings.Split(abbrRU, "\n") {
		f := strings.Fields(line)
		for _, a := range f[min(1, len(f)):] {
			t[a] = f[0]
		}
	}
	return t
}()

// abbrLemmaRU returns the lemma of a Russian abbreviation (form folded,
// without its dot; dotted whether the word had one) that the dictionary
// lists as an uninflected word or not at all (set).
func (lx *lexicon) abbrLemmaRU(form string, dotted bool, set []uint16) (string, bool) {
	l, ok := abbrTableRU[form]
	if !ok && dotted {
		l, ok = abbrTableRU[form+"."]
	}
	if !ok {
		return "", false
	}
	for _, id := range set {
		if lx.rules[id].tag.pos() != PosOther {
			return "", false
		}
	}
	return l, true
}
