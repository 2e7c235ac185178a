package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkWords join the parts of compound place names whose head is the first
// part: Франкфурт-на-Майне, Ростов-на-Дону.
var linkWords = map[string]bool{"на": true, "над": true, "под": true, "під": true, "де": true, "ла": true, "ле": true, "эль": true, "ель": true, "аль": true}

// compound lemmatises a hyphenated word the dictionary lacks as a whole.
// Inflection lives on the last part (Индо-Тихоокеанском ->
// индо-тихоокеанский, Нью-Йорка -> нью-йорк); an earlier part is changed
// only when it is a known inflected noun (Азию-Биби -> азия-биби). In
// X-на-Y names only the first part inflects.
func (lx *lexicon) compound(word string) (string, bool, bool) {
	parts := strings.Split(word, "-")
	for _, p := range parts {
		if p == "" {
			return "", false, false
		}
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = normalize(p)
	}
	if len(parts) >= 3 && linkWords[out[1]] {
		l, known := lx.lemmaCore(parts[0])
		out[0] = l
		return strings.Join(out, "-"), known, true
	}
	last := len(parts) - 1
	if isDigits(parts[last]) && last > 0 {
		last-- // Северного потока-2: the word before the number inflects
	}
	l, known := lx.lemmaCore(parts[last])
	if r, _, ok := lx.best(parts[last]); ok && r.tag.pos() == PosVerb && isCapitalized(parts[last]) {
		l = out[last] // a name, not a verb form: Нью-Дели
	}
	out[last] = l
	for i := range last {
		r, form, ok := lx.best(parts[i])
		if ok && !r.identity() && r.tag.pos() == PosNoun && isCapitalized(parts[i]) &&
			!hasAnySuffix(out[i], "о", "е") { // a linking vowel: Индо-, Северо-
			if l, ok := r.apply(form); ok {
				out[i] = l
			}
		}
	}
	return strings.Join(out, "-"), known, true
}

// trimPunct splits leading and trailing characters that are neither letters
// nor digits off word.
func trimPunct(word string) (pre, core, post string) {
	i := strings.IndexFunc(word, isWordRune)
	if i < 0 {
		return word, "", ""
	}
	j := strings.LastIndexFunc(word, isWordRune)
	_, n := utf8.DecodeRuneInString(word[j:])
	return word[:i], word[i : j+n], word[j+n:]
}

func isWordRune(r rune) bool { return isLetter(r) || '0' <= r && r <= '9' || unicode.IsDigit(r) }
