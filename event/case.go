package event

import (
	"strings"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
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
	text := textcase.Lower(strings.Join(strings.Fields(m.Text), " "))
	base := textcase.Lower(strings.Join(strings.Fields(m.Base), " "))
	if base == "" || text == base || !hasCyrillic(text) {
		return caseNom
	}
	words := strings.Fields(text)
	last := words[len(words)-1]
	bw := strings.Fields(base)
	if len(bw) == len(words) && bw[len(bw)-1] == last && len(words) > 1 {
		last = words[0] // "Министерством обороны": the head inflects
	}
	switch {
	case hasSuffix(last, "ом", "ем", "ём", "ою", "ею", "єю", "ами", "ями", "ым", "им", "ім"):
		return caseIns
	case hasSuffix(last, "ой", "ей", "єй") && lang == "ru" && hasSuffix(base, "а", "я"):
		return caseIns // "Кореей", "Москвой"; the genitive is "Кореи"
	}
	return caseObl
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
