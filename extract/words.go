package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// separators that follow a prefix ("Читайте также: …", "Фото — AP").
const sepChars = ":—–->»|.…/"

// startsSep reports whether s starts with a separator.
func startsSep(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(sepChars, r)
}

// trimSep trims separators and spaces around s.
func trimSep(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r == ' ' || strings.ContainsRune(sepChars, r) })
}

// countWords counts the tokens of s that hold a letter or a digit.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if isLetterOrDigit(r) {
			if !in {
				n++
			}
			in = true
		} else if r == ' ' {
			in = false
		}
	}
	return n
}

// oneOf reports whether s is one of list.
func oneOf(s string, list []string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// fieldsOf splits lower-case s into words of letters, digits and inner
// hyphens.
func fieldsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isLetterOrDigit(r) && r != '-' })
}

// anyWord reports whether a word of s is in list.
func anyWord(s string, list []string) bool {
	for _, w := range fieldsOf(s) {
		if oneOf(w, list) {
			return true
		}
	}
	return false
}

// allWords reports whether s has words and every one is in list.
func allWords(s string, list []string) bool {
	ws := fieldsOf(s)
	for _, w := range ws {
		if !oneOf(w, list) {
			return false
		}
	}
	return len(ws) > 0
}

// menu reports whether s is a row of short items between separators: a
// language switch ("UA / RU", "Укр | Рус") or a menu or breadcrumb
// ("Новости | Политика | Экономика", "Главная > Новости > Политика").
func menu(s string) bool {
	if !hasMenuSep(s) {
		return false
	}
	items := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("|/•·⋅∙→", r) })
	if strings.ContainsAny(s, ">»") {
		items = splitSpaced(items, []string{" > ", " » ", " :: "})
	}
	if len(items) < 2 {
		return false
	}
	total, langs := 0, 0
	for _, it := range items {
		it = strings.TrimSpace(it)
		n := countWords(it)
		if n == 0 {
			continue
		}
		if n > 4 || strings.ContainsAny(it, "!?;={}") || strings.HasSuffix(it, ".") && n > 1 {
			return false
		}
		total += n
		low := lower(strings.TrimSpace(it))
		if oneOf(low, langNames) || n == 1 && utf8.RuneCountInString(low) <= 3 && it == strings.ToUpper(it) && !isNumber(it) {
			langs++
		}
	}
	if total > 30 {
		return false
	}
	return len(items) >= 3 || langs == len(items)
}

// splitSpaced splits each item further on any of seps.
func splitSpaced(items []string, seps []string) []string {
	var out []string
	for _, it := range items {
		parts := []string{it}
		for _, sep := range seps {
			var next []string
			for _, p := range parts {
				next = append(next, strings.Split(p, sep)...)
			}
			parts = next
		}
		out = append(out, parts...)
	}
	return out
}

// isNumber reports whether s holds only digits and punctuation.
func isNumber(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
