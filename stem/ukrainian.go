package stem

import (
	"strings"
	"unicode"
)

// Ukrainian stems a Ukrainian word. It follows the shape of Snowball's
// Russian stemmer with Ukrainian endings:
//
//  1. Normalise: lower case, every apostrophe (’ ʼ ‘ `) as ', stress marks
//     dropped. RV is the part of the word after its first vowel; only
//     endings that lie wholly in RV are removed, and at least two letters
//     are always kept.
//  2. Remove the longest gerund ending (-вши, -вшись, -учи, -ючи, -учись,
//     -ючись). If there was none: remove a reflexive -ся/-сь after a verb
//     ending, then the longest of: an adjective ending (-ого, -ому, -ими,
//     -ий, -ій …; one-letter ones are left to the noun group) together with a participle suffix before it (-ан, -ен,
//     -уч, -юч, -ач, -яч), a verb ending (-ати/-ити, -ала/-ила, -ють, -емо,
//     -тиму …) or a noun ending (-ами, -ями, -ові, -ою, -ів, -а, -и …;
//     after і/е the vowel goes with the ending: Росія, Росією -> рос,
//     Корея, Корею -> кор).
//     Adjective endings are tried first, then verb, then noun ones, each
//     group by the longest match.
//  3. Remove a final -ість/-ост (abstract nouns: можливість -> можлив) and
//     the superlative -іш (найбільший keeps its най-).
//  4. Remove a final soft sign, and a final т after a vowel: the infinitive
//     -ти and the -та/-ти noun declension (робота, роботи) then meet.
//
// It does not undo stem alternations (Київ/Києва, ріг/рогу), and verb and
// noun endings that look alike (-ати infinitive, -ати genitive) get one
// treatment for both.
func Ukrainian(word string) string {
	w := []rune(normalize(word))
	rv := regionAfterVowel(w)
	if rv >= len(w) {
		return string(w)
	}
	if !strip(&w, rv, gerund) {
		reflexive := strip(&w, rv, reflexiveEndings)
		switch {
		case strip(&w, rv, adjective):
			strip(&w, rv, participle)
		case strip(&w, rv, verb):
		case !reflexive:
			strip(&w, rv, noun)
		}
	}
	strip(&w, rv, derivational)
	strip(&w, rv, superlative)
	if n := len(w); n > 2 && w[n-1] == 'ь' {
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == 'т' && isVowel(w[n-2]) {
		w = w[:n-1]
	}
	return string(w)
}

const vowels = "аеєиіїоуюя"

func isVowel(r rune) bool { return strings.ContainsRune(vowels, r) }

// regionAfterVowel is the index of RV: just after the first vowel.
func regionAfterVowel(w []rune) int {
	for i, r := range w {
		if isVowel(r) {
			return i + 1
		}
	}
	return len(w)
}

// strip removes the longest of endings that lies in RV and leaves at least
// two letters; it reports whether it removed one.
func strip(w *[]rune, rv int, endings []string) bool {
	best := 0
	for _, e := range endings {
		n := len([]rune(e))
		if n <= best || n > len(*w)-max(rv, 2) {
			continue
		}
		if strings.HasSuffix(string(*w), e) {
			best = n
		}
	}
	if best == 0 {
		return false
	}
	*w = (*w)[:len(*w)-best]
	return true
}

func normalize(word string) string {
	var b strings.Builder
	for _, r := range word {
		switch r {
		case '’', 'ʼ', '‘', '`':
			r = '\''
		case '\u0301':
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

var (
	gerund = []string{"вши", "вшись", "учи", "ючи", "учись", "ючись", "ячи", "ачи"}

	reflexiveEndings = []string{"ся", "сь"}

	adjective = []string{
		"ий", "ій", "їй", "ого", "ього", "ому", "ьому", "им", "ім", "їм", "их", "іх", "їх", "ими", "іми", "їми",
		"ої", "ьої", "йої", "ою", "ьою", "йою", "ая", "яя", "еє", "ее", "ую", "юю",
	}

	participle = []string{"ан", "ян", "ен", "єн", "уч", "юч", "ач", "яч", "ован", "уван", "юван"}

	verb = []string{
		"ати", "яти", "ити", "іти", "їти", "ути", "ала", "яла", "ила", "іла", "ало", "яло", "ило", "іло",
		"али", "яли", "или", "іли", "ив", "ів", "яв", "ють", "ують", "юють", "ать", "ять", "ить", "іть", "уть",
		"емо", "ємо", "имо", "імо", "ете", "єте", "ите", "іте", "еш", "єш", "иш", "іш", "ймо", "йте",
		"тиму", "тимеш", "тиме", "тимемо", "тимете", "тимуть",
	}

	noun = []string{
		"а", "я", "о", "е", "є", "у", "ю", "і", "ї", "и", "ь", "ів", "їв", "ей", "ам", "ям", "ами", "ями",
		"ах", "ях", "ом", "ем", "єм", "ою", "ею", "єю", "ові", "еві", "єві", "ій", "ію", "ія", "ієй", "іям",
		"іями", "іях", "ьо", "ії", "ією", "ієї", "ієві", "ієм", "ея", "еї", "еєю", "ею", "ею", "еям", "еями", "еях",
	}

	derivational = []string{"ість", "ост", "іст"}

	superlative = []string{"іш", "ейш"}
)
