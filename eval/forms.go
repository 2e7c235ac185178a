package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// partial reports whether one form equals the other or occurs in it as a
// whole-word substring: "merkel" is part of "angela merkel", "рос" is not
// part of "россия".
func partial(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a == "" {
		return false
	}
	for i := 0; i <= len(b)-len(a); {
		j := strings.Index(b[i:], a)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(a)
		if wordEdge(b, s, false) && wordEdge(b, e, true) {
			return true
		}
		_, size := utf8.DecodeRuneInString(b[s:])
		i = s + size
	}
	return false
}

// wordEdge reports whether byte offset i of s is not inside a word: the rune
// before it (after it when forward) is absent or is not a letter or digit.
func wordEdge(s string, i int, forward bool) bool {
	var r rune
	if forward {
		if i >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	} else {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
