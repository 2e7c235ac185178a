package gazetteer

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys/internal/textcase"
)

// makers are lower-cased names and designation prefixes of makers of
// aircraft, vehicles and arms. A maker alone names a company (ORG); a
// maker with a model number names a product, which BSNLP types PRO:
// "Boeing-737-800", "Airbus A320", "Ан-124", "МиГ-29", "АК-47". General
// knowledge, written for the project.
var makers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`boeing боинг боїнг airbus аэробус аеробус embraer эмбраер ембраер bombardier
		бомбардье бомбардьє cessna цессна lockheed локхид sukhoi superjet суперджет ssj су ту ил іл ан миг міг
		mig як ка ми dassault atr antonov антонов ilyushin tupolev туполев mq ак ak tb bayraktar байрактар`) {
		m[w] = true
	}
	return m
}()

// ModelAt reports how many words from w on name a product model by the
// pattern maker-number, next being the word after w ("" for none): one
// ("Су-27", "Boeing-737-800"), two (a maker followed by a model number:
// "Boeing 737", "Airbus A320") or none (0). w must be capitalised; a year
// after a maker ("Boeing 2018") is a date. A pattern, not a list, so that a
// model never listed is found too.
func ModelAt(w, next string) int {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return 0
	}
	var buf [64]byte
	lower := textcase.AppendLower(buf[:0], w) // no allocation
	if k := bytes.IndexByte(lower, '-'); k > 0 && makers[string(lower[:k])] && modelCode(string(lower[k+1:])) {
		return 1
	}
	if makers[string(lower)] && next != "" && modelCode(next) && !isYear(next) {
		return 2
	}
	return 0
}

// modelCode reports whether a token is a model number: digits, a letter
// and digits, or either with a suffix ("737", "A320", "800", "737-800",
// "MAX" does not count).
func modelCode(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsLetter(r) {
		s = s[n:]
		r, _ = utf8.DecodeRuneInString(s)
	}
	digits := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		digits++
	}
	return digits >= 2 || digits == 1 && len(s) > 1 && s[1] == '-'
}

// isYear reports whether s is a year of the last two centuries ("2018"),
// which after a maker's name is a date, not a model.
func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}
