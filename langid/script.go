package langid

import (
	"unicode"
	"unicode/utf8"
)

// script is the writing system of a letter or a word.
type script uint8

const (
	scriptNone     script = iota // not a letter
	scriptCyrillic               // U+0400–U+052F
	scriptLatin                  // ASCII letters and the Latin supplements
	scriptOther                  // any other letter: Greek, Arabic, CJK, …
)

// maxWord is the longest word, in runes, that is scored. Longer runs of
// letters (base64, URLs glued together) still count as letters of their
// script but give no n-gram evidence.
const maxWord = 40

// apostrophe is the one form every apostrophe inside a word is folded to,
// so "п'ять", "п’ять" and "пʼять" share their features.
const apostrophe = '\''

// letterScript classifies r, already known to be a letter or not.
func letterScript(r rune) script {
	switch {
	case r < 0x80:
		if (r|0x20) >= 'a' && (r|0x20) <= 'z' {
			return scriptLatin
		}
		return scriptNone
	case r >= 0x400 && r <= 0x52F:
		if r >= 0x482 && r <= 0x489 { // combining marks and the thousands sign
			return scriptNone
		}
		return scriptCyrillic
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7, r >= 0x1E00 && r <= 0x1EFF:
		return scriptLatin
	case isApostrophe(r): // ʼ and ʻ are letters to Unicode, apostrophes to Ukrainian
		return scriptNone
	case unicode.IsLetter(r):
		return scriptOther
	}
	return scriptNone
}

// fold lower-cases a letter, with fast paths for ASCII and Cyrillic.
func fold(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 0x20
	case r < 0x80:
		return r
	case r >= 0x410 && r <= 0x42F:
		return r + 0x20
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50
	case r >= 0x430 && r <= 0x45F:
		return r
	case r >= 0x460 && r <= 0x52F:
		return r | 1 // the remaining Cyrillic blocks pair upper/lower case as even/odd
	}
	return unicode.ToLower(r)
}

// isApostrophe reports whether r is one of the marks Ukrainian writes
// inside words: ASCII ', right single quote ’ and modifier letter ʼ.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == 'ʻ'
}

// wordScanner walks a string word by word. A word is a run of letters,
// possibly with apostrophes between letters; it is folded to lower case.
// The scanner never allocates and accepts invalid UTF-8 (bad bytes are
// separators).
type wordScanner struct {
	s   string
	pos int

	word   [maxWord]rune
	n      int    // runes of the current word kept in word (at most maxWord)
	long   bool   // the word was longer than maxWord
	script script // majority script of the current word's letters
	upper  bool   // the current word starts with an upper-case letter
	words  int    // words returned so far, the current one included

	letters [4]int // letters seen so far, by script
}

// next advances to the next word and reports whether there was one.
func (w *wordScanner) next() bool {
	w.n, w.long, w.upper = 0, false, false
	var counts [4]int
	for w.pos < len(w.s) {
		r, size := w.decode(w.pos)
		sc := letterScript(r)

		if sc == scriptNone {
			if w.n == 0 {
				w.pos += size
				continue
			}
			if !isApostrophe(r) {
				break
			}
			// An apostrophe belongs to the word only between two letters.
			if nr, _ := w.decode(w.pos + size); w.pos+size >= len(w.s) || letterScript(nr) == scriptNone {
				break
			}
			w.pos += size
			w.push(apostrophe)
			continue
		}
		w.pos += size
		counts[sc]++
		w.letters[sc]++
		f := fold(r)
		if w.n == 0 {
			w.upper = f != r
		}
		w.push(f)
	}
	if w.n == 0 {
		return false
	}
	w.words++
	w.script = scriptCyrillic
	if counts[scriptLatin] > counts[w.script] {
		w.script = scriptLatin
	}
	if counts[scriptOther] > counts[w.script] {
		w.script = scriptOther
	}
	return true
}

// decode returns the rune at byte offset i (utf8.RuneError, 1 for a bad
// byte, and 0, 0 past the end).
func (w *wordScanner) decode(i int) (rune, int) {
	if i >= len(w.s) {
		return 0, 0
	}
	c := w.s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Two-byte sequences (all of Cyrillic) without the general decoder.
	if c >= 0xC2 && c < 0xE0 && i+1 < len(w.s) && w.s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(w.s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(w.s[i:])
}

func (w *wordScanner) push(r rune) {
	if w.n == maxWord {
		w.long = true // keep n at maxWord so the word still counts as one
		return
	}
	w.word[w.n] = r
	w.n++
}

// runes returns the current word, or nil when it was too long to score.
func (w *wordScanner) runes() []rune {
	if w.long {
		return nil
	}
	return w.word[:w.n]
}

// countLetters adds the letters of s, by script, to letters: what a
// wordScanner would count, without building words.
func countLetters(s string, letters *[4]int) {
	none := letters[scriptNone]
	defer func() { letters[scriptNone] = none }() // non-letters were counted there
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				letters[scriptLatin]++
			}
			i++
		case c >= 0xD0 && c <= 0xD3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && (c != 0xD2 || s[i+1] < 0x82 || s[i+1] > 0x89):
			letters[scriptCyrillic]++ // U+0400–U+04FF but the marks U+0482–U+0489
			i += 2
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			letters[letterScript(rune(c&0x1F)<<6|rune(s[i+1]&0x3F))]++
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			letters[letterScript(r)]++
			i += size
		}
	}
}
