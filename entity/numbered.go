package entity

import (
	"strings"
	"unicode"

	"github.com/litopys/litopys"
)

// extendNumbered takes into a span the number that ends a numbered name —
// a pipeline's, a programme's or a product's stage or model ("Северного
// потока-2", "Северный поток – 2", "Nord Stream 2"). Official style
// capitalises the adjective of such a name and writes the noun in lower
// case with the number glued on, a word the tagger has not seen; or it
// sets the number off with a dash. Three shapes, grammar-level:
//   - a span of capitalised common adjectives followed by a lower-case word
//     that ends in a hyphen and a number of one or two digits takes that
//     word in ("Северного" + "потока-2");
//   - an organisation, product or event span followed by a dash set off by
//     spaces and a number of one digit takes both in, unless a
//     word follows the number (a date: "— 2 ноября");
//   - an organisation, product or event span in Latin script followed by a
//     number of one to three digits takes it in ("Nord Stream" + "2"),
//     unless a lower-case word (in English, for a product, a word that
//     counts: "iPhone 4 for", not "Airbus 2 billion") or an English month
//     follows the number ("Airbus 2 самолёта", "Navy Yard 13 July") or another number, alone
//     or after a dash (a score, a table: "Panathinaikos 5–1").
//
// Persons and places never end in such a number.
func (r *Resolver) extendNumbered(doc *litopys.Document, spans []Span) []Span {
	out := make([]Span, len(spans))
	copy(out, spans)
	for i, sp := range out {
		a, b := tokensOf(doc, sp)
		if a >= b || b >= len(doc.Tokens) || doc.Tokens[b-1].Kind != litopys.TokenWord {
			continue
		}
		limit := len(doc.Tokens)
		if i+1 < len(out) {
			limit, _ = tokensOf(doc, out[i+1])
		}
		if end := r.numberedTail(doc, sp, a, b, limit); end > b {
			out[i].End = doc.Tokens[end-1].End
		}
	}
	return out
}

// numberedTail returns the token index after the numbered tail of the span
// of tokens a..b, or b when there is none. Tokens at limit and after belong
// to the next span.
func (r *Resolver) numberedTail(doc *litopys.Document, sp Span, a, b, limit int) int {
	spaceBefore := func(k int) bool { // one line, blanks only
		gap := doc.Text[doc.Tokens[k-1].End:doc.Tokens[k].Start]
		return strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n")
	}
	t := doc.Tokens[b]
	lang := langAt(doc, sp.Start)
	if b < limit && t.Kind == litopys.TokenWord && (lang == "ru" || lang == "uk") && spaceBefore(b) &&
		gluedNumber(t.Text) && r.Common != nil && r.Grammar != nil && r.allAdjectives(doc.Tokens[a:b], lang) {
		return b + 1
	}
	if sp.Type == litopys.PER || sp.Type == litopys.LOC {
		return b
	}
	dateAfter := func(k int) bool { // "— 2 ноября", "— 2 млрд"
		return k < len(doc.Tokens) && doc.Tokens[k].Kind == litopys.TokenWord && spaceBefore(k) &&
			quantityWord(doc.Tokens[k].Text)
	}
	if b+1 < limit && isDash(t.Text) && spaceBefore(b) && doc.Tokens[b].Start > doc.Tokens[b-1].End &&
		doc.Tokens[b+1].Kind == litopys.TokenNumber && spaceBefore(b+1) && smallNumber(doc.Tokens[b+1].Text, 1) &&
		!dateAfter(b+2) {
		return b + 2
	}
	if b < limit && t.Kind == litopys.TokenNumber && doc.Tokens[b].Start == doc.Tokens[b-1].End+1 && spaceBefore(b) &&
		smallNumber(t.Text, 3) && latinName(doc.Text[sp.Start:sp.End]) {
		if k := b + 1; k < len(doc.Tokens) && doc.Tokens[k].Kind == litopys.TokenWord && spaceBefore(k) {
			w := doc.Tokens[k].Text
			if englishMonth(w) || !startsUpper(w) && !(lang == "en" && sp.Type == litopys.PRO && !englishCounted[strings.ToLower(w)]) {
				return b // "Airbus 2 самолёта", "Navy Yard 13 July"; but "the iPhone 4 for the first time"
			}
		}
		if k := b + 1; k < len(doc.Tokens) && (doc.Tokens[k].Kind == litopys.TokenNumber ||
			isDash(doc.Tokens[k].Text) && k+1 < len(doc.Tokens) && doc.Tokens[k+1].Kind == litopys.TokenNumber) {
			return b // a score or a row of a table: "Panathinaikos 5–1", "Järbo IF 22 10 8 4"
		}
		return b + 1
	}
	return b
}

// gluedNumber reports whether w is a lower-case word with a hyphen and a
// number of one or two digits at its end ("потока-2").
func gluedNumber(w string) bool {
	i := strings.LastIndexAny(w, "-–")
	if i <= 0 || !smallNumber(w[i+len(string([]rune(w[i:])[0])):], 2) {
		return false
	}
	for _, c := range w[:i] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// smallNumber reports whether s is a number of 1..n digits, not starting
// with 0.
func smallNumber(s string, n int) bool {
	if s == "" || len(s) > n || s[0] == '0' {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// quantityStems start the month names and the words of quantity that make
// a number after a dash a date or an amount rather than part of a name.
var quantityStems = strings.Fields(`январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр
	січ лют берез квіт трав черв лип серп верес жовт листопад груд млрд млн тыс тис мільярд мільйон миллиард миллион
	раз процент відсот час год рок лет дн ден сут тон кило метр км долл євро евро рубл гривн`)

// englishCounted are the English words after a number that make it a
// count or an amount, not a product's model number ("Boeing 737 planes" is
// no such phrase in English, "Airbus 2 billion" is one).
var englishCounted = wordSet(`million millions billion billions trillion thousand hundred percent per cent times years year
	months month weeks week days day hours people planes aircraft units points`)

// englishMonth reports whether w is the name of a month in English.
func englishMonth(w string) bool {
	switch strings.ToLower(w) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// quantityWord reports whether w is a month or a word of quantity.
func quantityWord(w string) bool {
	w = strings.ToLower(w)
	for _, s := range quantityStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// seriesStem returns a base form without the number that ends it ("северный
// поток – 2", "nord stream 2" → "северный поток", "nord stream") and
// whether there was one: one to three digits after a space, a hyphen or a
// dash, with a word before them.
func seriesStem(lower string) (string, bool) {
	s := strings.TrimRightFunc(lower, unicode.IsDigit)
	if n := len(lower) - len(s); n == 0 || n > 3 {
		return lower, false
	}
	t := strings.TrimRight(s, " -–—―")
	if t == s && !strings.HasSuffix(s, " ") || strings.IndexFunc(t, unicode.IsLetter) < 0 {
		return lower, false
	}
	return strings.TrimSpace(t), true
}
