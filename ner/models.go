package ner

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
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

// proType is PRO's index in typeNames.
var proType = typeIndex(litopys.PRO)

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

// markModels writes into gaz the PRO code of a product model, where no
// gazetteer name covers the tokens: a token maker-number ("Су-27",
// "Boeing-737-800") or a maker followed by a model number ("Boeing 737",
// "Airbus A320"). A pattern, not a list, so that a model never named in
// the lists is found too; it shares the gazetteer's features, whose PRO
// weights the lists of products train.
func markModels(toks []litopys.Token, gaz []uint8) {
	var lower [64]byte
	buf := lower[:0] // the lower-cased token, without an allocation
	for i, t := range toks {
		if gaz[i] != 0 {
			continue
		}
		w := t.Text
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		buf = textcase.AppendLower(buf[:0], w)
		if k := bytes.IndexByte(buf, '-'); k > 0 && makers[string(buf[:k])] && modelCode(string(buf[k+1:])) {
			gaz[i] = uint8(1 + 4*proType + 3) // U
			continue
		}
		if makers[string(buf)] && i+1 < len(toks) && gaz[i+1] == 0 && modelCode(toks[i+1].Text) && !isYear(toks[i+1].Text) {
			gaz[i], gaz[i+1] = uint8(1+4*proType), uint8(1+4*proType+2) // B, L
		}
	}
}

// isYear reports whether s is a year of the last two centuries ("2018"),
// which after a maker's name is a date, not a model.
func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}
