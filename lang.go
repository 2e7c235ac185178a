package litopys

import "slices"

// Lang is a language litopys reads, by its ISO 639-1 code. Documents,
// names and queries carry it as a plain string (JSON and SQL keep the
// code); Langs is the one list of the languages there are. To add one,
// see "Adding a language or an entity type" in ARCHITECTURE.md.
type Lang string

// The languages litopys reads.
const (
	RU Lang = "ru"
	UK Lang = "uk"
	EN Lang = "en"
)

// Langs lists the languages litopys reads, in the order pages show them.
var Langs = []Lang{RU, UK, EN}

// LangCodes returns the codes of Langs.
func LangCodes() []string {
	out := make([]string, len(Langs))
	for i, l := range Langs {
		out[i] = string(l)
	}
	return out
}

// langNames are the languages' own names.
var langNames = map[Lang]string{RU: "Русский", UK: "Українська", EN: "English"}

// Name is the language's own name ("Українська"), or its code for a
// language litopys does not read.
func (l Lang) Name() string {
	if n, ok := langNames[l]; ok {
		return n
	}
	return string(l)
}

// IsLang reports whether code is one of Langs.
func IsLang(code string) bool { return slices.Contains(Langs, Lang(code)) }

// EntityType is the type of a named entity, as in the BSNLP shared task.
// Entities carry it as a plain string; EntityTypes is the one list of
// the types there are.
type EntityType string

// EntityTypes lists the entity types, in the order reports show them.
var EntityTypes = []EntityType{PER, ORG, LOC, EVT, PRO}

// EntityTypeCodes returns the codes of EntityTypes ("PER", …).
func EntityTypeCodes() []string {
	out := make([]string, len(EntityTypes))
	for i, t := range EntityTypes {
		out[i] = string(t)
	}
	return out
}

// entityTypeNames name the types for people.
var entityTypeNames = map[EntityType]string{
	PER: "People", ORG: "Organisations", LOC: "Places", EVT: "Events", PRO: "Products and documents",
}

// Name names the type for people ("Places"), or is its code for a type
// litopys does not know.
func (t EntityType) Name() string {
	if n, ok := entityTypeNames[t]; ok {
		return n
	}
	return string(t)
}

// IsEntityType reports whether code is one of EntityTypes.
func IsEntityType(code string) bool { return slices.Contains(EntityTypes, EntityType(code)) }
