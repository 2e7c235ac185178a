package stem

import (
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/russian"
)

// Stem returns the search stem of word in lang ("ru", "uk" or "en"). Words
// of other languages are only lower-cased. Stemming stop words too, so a
// query and a document always agree.
func Stem(word, lang string) string {
	switch lang {
	case "ru":
		return russian.Stem(strings.ReplaceAll(strings.ToLower(word), "ё", "е"), true)
	case "uk":
		return Ukrainian(word)
	case "en":
		return english.Stem(word, true)
	}
	return strings.ToLower(word)
}
