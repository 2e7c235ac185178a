package temporal

import "strings"

// eve matches the adverb "накануне", "напередодні" (the day before) at i:
// the same words are prepositions before a genitive ("накануне выборов",
// "напередодні саміту"), so the word after them decides. A time of day
// after it belongs to the phrase ("накануне вечером").
func (s *scanner) eve(i, sent int) []cand {
	if !s.eveAdverb(i+1, sent) {
		return nil
	}
	end := i + 1
	for range 2 {
		if s.at(end, sent).tod() {
			end++
		}
	}
	return []cand{{i: i, j: end, kind: kRel, unit: unitDay, off: -1, anaphor: true, eve: true}}
}

// eveAdverb reports whether the token at k shows that "накануне" before it
// stands alone: the end of the sentence or a mark other than a quote or a
// bracket, a preposition ("накануне в аэропорту"), a time of day, a
// personal pronoun, a verb, or a word whose ending is not a genitive one
// ("Накануне Трамп заявил", "Напередодні проєкт DeepState показав"). A
// number, a month, a holiday, a conjunction ("накануне и в день выборов")
// or a genitive-looking word ("визита", "саміту", "Нового года") make it a
// preposition.
func (s *scanner) eveAdverb(k, sent int) bool {
	n := s.at(k, sent)
	switch {
	case n == nil:
		return true
	case n.kind == tPunct:
		switch n.punct {
		case ',', '.', ';', ':', '!', '?', '—', '–', ')':
			return true
		}
		return false
	case n.kind != tWord:
		return false
	case n.tod():
		return true
	case n.isLex(lxPrep):
		return !n.isPrep(fGov)
	case n.lex.kind != lxNone:
		return false
	}
	if h := s.at(k+1, sent); h.isDash() && h.start == n.end { // "накануне Евро-2012"
		return false
	}
	w := strings.ToLower(s.text[n.start:n.end])
	switch w {
	case "он", "она", "оно", "они", "мы", "я", "вы", "ты", "він", "вона", "воно", "вони", "ми", "ви", "ти",
		"свой", "свою", "свои", "своё", "свое", "свій", "свої", "не", "уже", "же", "еще", "ещё", "вже", "ще", "также", "тоже", "також", "теж", "было", "був", "була", "було":
		return true
	case "ее", "её", "ей", "их", "его", "її", "їх", "його", "этого", "этой", "этих", "цього", "цієї", "цих", "того", "той", "тех", "тих":
		return false
	}
	return !genitiveLooking(w, s.lang)
}

// genitiveLooking reports whether a lower-case word has an ending that a
// genitive noun or adjective may have, and not one of a past-tense verb
// ("заявил", "сообщила", "стало", "показав", "состоялся") or a nominative
// adjective ("официальный", "британская"). Where the two meet the word
// counts as genitive: "финала" and "сказала", "недели" and "сидели",
// "соревнований" and "последний".
func genitiveLooking(w, lang string) bool {
	switch w {
	case "стала", "стали", "похорон":
		return w == "похорон"
	}
	for _, e := range [...]string{"ала", "ели", "огося", "егося", "ейся", "ойся", "ихся", "ыхся"} { // "намечавшегося"
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	for _, e := range [...]string{"ся", "сь", "л", "ла", "ло", "ли", "ав", "ив", "ув", "яв", "ая", "яя", "ое", "ые", "ие", "ый"} {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	if strings.HasSuffix(w, "ий") { // "российский", "новий"; Russian "-ний", "-ций" are genitive plurals
		r := []rune(w)
		return lang != "uk" && len(r) > 2 && !strings.ContainsRune("кгхжшчщ", r[len(r)-3])
	}
	if lang == "uk" && strings.HasSuffix(w, "ов") { // "пішов"; Russian "-ов" is a genitive plural
		return false
	}
	for _, e := range [...]string{"а", "я", "у", "ю", "и", "ы", "і", "ї", "ей", "ой", "ов", "ев", "ів", "їв", "ых", "их", "іх", "ого", "его", "ої"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
