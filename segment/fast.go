package segment

// A fast path in front of UAX #29 for the bulk of ru/uk/en news: runs of
// Latin or Cyrillic letters and digits, ASCII spaces and common punctuation
// whose boundaries are certain from the next byte or two. Anything else
// (marks, apostrophes, inner dots, other scripts, emoji) goes to the UAX #29
// iterator. fast_test.go checks that both give the same tokens on real text.

// wordByte reports whether the rune starting at text[i] is a Latin or Cyrillic
// letter or an ASCII digit, and its size.
func wordByte(text string, i int) (bool, int) {
	c := text[i]
	switch {
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
		return true, 1
	case c == 0xD0 || c == 0xD1 || c == 0xD3:
		return i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0xBF, 2
	case c == 0xD2: // U+0480–U+0489 are a symbol and combining marks
		return i+1 < len(text) && text[i+1] >= 0x8A && text[i+1] <= 0xBF, 2
	}
	return false, 0
}

// fastWord returns the end of a run of letters and digits at i when UAX #29
// is sure to end a word there, or -1.
func fastWord(text string, i int) int {
	j := i
	for j < len(text) {
		ok, n := wordByte(text, j)
		if !ok {
			break
		}
		j += n
	}
	if j == i {
		return -1
	}
	if j == len(text) || breakAfterWord(text, j) {
		return j
	}
	return -1
}

// breakAfterWord reports whether text[j], following a letter or digit,
// certainly does not join it.
func breakAfterWord(text string, j int) bool {
	switch c := text[j]; c {
	case ' ', '\t', '\n', '\r', '!', '?', '(', ')', '"', '-', '/', '%', '[', ']':
		return true
	case '.', ',', ':', ';':
		// Mid-word and mid-number punctuation joins only when another
		// letter or digit follows.
		return j+1 == len(text) || !isWordStart(text, j+1)
	case 0xC2: // « » NBSP
		return j+1 < len(text) && (text[j+1] == 0xAB || text[j+1] == 0xBB || text[j+1] == 0xA0)
	case 0xE2: // – — “ ” „ …
		return j+2 < len(text) && text[j+1] == 0x80 && (text[j+2] >= 0x93 && text[j+2] <= 0x94 || text[j+2] >= 0x9C && text[j+2] <= 0x9E || text[j+2] == 0xA6)
	}
	return false
}

// isWordStart reports whether text[j] may start something that mid-word
// punctuation could join to (anything but ASCII space and punctuation).
func isWordStart(text string, j int) bool {
	c := text[j]
	return c >= utf8Self || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

const utf8Self = 0x80

// fastPunct returns the end of a one-rune punctuation token at i when UAX #29
// is sure to make it a token of its own (the next rune is no mark or joiner),
// or -1.
func fastPunct(text string, i int) int {
	c := text[i]
	n := 0
	switch {
	case c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' || c == '"' || c == '-' || c == '.' || c == '/' || c == '%':
		n = 1
	case c == 0xC2 && i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB):
		n = 2
	case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] >= 0x93 && text[i+2] <= 0x94 || text[i+2] >= 0x9C && text[i+2] <= 0x9E || text[i+2] == 0xA6):
		n = 3
	default:
		return -1
	}
	j := i + n
	if j == len(text) {
		return j
	}
	if d := text[j]; d < utf8Self || d == 0xD0 || d == 0xD1 || d == 0xC2 && j+1 < len(text) && (text[j+1] == 0xAB || text[j+1] == 0xBB || text[j+1] == 0xA0) {
		return j
	}
	return -1
}

// fastSpace returns the end of a run of ASCII spaces and tabs at i, or -1.
func fastSpace(text string, i int) int {
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j == i || j < len(text) && text[j] >= utf8Self && text[j] != 0xD0 && text[j] != 0xD1 && text[j] != 0xD3 {
		return -1 // a space before a mark or joiner could join it
	}
	return j
}
