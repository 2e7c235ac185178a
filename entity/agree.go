package entity

import (
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// Adjective endings of the oblique and nominative forms, longest first.
var adjEndings = map[string][]string{
	"ru": {"ыми", "ими", "ого", "его", "ому", "ему", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей", "ую", "юю", "ых", "их", "ым", "им", "ом", "ем"},
	"uk": {"ими", "іми", "ого", "ього", "ому", "ьому", "ий", "ій", "їй", "ої", "ьої", "ою", "ьою", "их", "іх", "им", "ім", "а", "я", "е", "є", "у", "ю", "і", "ї"},
}

// isAdjective reports whether a word of a name is an adjective that agrees
// with the head after it.
func isAdjective(t litopys.Token, lang string, lex Lemmatizer, gr Grammar) (bool, string) {
	l := lemmaOf(t, lang, lex)
	if gr != nil {
		if adj, _, ok := gr.Grammar(l, lang); ok {
			return adj, l
		}
	}
	if !adjLemma(l, lang) {
		return false, l
	}
	w := textcase.Lower(t.Text)
	for _, e := range adjEndings[lang] {
		if strings.HasSuffix(w, e) {
			return true, l
		}
	}
	return false, l
}

// adjLemma reports whether a lemma has the shape of an adjective's
// dictionary form (masculine nominative singular).
func adjLemma(l, lang string) bool {
	if lang == "ru" {
		return hasSuffix(l, "ый", "ий", "ой") && len([]rune(l)) > 3
	}
	return hasSuffix(l, "ий", "ій", "їй") && len([]rune(l)) > 3
}

// genderOf returns the gender of a noun lemma: the dictionary's when it
// knows, else the ending's.
func genderOf(l, lang string, gr Grammar) string {
	if gr != nil {
		if _, g, ok := gr.Grammar(l, lang); ok && g != "" {
			return g
		}
	}
	switch {
	case hasSuffix(l, "мя") && lang == "ru":
		return "neut"
	case hasSuffix(l, "а", "я"):
		return "fem"
	case hasSuffix(l, "о", "е", "ё", "є", "ие", "ння", "ття"):
		return "neut"
	}
	return "masc"
}

// agree puts an adjective lemma (masculine nominative) into the gender g.
func agree(l, g, lang string) string {
	if g == "masc" || g == "" || !adjLemma(l, lang) {
		return l
	}
	stem := string([]rune(l)[:len([]rune(l))-2])
	end := string([]rune(l)[len([]rune(l))-2:])
	soft := end == "ий" && lang == "ru" && !hasSuffix(stem, "г", "к", "х", "ж", "ш", "ч", "щ", "ц")
	if lang == "uk" {
		soft = end == "ій" || end == "їй"
	}
	switch lang {
	case "ru":
		switch {
		case g == "fem" && soft:
			return stem + "яя"
		case g == "fem":
			return stem + "ая"
		case g == "neut" && (soft || hasSuffix(stem, "ж", "ш", "ч", "щ", "ц") && end != "ой"):
			return stem + "ее"
		case g == "neut":
			return stem + "ое"
		}
	case "uk":
		switch {
		case g == "fem" && soft:
			return stem + "я"
		case g == "fem":
			return stem + "а"
		case g == "neut" && soft:
			return stem + "є"
		case g == "neut":
			return stem + "е"
		}
	}
	return l
}

// plural reports whether a noun form looks plural (genitive plural
// "Штатов", nominative "Эмираты"): such heads are kept as written.
func plural(w, lang string) bool {
	w = textcase.Lower(w)
	if lang == "ru" {
		return hasSuffix(w, "ов", "ев", "ами", "ями", "ах", "ях") && len([]rune(w)) > 4
	}
	return hasSuffix(w, "ів", "їв", "ами", "ями", "ах", "ях") && len([]rune(w)) > 4
}

func hasSuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
