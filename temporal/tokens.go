package temporal

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

type tokKind uint8

const (
	tWord    tokKind = iota
	tNum             // digits, with an optional suffix: "2023", "1-го", "1990-х", "12th"
	tNumDate         // a numeric date: "12.09.2023", "2023-09-12"
	tTime            // "15:30"
	tPunct
)

// token is a word, number or punctuation mark of the text.
//
// It holds no pointers and is kept small: a text has a token per word.
type token struct {
	start, end int
	num        int      // tNum: value; tTime: hours*60+minutes
	sent       int      // index of the sentence the token is in
	punct      rune     // tPunct
	lex        lexEntry // words only
	kind       tokKind
	adjMonth   int8  // month of a month adjective
	upper      bool  // the word starts with a capital letter
	suffix     uint8 // tNum: index in suffixNames of the letters after the digits ("го", "х", "s")
	ndig       uint8 // tNum: number of digits
	m, d       uint8 // tNumDate
	y          int16 // tNumDate
}

// tokenize splits text into tokens and assigns them to sentences. Sentences
// not given are found by a crude rule: a line break, or [.!?] followed by
// a space and a capital letter or digit.
func tokenize(text string, sentences []litopys.Span, toks []token, lang string) []token {
	lex := lexicon()
	var buf [96]byte
	sent, si := 0, 0
	nextBreak := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if sentences != nil {
			for si < len(sentences) && i >= sentences[si].End {
				si++
			}
			sent = si
		}
		switch {
		case r == '\n':
			if sentences == nil {
				sent++
			}
			i += size
			nextBreak = false
			continue
		case unicode.IsSpace(r):
			// A run of three or more spaces is a layout break (a list
			// or a table) that no expression crosses.
			j := i + size
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if sentences == nil && j-i >= 3 && len(toks) > 0 && strings.TrimSpace(text[i:j]) == "" && !strings.Contains(text[i:j], "\n") {
				sent++
			}
			i = j
			continue
		case r >= '0' && r <= '9':
			t, n := scanNumber(text, i)
			t.sent = sent
			toks = append(toks, t)
			i += n
		case isLetter(r):
			j := i
			n := 0
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isApostrophe(r2) && n > 0 && j+s2 < len(text) {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); isLetter(r3) {
						if n < len(buf) {
							n += copy(buf[n:], "'")
						}
						j += s2
						continue
					}
					break
				}
				if !isLetter(r2) {
					break
				}
				lr := toLower(r2)
				if lr == 'ё' {
					lr = 'е'
				}
				if n+4 <= len(buf) {
					n += utf8.EncodeRune(buf[n:], lr)
				} else {
					n = len(buf) + 1
				}
				j += s2
			}
			t := token{start: i, end: j, kind: tWord, upper: toLower(r) != r, sent: sent}
			if n <= len(buf) {
				w := buf[:n]
				if e, ok := lex[string(w)]; ok {
					if (e.flags&fUkOnly != 0 && lang == "ru") || (e.flags&fRuOnly != 0 && lang == "uk") {
						e = lexEntry{}
					}
					t.lex = e
				} else if n >= 10 && !t.upper {
					t.adjMonth = int8(monthAdjective(string(w)))
				} else if t.upper && n <= 12 && (r == 'I' || r == 'V' || r == 'X' || r == 'Х' || r == 'І') {
					if v := roman(text[i:j]); v > 0 {
						t.lex = lexEntry{kind: lxRoman, val: int8(v)}
					}
				}
			}
			toks = append(toks, t)
			i = j
		default:
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, punct: r, sent: sent})
			i += size
			if sentences == nil && (r == '.' || r == '!' || r == '?') {
				nextBreak = true
				continue
			}
		}
		if nextBreak && sentences == nil && len(toks) >= 2 {
			// The token just added follows a sentence-final mark: break
			// before it if it starts with a capital or a digit.
			last := &toks[len(toks)-1]
			prev := toks[len(toks)-2]
			if prev.kind == tPunct && last.start > prev.end && (last.upper || last.kind != tWord) && !isAbbrevBefore(toks) {
				sent++
				last.sent = sent
			}
			nextBreak = false
		}
	}
	return toks
}

// isAbbrevBefore reports whether the dot before the last token ends an
// abbreviation that does not end a sentence ("г.", "Sept.").
func isAbbrevBefore(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	w := toks[len(toks)-3]
	return w.kind == tWord && w.lex.flags&fAbbr != 0 && toks[len(toks)-2].punct == '.'
}

// isLetter is unicode.IsLetter with fast paths for ASCII and Cyrillic.
func isLetter(r rune) bool {
	switch {
	case r < 0x80:
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	case r >= 0x0400 && r <= 0x04FF:
		return r < 0x0482 || r > 0x0489
	}
	return unicode.IsLetter(r)
}

// toLower is unicode.ToLower with fast paths for ASCII and Cyrillic.
func toLower(r rune) rune {
	switch {
	case r < 0x80:
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	case r >= 0x0410 && r <= 0x042F:
		return r + 0x20
	case r >= 0x0430 && r <= 0x045F:
		return r
	case r >= 0x0400 && r <= 0x040F:
		return r + 0x50
	}
	return unicode.ToLower(r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '′'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
