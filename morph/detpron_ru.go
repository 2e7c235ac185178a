package morph

import "strings"

// detPronRU settles the lemma of a form of весь, этот, тот or of the
// possessives его, ее, их by its right neighbour's commonest part of
// speech, as UD Russian lemmatises them: a determiner before the noun it
// agrees with (всего года, все четыре, этого дня, его дом: весь, этот,
// его), a pronoun before a verb, a preposition or a punctuation mark (до
// этого, все садятся, видел его в: это, всё, он); the genitive всего is
// the adverb before a count (всего три, всего лишь: всего) and the pronoun
// after a comparative (больше всего, прежде всего: всё). The classifier
// weighs these few words among many features and takes either side about
// as often; the tests follow the training part of ru_gsd and ru_taiga,
// where a form and a neighbour's part of speech that disagree on the side
// were left out (это before a noun, их before punctuation). words and
// infos are the sentence's tokens; ok is false when no test applies, and
// the classifier's choice stands.
func detPronRU(words []string, infos []*formInfo, i int) (lemma string, ok bool) {
	w := words[i]
	if len(w) < 4 || len(w) > 10 {
		return "", false
	}
	var det, pron string
	lw := strings.ToLower(w)
	switch lw {
	case "всего", "все", "всё", "всех":
		det, pron = "весь", "всё"
	case "этого", "это", "этом":
		det, pron = "этот", "это"
	case "того", "том":
		det, pron = "тот", "то"
	case "его":
		det, pron = "его", "он"
	case "ее", "её":
		det, pron = "ее", "она"
	case "их":
		det, pron = "их", "они"
	default:
		return "", false
	}
	next := boundary.top
	nextW := ""
	if i+1 < len(infos) {
		next, nextW = infos[i+1].feat.top, strings.ToLower(words[i+1])
	}
	prevW := ""
	if i > 0 {
		prevW = strings.ToLower(words[i-1])
	}
	switch {
	case lw == "всего" && (next == NUM || countWordRU(nextW)):
		return "всего", true
	case lw == "всего" && (prevW == "прежде" || comparativeRU(prevW)):
		return pron, true
	}
	var toDet, toPron bool
	switch det {
	case "весь":
		toDet = next == NOUN || next == NUM || lw != "все" && lw != "всё" && next == ADJ
		toPron = next == VERB && lw != "всех" || next == PUNCT || next == UNK || next == ADP || lw != "всех" && (next == PART || next == ADV)
	case "этот", "тот":
		toDet = next == NOUN && lw != "это" || lw != "это" && next == ADJ
		toPron = lw == "это" && next != NOUN || lw != "это" && !toDet && next != PART && next != PROPN
	default: // его, ее, их
		toDet = next == NOUN || next == ADJ
		toPron = next == VERB || next == ADP || next == ADV
	}
	switch {
	case toDet:
		return det, true
	case toPron:
		return pron, true
	}
	return "", false
}

// comparativeRU reports whether w looks like a Russian comparative
// (больше, скорее, ближе, чаще, легче, лучше).
func comparativeRU(w string) bool {
	if len(w) < 8 {
		return false
	}
	for _, s := range [...]string{"ее", "ше", "же", "че", "ще"} {
		if strings.HasSuffix(w, s) {
			return w != "тоже" && w != "также"
		}
	}
	return false
}

// mannerAdverbRU picks the adverb's lemma of a word in -о that reads as an
// adverb or as an adjective's short neuter (тяжело, легко, смело) when a
// finite verb follows it: a manner adverb before its verb (тяжело
// вздохнул, хорошо можешь: UD's training part of ru_gsd and ru_taiga, 68
// of 71 such -о words are ADV there); a predicative before an infinitive
// (трудно найти) stays with the classifier.
func mannerAdverbRU(words []string, infos []*formInfo, i int, am *ambiguity) (string, bool) {
	if i+1 >= len(infos) || !strings.HasSuffix(words[i], "о") || strings.HasSuffix(words[i], "го") {
		return "", false
	}
	n := &infos[i+1].feat
	if n.top != VERB || n.inf != 0 {
		return "", false
	}
	adv, adj := -1, false
	for j, c := range am.cands {
		switch c.tag {
		case ADV:
			adv = j
		case ADJ:
			adj = true
		}
	}
	if adv < 0 || !adj {
		return "", false
	}
	return am.lemmas[adv], true
}

// countWordRU reports whether w, after всего, makes it the adverb "only":
// лишь, только, навсего, or a count the classifier may not read as a
// numeral (один, пару, несколько).
func countWordRU(w string) bool {
	switch w {
	case "лишь", "только", "навсего", "один", "одна", "одно", "одну", "одного", "одной", "пару", "несколько":
		return true
	}
	return false
}
