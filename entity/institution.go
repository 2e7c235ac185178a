package entity

import (
	"strings"

	"github.com/litopys/litopys"
)

// genitiveEndings turn the genitive of a Russian or Ukrainian country name
// back into its nominative, for the gazetteer to look up: Великобритании →
// Великобритания, Британії → Британія, Украины → Украина, Ирана → Иран,
// Соединенного Королевства → Соединенное Королевство, Великої Британії →
// Велика Британія.
var genitiveEndings = [][2]string{
	{"ии", "ия"}, {"ії", "ія"}, {"ы", "а"}, {"и", "а"}, {"и", "я"}, {"ї", "я"},
	{"ой", "ая"}, {"ої", "а"}, {"ого", "ое"}, {"ого", "ий"}, {"ого", "е"}, {"ства", "ство"}, {"а", ""}, {"у", ""},
}

// nominatives returns the forms word may have in the nominative, itself
// first (an indeclinable name: ФРГ, США).
func nominatives(word string) []string {
	out := []string{word}
	for _, e := range genitiveEndings {
		if stem, ok := strings.CutSuffix(word, e[0]); ok && len([]rune(stem)) >= 2 {
			out = append(out, stem+e[1])
		}
	}
	return out
}

// countryOf returns the gazetteer place that the last one or two words of
// an organisation's name name in the genitive, and the words before it:
// "МИД Великобритании" → GPE-Great-Britain, "МИД"; "МИД Соединенного
// Королевства" → GPE-Great-Britain, "МИД".
func (r *Registry) countryOf(name, lang string) (string, []string, bool) {
	words := strings.Fields(name)
	for n := min(2, len(words)-1); n >= 1; n-- { // "Великої Британії" before "Британії"
		tail := words[len(words)-n:]
		cands := []string{""}
		for _, w := range tail {
			var next []string
			for _, c := range cands {
				for _, f := range nominatives(w) {
					next = append(next, strings.TrimSpace(c+" "+f))
				}
			}
			cands = next
		}
		for _, c := range cands {
			if k, ok := r.Dir.Find(c, lang); ok && k.Type == litopys.LOC {
				return k.ID, words[:len(words)-n], true
			}
		}
	}
	return "", nil, false
}

// institutionKey is the key of an organisation named by an institution and
// the country it belongs to, which joins every way of saying both: the
// institution by its acronym ("МИД", "Министерство иностранных дел" and,
// through the match keys of acronyms, "МЗС"), the country by its
// gazetteer id (Великобритании, Британии, Соединенного Королевства). ""
// when the name does not end in a country the gazetteer knows.
func (r *Registry) institutionKey(name, lang string) string {
	if r.Dir == nil {
		return ""
	}
	id, head, ok := r.countryOf(name, lang)
	if !ok || len(head) == 0 {
		return ""
	}
	h := strings.Join(head, " ")
	if len(head) > 1 {
		h = strings.ToUpper(acronymOf(head))
		if len([]rune(h)) < 2 {
			return ""
		}
	} else if !isAcronym(h) {
		return "" // "Нафтогаз Украины": a proper name, not an institution
	}
	return "inst:" + r.Key(h) + "@" + id
}

// ownerKey is the key by which an organisation named by a proper name and
// the country it belongs to ("Нафтогаз Украины", "Нафтогаз України")
// meets the name alone: the gazetteer's id of the name, when the gazetteer
// knows it alone as an organisation and it is no bare institution
// ("Правительство", "МИД": every country has one). "" otherwise.
func (r *Registry) ownerKey(name, lang string) string {
	if r.Dir == nil {
		return ""
	}
	_, head, ok := r.countryOf(name, lang)
	if !ok || len(head) != 1 || bareInstitution(head[0]) {
		return ""
	}
	k, ok := r.Dir.Find(head[0], lang)
	if !ok || k.Type != litopys.ORG {
		return ""
	}
	return "id:" + k.ID
}

// bareKey is the head of the institution keys (institutionKey) a bare
// institution name shares with the institutions of countries it names
// ("МИД", "Министерство иностранных дел": every "МИД …"); "" for other
// names.
func (r *Registry) bareKey(name string) string {
	if !bareInstitution(name) {
		return ""
	}
	h := name
	if ws := strings.Fields(name); len(ws) > 1 {
		h = strings.ToUpper(acronymOf(ws))
	}
	return "inst:" + r.Key(h) + "@"
}
