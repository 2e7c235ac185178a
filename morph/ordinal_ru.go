package morph

import "strings"

// ordinalRU returns the lemma of a Russian ordinal written in digits with
// an inflected ending (11-е, 14-го, 1930-х, 5-я): the number with -й, as
// UD's Russian treebanks lemmatise them (ADJ "11-й"). A word after the
// hyphen that is not an adjective ending (24-сильный) is no ordinal.
func ordinalRU(form string) (string, bool) {
	if form == "" || form[0] < '0' || form[0] > '9' {
		return "", false
	}
	num, end, ok := strings.Cut(form, "-")
	if !ok || num == "" || end == "" {
		return "", false
	}
	for _, r := range num {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	switch end {
	case "й", "я", "е", "го", "му", "м", "х", "ми", "ю",
		"ый", "ий", "ой", "ая", "ое", "ые", "ие", "ого", "его", "ому", "ему",
		"ым", "им", "ом", "ем", "ых", "их", "ыми", "ими", "ую", "ей":
		return num + "-й", true
	}
	return "", false
}

// surnameRU reports whether a capitalised Russian word (folded: form)
// read as a proper noun is a surname or place name in its nominative
// (Борисов, Зайцев,
// Сатпаев, Пушкин): the ending -ов, -ев, -ёв, -ин, -ын, which the
// dictionary and the guesser take for a genitive plural or a possessive
// (Борисов: Борис). In both treebanks such a proper noun is its own lemma
// in 46 of 48 cases; its oblique cases end otherwise (Борисова).
func surnameRU(word, form string) bool {
	return hasAnySuffix(form, "ов", "ев", "ин", "ын") && isCapitalized(word) && !isAllUpper(word) &&
		runeLen(word) >= 5 && isCyrillicWord(word)
}

// foreignNameRU reports whether a capitalised word the dictionary lacks
// is a foreign name that Russian does not decline: one in -и after a
// consonant other than к, г, х, ж, ш, ч, щ (Верчелли, Бовари, Нани,
// Дзодзуашвили), which the guesser takes for the genitive of a name in -ь
// or -я. Among such proper nouns of the gold training text the form is the
// lemma 23 times, the guesser's lemma 15 (a genitive: Оболони, Тюрингии —
// -ии is left to the guesser).
func foreignNameRU(word string) bool {
	if !isCapitalized(word) || isAllUpper(word) || !isCyrillicWord(word) || runeLen(word) < 4 {
		return false
	}
	w := foldKey(word)
	if !strings.HasSuffix(w, "и") {
		return false
	}
	prev := []rune(lastRunes(w, 2))[0]
	return !strings.ContainsRune("аеиоуыэюяйьъкгхжшчщ", prev)
}

// isPoAdverbRU reports whether a folded Russian form is an adverb of
// по- and a dative or -ски form (по-английски, по-моему, по-прежнему),
// which UD lemmatises as itself.
func isPoAdverbRU(form string) bool {
	rest, ok := strings.CutPrefix(form, "по-")
	return ok && runeLen(rest) >= 3 && isCyrillicWord(rest) && !strings.Contains(rest, "-") &&
		hasAnySuffix(rest, "ому", "ему", "ски", "цки", "ьи")
}
