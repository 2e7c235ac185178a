package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// englishMisc types a MISC name of the English wikineural sentences for
// the BSNLP scheme, which has no MISC: an event (a war, a championship, an
// election: a name with an event head word) is EVT, a nationality,
// language or religion word is no name at all ("" drops the sentence, which
// would otherwise teach the model that "American" is none or something),
// an award is dropped too (BSNLP has no type for it), and the rest — works,
// products, ships, software, brands — is PRO. Without it English would
// have no EVT or PRO example at all: wikiann has none.
func englishMisc(form string) string {
	r, _ := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsFunc(form, unicode.IsUpper) {
		return "" // a common word; "iPhone" is a name
	}
	words := strings.Fields(strings.ToLower(form))
	people := true
	for _, w := range words {
		if enDropHeads[w] {
			return ""
		}
		if enEventHeads[w] {
			return "EVT"
		}
		people = people && enPeopleWord(w)
	}
	if people {
		return "" // "American", "African American", "Catholic"
	}
	if len(words) == 1 && !strings.ContainsFunc(form[1:], func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) {
		return "" // "Grace", "Windows": a film, a product or a word, as often a name of another type
	}
	return "PRO"
}

// enPeopleWord reports whether w is (likely) an adjective or noun of a
// nation, language or faith: a demonym of a country name, or a word with a
// demonym ending.
func enPeopleWord(w string) bool {
	if stem, _, ok := demonymStem(w); ok && countryWords().of(stem) {
		return true
	}
	for _, suf := range []string{"ian", "ians", "ese", "ish", "an", "ans", "ic", "i", "is", "ch", "ss", "ist", "ists"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// enEventHeads are the words that make a MISC name an event ("wars" is
// not one: "Star Wars").
var enEventHeads = wordSet(`war battle siege olympics olympiad games cup championship championships tournament
	election elections referendum revolution uprising rebellion revolt insurrection crisis summit conference congress
	festival expo exhibition biennale marathon massacre attack attacks bombing bombings earthquake hurricane typhoon
	tsunami flood famine pandemic epidemic outbreak coup protest protests spring invasion campaign offensive operation
	crusade raid riot riots strike contest bowl grand prix open league series rally race tour trial`)

// enDropHeads are the words of MISC names BSNLP gives no type: awards.
var enDropHeads = wordSet(`award awards prize prizes medal trophy oscar oscars grammy emmy`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
