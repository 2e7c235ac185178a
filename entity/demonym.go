package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// demonymEndings are the Russian and Ukrainian endings of the nouns for a
// country's people, in every case and number, longest first within a
// family: -ец/-ець ("британец", "пакистанцев", "британців") and
// -янин/-анин ("россиянин", "россияне", "росіян").
var demonymEndings = []string{
	"цами", "цями", "цев", "цам", "цах", "цем", "цеві", "ців", "цям", "цях",
	"ец", "ца", "цу", "це", "цы", "ець", "ця", "цю", "ці",
	"янами", "янином", "янам", "янах", "янина", "янину", "янине", "янин", "яне", "яни", "ян",
}

// demonymCountries returns the names a word for a country's people may
// come from, by its stem: "пакистанцев" → Пакистан, "британцы" →
// Британия, "россияне" → Россия. ("Американцы" is not derived: the BSNLP
// 2017 gold keeps the people apart from the country, and no 2019 topic
// has them, so the extension could not be measured to help.) The word must be
// lower case (a capitalised word is a name: the surname "Украинец"); the
// caller checks the names against the gazetteer.
func demonymCountries(word string) []string {
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsLower(r) || strings.ContainsAny(word, " -.") {
		return nil
	}
	for _, end := range demonymEndings {
		stem, ok := strings.CutSuffix(word, end)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		if strings.HasPrefix(end, "я") {
			stem += "я" // росси-янин → Россия
			return []string{title(stem)}
		}
		return []string{title(stem), title(stem + "ия"), title(stem + "ія"), title(stem + "а"), title(stem + "я")}
	}
	return nil
}

// demonymOf returns the gazetteer country a local names by a word for its
// people ("британцев": Great Britain), when exactly one entry answers.
func (r *Registry) demonymOf(l *Local) (string, bool) {
	if r.Dir == nil || l.Type != litopys.PER {
		return "", false
	}
	top, ok := topName(l)
	if !ok {
		return "", false
	}
	id := ""
	for _, c := range demonymCountries(top.Text) {
		k, ok := r.Dir.Find(c, top.Lang)
		if !ok || k.Type != litopys.LOC {
			continue
		}
		if id != "" && id != k.ID {
			return "", false
		}
		id = k.ID
	}
	return id, id != ""
}
