package segment

import (
	"unicode"
	"unicode/utf8"
)

// wordBefore returns the start of the word that ends at i (letters, with
// inner dots or hyphens between letters: "т.д", "г-н") and whether it is a
// single letter. It returns i when no letter precedes i.
func wordBefore(text string, sent, i int) (start int, single bool) {
	start = i
	letters := 0
	for start > sent {
		r, n := utf8.DecodeLastRuneInString(text[sent:start])
		if unicode.IsLetter(r) {
			start -= n
			letters++
			continue
		}
		if (r == '.' || r == '-') && letters > 0 && start-n > sent {
			if p, _ := utf8.DecodeLastRuneInString(text[sent : start-n]); unicode.IsLetter(p) {
				start -= n
				letters = 0 // a new part; a dotted word is never "single"
				single = false
				continue
			}
		}
		break
	}
	return start, start < i && utf8.RuneCountInString(text[start:i]) == 1
}

// lookup classifies the word text (with inner dots) by the abbreviation list,
// case-insensitively, without allocating.
func lookup(w string) abbrevKind {
	if len(w) > 24 {
		return notAbbrev
	}
	var buf [32]byte
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return abbreviations[string(b)]
}

// afterNumber reports whether the word at ws follows a number: Arabic digits
// or a Roman numeral (Latin or look-alike Cyrillic letters: XX в., ХХІ ст.).
func afterNumber(text string, sent, ws int) bool {
	p := ws
	for p > sent {
		r, n := utf8.DecodeLastRuneInString(text[sent:p])
		if !isBlank(r) {
			break
		}
		p -= n
	}
	if p == ws || p == sent {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[sent:p])
	if r >= '0' && r <= '9' {
		return true
	}
	roman := 0
	for p > sent {
		r, n := utf8.DecodeLastRuneInString(text[sent:p])
		if !isRoman(r) {
			if unicode.IsLetter(r) {
				return false
			}
			break
		}
		roman++
		p -= n
	}
	return roman > 0
}

func isRoman(r rune) bool {
	switch r {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M', 'Х', 'І':
		return true
	}
	return false
}

// afterTo reports whether the single letter at ws follows "т." (т. д., т. п.).
func afterTo(text string, sent, ws int) bool {
	r, _ := utf8.DecodeRuneInString(text[ws:])
	if r != 'д' && r != 'п' {
		return false
	}
	p := ws
	for p > sent {
		r, n := utf8.DecodeLastRuneInString(text[sent:p])
		if !isBlank(r) {
			break
		}
		p -= n
	}
	if p-1 <= sent || text[p-1] != '.' {
		return false
	}
	ts, single := wordBefore(text, sent, p-1)
	return single && (text[ts:p-1] == "т" || text[ts:p-1] == "Т")
}

// shortLead reports whether s, the sentence before an endable abbreviation,
// is a short lead-in phrase: fewer than minWordsBeforeBreak words, of which
// the first is a number or has at most three letters.
func shortLead(s string) bool {
	if countWords(s, minWordsBeforeBreak) >= minWordsBeforeBreak {
		return false
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += n
	}
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		return true
	}
	letters := 0
	for _, r := range s[i:] {
		if !unicode.IsLetter(r) {
			break
		}
		letters++
	}
	return letters > 0 && letters <= 3
}

// countWords counts runs of letters and digits in s, stopping at limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
			if n >= limit {
				return n
			}
		}
		in = w
	}
	return n
}

// allDigits reports whether s is a non-empty run of ASCII digits and dots.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return false
		}
	}
	return true
}

// dottedLetters reports whether w is single letters joined by dots (А.Б, т.о).
func dottedLetters(w string) bool {
	letters := 0
	for _, r := range w {
		if r == '.' {
			if letters != 1 {
				return false
			}
			letters = 0
			continue
		}
		letters++
	}
	return letters == 1 && len(w) > 2
}
