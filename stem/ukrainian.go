package stem

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	w := normalize(word)
	rv := regionAfterVowel(w)
	if rv >= len(w) {
		return w
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
	if n := utf8.RuneCountInString(w); n > 2 && strings.HasSuffix(w, "ь") {
		w = w[:len(w)-len("ь")]
	}
	if n := utf8.RuneCountInString(w); n > 3 && strings.HasSuffix(w, "т") {
		r, _ := utf8.DecodeLastRuneInString(w[:len(w)-len("т")])
		if isVowel(r) {
			w = w[:len(w)-len("т")]
		}
	}
	return w
}

const vowels = "аеєиіїоуюя"

func isVowel(r rune) bool { return strings.ContainsRune(vowels, r) }

// regionAfterVowel is the byte offset of RV: just after the first vowel.
func regionAfterVowel(w string) int {
	for i, r := range w {
		if isVowel(r) {
			return i + utf8.RuneLen(r)
		}
	}
	return len(w)
}

// endingSet indexes endings by their last letter, longest first.
type endingSet map[rune][]string

func endings(list ...string) endingSet {
	set := endingSet{}
	for _, e := range list {
		r, _ := utf8.DecodeLastRuneInString(e)
		set[r] = append(set[r], e)
	}
	for _, l := range set {
		slices.SortStableFunc(l, func(a, b string) int { return len(b) - len(a) })
	}
	return set
}

// strip removes the longest ending of set that lies in RV (which starts at
// byte rv) and leaves at least two letters; it reports whether it removed
// one.
func strip(w *string, rv int, set endingSet) bool {
	last, _ := utf8.DecodeLastRuneInString(*w)
	for _, e := range set[last] {
		if len(*w)-len(e) < rv || !strings.HasSuffix(*w, e) {
			continue
		}
		if utf8.RuneCountInString((*w)[:len(*w)-len(e)]) >= 2 {
			*w = (*w)[:len(*w)-len(e)]
			return true
		}
	}
	return false
}

func normalize(word string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '’', 'ʼ', '‘', '`':
			return '\''
		case '\u0301':
			return -1
		}
		return unicode.ToLower(r)
	}, word)
}

var (
	gerund = endings("вши", "вшись", "учи", "ючи", "учись", "ючись", "ячи", "ачи")

	reflexiveEndings = endings("ся", "сь")

	adjective = endings(
		"ий", "ій", "їй", "ого", "ього", "ому", "ьому", "им", "ім", "їм", "их", "іх", "їх", "ими", "іми", "їми",
		"ої", "ьої", "йої", "ою", "ьою", "йою", "ая", "яя", "еє", "ее", "ую", "юю",
	)

	participle = endings("ан", "ян", "ен", "єн", "уч", "юч", "ач", "яч", "ован", "уван", "юван")

	verb = endings(
		"ати", "яти", "ити", "іти", "їти", "ути", "ала", "яла", "ила", "іла", "ало", "яло", "ило", "іло",
		"али", "яли", "или", "іли", "ив", "ів", "яв", "ють", "ують", "юють", "ать", "ять", "ить", "іть", "уть",
		"емо", "ємо", "имо", "імо", "ете", "єте", "ите", "іте", "еш", "єш", "иш", "іш", "ймо", "йте",
		"тиму", "тимеш", "тиме", "тимемо", "тимете", "тимуть",
	)

	noun = endings(
		"а", "я", "о", "е", "є", "у", "ю", "і", "ї", "и", "ь", "ів", "їв", "ей", "ам", "ям", "ами", "ями",
		"ах", "ях", "ом", "ем", "єм", "ою", "ею", "єю", "ові", "еві", "єві", "ій", "ію", "ія", "ієй", "іям",
		"іями", "іях", "ьо", "ії", "ією", "ієї", "ієві", "ієм", "ея", "еї", "еєю", "ею", "ею", "еям", "еями", "еях",
	)

	derivational = endings("ість", "ост", "іст")

	superlative = endings("іш", "ейш")
)
