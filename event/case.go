package event

import (
	"strings"
	"unicode"

	"github.com/litopys/litopys"
)

// grammatical case, as much of it as roles need.
type gramCase uint8

const (
	caseObl gramCase = iota // genitive, dative, accusative, locative
	caseNom                 // nominative (or a form that does not inflect)
	caseIns                 // instrumental
)

// caseOf guesses the case of a mention from its form and base form (the
// entity stage's nominative, "Северной Кореей" → "Северная Корея"): the
// base form itself is a nominative, as is a name that does not inflect
// (США, НАТО, Reuters); otherwise the ending of its last word tells an
// instrumental ("Кореей", "Путиным", "Йонгом") from the other oblique
// cases. The morph tables carry no case, hence this guess.
func caseOf(m litopys.Mention, lang string) gramCase {
	if m.Text == m.Base {
		return caseNom
	}
	text := normCase(m.Text)
	base := normCase(m.Base)
	if base == "" || text == base || !hasCyrillic(text) {
		return caseNom
	}
	words := strings.Fields(text)
	last := words[len(words)-1]
	bw := strings.Fields(base)
	if len(bw) == len(words) && bw[len(bw)-1] == last && len(words) > 1 {
		last = words[0] // "Министерством обороны": the head inflects
	}
	if m.Type == litopys.PER && len(words) > 1 && len(bw) == len(words) && words[0] == bw[0] && declinable(words[0]) &&
		!strings.HasPrefix(last, bw[len(bw)-1]) {
		// "Матиас Эрши" (base "Матиас Эрша"): a given name inflects with
		// the surname, so one in its base form makes the name a
		// nominative when the surname is no more than the base form with
		// another last letter — a guess of the lemmatiser; a surname that
		// adds an ending to its base form ("Мухаммад Рахимхана",
		// "Каландар Качимом": given names that do not inflect) is read
		// by its ending.
		return caseNom
	}
	switch {
	case hasSuffix(last, "ом", "ем", "ём", "ою", "ею", "єю", "ами", "ями", "ым", "им", "ім"):
		return caseIns
	case hasSuffix(last, "ой", "ей", "єй") && lang == "ru" && hasSuffix(base, "а", "я"):
		return caseIns // "Кореей", "Москвой"; the genitive is "Кореи"
	}
	return caseObl
}

// normCase lower-cases a name, joins its words by one space and writes
// "ё" as "е" and every apostrophe alike, so that "Таня Ерёмина" is its
// base form "Таня Еремина".
func normCase(s string) string {
	return yoApos.Replace(strings.ToLower(strings.Join(strings.Fields(s), " ")))
}

var yoApos = strings.NewReplacer("ё", "е", "’", "'", "ʼ", "'", "`", "'")

// declinable reports whether a Cyrillic given name changes its ending in
// the oblique cases: a masculine one ending in a consonant or "й"
// ("Матиас", "Андрій"), or one ending in "а"/"я" ("Анна", "Илья").
func declinable(w string) bool {
	r := []rune(w)
	if len(r) < 3 || !hasCyrillic(w) {
		return false
	}
	return !strings.ContainsRune("еёиоуыэюіїє", r[len(r)-1]) && unicode.IsLetter(r[len(r)-1])
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
