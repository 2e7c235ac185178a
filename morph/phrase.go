package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Nominative puts a name phrase into its base form, keeping each word's
// capitalisation: the head noun goes to its lemma, the adjectives before it
// agree with the head's gender (Северной Кореей -> Северная Корея, Білого
// дому -> Білий дім), and what follows the head stays as it is (a genitive
// complement: Совета Безопасности ООН -> Совет Безопасности ООН) unless the
// head is a name, whose following names inflect with it (Владимиром
// Путиным -> Владимир Путин, Ким Чен Ыном -> Ким Чен Ын). Plural heads are
// not recognised.
func (a *Analyzer) Nominative(words []string, lang string) []string {
	out := make([]string, len(words))
	copy(out, words)
	lx := a.lexicon(lang)
	if lx == nil || len(words) == 0 {
		return out
	}
	// The head is the first word that cannot be an adjective; the last
	// word if all can (a substantivised adjective: Східний).
	head := len(words) - 1
	for i, w := range words[:head] {
		if !canBeAdj(a.Analyses(w, lang)) {
			head = i
			break
		}
	}
	h := nounFirst(a.Analyses(words[head], lang))
	if len(h) == 0 {
		return out
	}
	out[head] = matchCase(words[head], h[0].Lemma)
	for i := range head {
		for _, an := range a.Analyses(words[i], lang) {
			if an.POS == PosAdj {
				out[i] = matchCase(words[i], agreeCompound(an.Lemma, h[0].Gender, lang))
				break
			}
		}
	}
	// Names after a name head are in apposition and inflect with it
	// (Владимиром Путиным, Джо Байденом), unlike a genitive complement
	// (Совета Безопасности ООН, МИД Германии). Without case tags the test
	// is: the head is a name (not an abbreviation) and the next word is
	// capitalised and a proper noun the dictionary knows, when the head
	// was inflected, or a word it does not know at all.
	name := (h[0].Proper || !h[0].Known || h[0].POS == PosOther) && isCapitalized(words[head]) && !isAllUpper(words[head])
	headInflected := !strings.EqualFold(out[head], words[head])
	for i := head + 1; name && i < len(words); i++ {
		an := nounFirst(a.Analyses(words[i], lang))
		if !isCapitalized(words[i]) || isAllUpper(words[i]) || len(an) == 0 || an[0].POS == PosAdj {
			break
		}
		if an[0].Known && !(headInflected && an[0].Proper) {
			break
		}
		out[i] = matchCase(words[i], an[0].Lemma)
	}
	return out
}

// nounFirst moves the first noun (or indeclinable) analysis to the front:
// a phrase head is no verb (моря is море, not морить).
func nounFirst(an []Analysis) []Analysis {
	for i, x := range an {
		if x.POS == PosNoun || x.POS == PosOther {
			if i > 0 {
				an = append([]Analysis{x}, append(an[:i:i], an[i+1:]...)...)
			}
			return an
		}
	}
	return an
}

// agreeCompound is Agree on the last part of a hyphenated adjective
// (азиатско-тихоокеанский).
func agreeCompound(lemma string, g Gender, lang string) string {
	i := strings.LastIndexByte(lemma, '-')
	return lemma[:i+1] + Agree(lemma[i+1:], g, lang)
}

// Agree returns the nominative singular of an adjective lemma (masculine
// nominative, lower-case) in gender g: северный, Fem -> северная; синій,
// Neut -> синє. Masc and GenderNone return the lemma.
func Agree(adj string, g Gender, lang string) string {
	if g != Fem && g != Neut {
		return adj
	}
	stem, ok := cutRunes(adj, 2)
	if !ok || stem == "" {
		return adj
	}
	last, _ := utf8.DecodeLastRuneInString(stem)
	end := lastRunes(adj, 2)
	if lang == "uk" {
		soft := end == "ій" || end == "їй"
		switch {
		case end != "ий" && !soft:
			return adj
		case g == Fem && soft:
			return stem + "я"
		case g == Fem:
			return stem + "а"
		case soft:
			return stem + "є"
		}
		return stem + "е"
	}
	switch end {
	case "ый", "ой":
		if g == Fem {
			return stem + "ая"
		}
		return stem + "ое"
	case "ий":
		velar := strings.ContainsRune("гкх", last)
		hush := strings.ContainsRune("жшчщц", last)
		switch {
		case g == Fem && (velar || hush):
			return stem + "ая"
		case g == Fem:
			return stem + "яя"
		case velar:
			return stem + "ое"
		}
		return stem + "ее"
	}
	return adj
}

// matchCase writes lemma with the capitalisation of word: all capitals,
// capitalised parts (of a hyphenated word) or lower case.
func matchCase(word, lemma string) string {
	if isAllUpper(word) {
		return strings.ToUpper(lemma)
	}
	wp := strings.Split(word, "-")
	lp := strings.Split(lemma, "-")
	for i := range lp {
		if i < len(wp) && isCapitalized(wp[i]) {
			r, n := utf8.DecodeRuneInString(lp[i])
			lp[i] = string(unicode.ToUpper(r)) + lp[i][n:]
		}
	}
	return strings.Join(lp, "-")
}

func canBeAdj(an []Analysis) bool {
	for _, x := range an {
		if x.POS == PosAdj {
			return true
		}
	}
	return false
}
