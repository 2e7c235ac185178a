package eval

import (
	"strings"
	"unicode"
)

// normForm is the comparison key of a mention form or base form: lower case,
// one space between words, typographic apostrophes as ASCII "'".
func normForm(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u2019', '\u02bc', '\u2018', '`', '\u00b4':
			return '\''
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// unit is one distinct (form, type) of a document, normalised.
type unit struct {
	form, typ string
	base, id  string // of the first mention with this form and type
}

// units deduplicates mentions by normalised form and type, keeping the
// first base form and id.
func units(ms []Mention) []unit {
	seen := make(map[[2]string]bool, len(ms))
	var out []unit
	for _, m := range ms {
		u := unit{form: normForm(m.Form), typ: NormType(m.Type), base: normForm(m.Base), id: strings.TrimSpace(m.ID)}
		k := [2]string{u.form, u.typ}
		if u.form == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, u)
	}
	return out
}

// entityUnits is units keeping one unit per (form, type, id): a form
// annotated under two entities names both.
func entityUnits(ms []Mention) []unit {
	seen := make(map[[3]string]bool, len(ms))
	var out []unit
	for _, m := range ms {
		u := unit{form: normForm(m.Form), typ: NormType(m.Type), base: normForm(m.Base), id: strings.TrimSpace(m.ID)}
		k := [3]string{u.form, u.typ, u.id}
		if u.form == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, u)
	}
	return out
}

// partialMatch reports whether one normalised form contains the other:
// the BSNLP evaluator's partial match, read as plain case-insensitive
// substring containment in either direction ("merkel" and "angela merkel";
// also "рос" and "россия", which a word-boundary rule would refuse — the
// official tool compares strings, not words).
func partialMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}
