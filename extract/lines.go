package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-blank line of the input with the features the cleaner
// reads.
type line struct {
	text string // the line, trimmed, inner whitespace collapsed
	href string // the first link of the line (HTML only)

	words    int  // tokens holding a letter or a digit
	capWords int  // words starting with an upper-case letter
	letters  int  // letters
	latin    int  // Latin letters
	upper    int  // upper-case letters
	sentence bool // ends in sentence punctuation (. ! ? …)
	colon    bool // ends in a colon

	linked bool // (HTML only) nine tenths of its text or more is link text

	kind    string // "" when kept, else a litopys.Removed* kind
	related string // for teasers: the text after the prefix
}

// splitLines splits text into non-blank lines. A line that continues the
// previous one (no blank line between, the previous line ends without
// punctuation and this one starts with a lower-case letter) is joined to it:
// that is a paragraph wrapped by the copy.
func splitLines(text string) []line {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	var out []line
	blank := true
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	if strings.Contains(text, "\u2028") || strings.Contains(text, "\u2029") {
		text = strings.NewReplacer("\u2028", "\n", "\u2029", "\n").Replace(text)
	}
	for len(text) > 0 {
		var raw string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			raw, text = text[:i], text[i+1:]
		} else {
			raw, text = text, ""
		}
		s := normSpace(raw)
		if s == "" {
			blank = true
			continue
		}
		if !blank && len(out) > 0 && continues(out[len(out)-1].text, s) {
			out[len(out)-1] = newLine(out[len(out)-1].text+" "+s, "")
			continue
		}
		blank = false
		out = append(out, newLine(s, ""))
	}
	return out
}

// continues reports whether next is the wrapped rest of prev.
func continues(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ','
}

// normSpace trims s and collapses runs of white space (including no-break
// and zero-width spaces) to one space. It returns s itself when nothing
// changes.
func normSpace(s string) string {
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := isSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	switch r {
	case '\u0085', '\u00a0', '\u00ad', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
		'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return '\u2000' <= r && r <= '\u200a'
}

// newLine computes the features of a trimmed line.
func newLine(s, href string) line {
	l := line{text: s, href: href}
	inWord := false
	cjk := 0
	for _, r := range s {
		letter, digit, up := runeClass(r)
		switch {
		case letter && isCJK(r):
			// Chinese and Japanese write no spaces: every two
			// characters count as a word.
			l.letters++
			cjk++
			inWord = false
		case letter:
			l.letters++
			if r < 0x250 {
				l.latin++
			}
			if up {
				l.upper++
			}
			if !inWord {
				l.words++
				if up {
					l.capWords++
				}
			}
			inWord = true
		case digit:
			if !inWord {
				l.words++
			}
			inWord = true
		case r == ' ':
			inWord = false
		}
	}
	l.words += (cjk + 1) / 2
	end := strings.TrimRight(s, "\"'»”’)]*」』）")
	last, _ := utf8.DecodeLastRuneInString(end)
	switch last {
	case '.', '!', '?', '…', ';', '。', '！', '？', '；':
		l.sentence = true
	case ':':
		l.colon = true
	}
	return l
}

// isCJK reports whether r is a Han, Hiragana or Katakana character.
func isCJK(r rune) bool {
	return 0x3040 <= r && r <= 0x30ff || 0x3400 <= r && r <= 0x9fff || 0xf900 <= r && r <= 0xfaff
}

// prose reports whether l reads as a paragraph of running text.
func (l *line) prose() bool {
	return l.sentence && l.words >= 8 || l.colon && l.words >= 12
}

// isLatin reports whether most letters of l are Latin.
func (l *line) isLatin() bool { return l.letters > 0 && l.latin*10 >= l.letters*9 }
