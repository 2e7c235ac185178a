package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/litopys/litopys"
)

// Tokens appends the tokens of text[s.Start:s.End] to dst and returns the
// extended slice. Offsets are into text. Text and Kind are set; Lemma, Stem
// and Known are left for the morphology stage. A span out of range of text
// adds nothing.
func Tokens(dst []litopys.Token, text string, s litopys.Span) []litopys.Token {
	return tokens(dst, text, s, true)
}

// tokens is Tokens with the fast path in front of UAX #29 on or off.
func tokens(dst []litopys.Token, text string, s litopys.Span, fast bool) []litopys.Token {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return dst
	}
	base := len(dst)
	sub := text[:s.End]
	it := words.FromString("")
	for pos := s.Start; pos < s.End; {
		if fast {
			if j := fastSpace(sub, pos); j > 0 {
				pos = j
				continue
			}
			j := fastWord(sub, pos)
			if j < 0 {
				j = fastPunct(sub, pos)
			}
			if j > 0 {
				dst = appendPiece(dst, base, text, pos, j)
				pos = j
				continue
			}
		}
		it.SetText(sub[pos:])
		it.Next()
		v := it.Value()
		start := pos
		pos += len(v)
		if r, _ := utf8.DecodeRuneInString(v); isBlank(r) {
			continue
		}
		if len(v) > 2 && v[0] > '9' && strings.IndexByte(v, '.') > 0 {
			dst = appendDotted(dst, base, text, start, v)
			continue
		}
		dst = appendPiece(dst, base, text, start, pos)
	}
	for i := base; i < len(dst); i++ {
		t := &dst[i]
		t.Text = text[t.Start:t.End]
		t.Kind = kindOf(t.Text)
	}
	return dst
}

// appendDotted appends a UAX #29 word with inner dots, split where a dot
// ends an initial (А.Б.Иванов) or a sentence with its space missing
// (Украины.Также); other dotted words (Sky.News, ZN.ua, т.е) stay whole.
func appendDotted(dst []litopys.Token, base int, text string, start int, v string) []litopys.Token {
	// Initials split off only before a surname: А.Б.Иванов, but U.S stays.
	lastDot := strings.LastIndexByte(v, '.')
	surname := utf8.RuneCountInString(v[lastDot+1:]) >= 2
	from := 0
	for i := 1; i < len(v)-1; i++ {
		if v[i] != '.' {
			continue
		}
		left, _ := utf8.DecodeLastRuneInString(v[from:i])
		right, _ := utf8.DecodeRuneInString(v[i+1:])
		if !unicode.IsUpper(right) {
			continue
		}
		initial := surname && unicode.IsUpper(left) && utf8.RuneCountInString(v[from:i]) == 1
		glued := isCyrillic(left) && unicode.IsLower(left) && isCyrillic(right)
		if !initial && !glued {
			continue
		}
		dst = appendPiece(dst, base, text, start+from, start+i)
		dst = appendPiece(dst, base, text, start+i, start+i+1)
		from = i + 1
	}
	return appendPiece(dst, base, text, start+from, start+len(v))
}

// appendPiece appends the token text[start:end], first trying to join it to
// the tokens before it (dst[base:]).
func appendPiece(dst []litopys.Token, base int, text string, start, end int) []litopys.Token {
	n := len(dst) - base
	if n >= 1 {
		last := &dst[len(dst)-1]
		piece := text[start:end]
		if last.End == start && isStopRun(text[last.Start:last.End]) && isStopRun(piece) {
			last.End = end // "...", "?!"
			return dst
		}
		if isNumberGroup(piece) && joinsGroup(text, *last, start) {
			last.End = end // 300 000
			return dst
		}
	}
	if n >= 2 {
		left, mid := &dst[len(dst)-2], dst[len(dst)-1]
		if left.End == mid.Start && mid.End == start && joins(text, *left, mid, start, end) {
			left.End = end
			return dst[:len(dst)-1]
		}
	}
	return append(dst, litopys.Token{Start: start, End: end})
}

// joins reports whether left, a one-rune mid token and text[start:end], all
// adjacent, make one word: Сан-Франциско, 75-ї, п`ятниці.
func joins(text string, left, mid litopys.Token, start, end int) bool {
	m, size := utf8.DecodeRuneInString(text[mid.Start:mid.End])
	if size != mid.End-mid.Start {
		return false
	}
	l, _ := utf8.DecodeLastRuneInString(text[left.Start:left.End])
	r, _ := utf8.DecodeRuneInString(text[start:end])
	switch m {
	case '-', '‐', '‑':
		if !isAlnum(l) || !isAlnum(r) {
			return false
		}
		// 2022-2023 is a range of two numbers.
		return !(allASCIIDigits(text[left.Start:left.End]) && allASCIIDigits(text[start:end]))
	case '`', '‘', '\'', '’', 'ʹ', '′':
		return unicode.IsLetter(l) && unicode.IsLetter(r) && !unicode.IsUpper(r)
	}
	return false
}

// joinsGroup reports whether a three-digit group starting at start extends
// the number token last: last is 1–3 digits or already a grouped number, and
// a single space, no-break space or thin space lies between them.
func joinsGroup(text string, last litopys.Token, start int) bool {
	gap, size := utf8.DecodeRuneInString(text[last.End:start])
	if last.End+size != start || (gap != ' ' && gap != 0xA0 && gap != 0x202F && gap != 0x2009) {
		return false
	}
	t := text[last.Start:last.End]
	lead := 0
	for lead < len(t) && t[lead] >= '0' && t[lead] <= '9' {
		lead++
	}
	if lead == 0 || lead > 3 {
		return false
	}
	// The rest must be groups: a separator then exactly three digits.
	for i := lead; i < len(t); {
		_, sz := utf8.DecodeRuneInString(t[i:])
		i += sz
		if i+3 > len(t) || !allASCIIDigits(t[i:i+3]) {
			return false
		}
		i += 3
	}
	return true
}

// isNumberGroup reports whether s is three digits, alone or with a decimal
// tail (000,5).
func isNumberGroup(s string) bool {
	if len(s) < 3 || !allASCIIDigits(s[:3]) {
		return false
	}
	if len(s) == 3 {
		return true
	}
	return len(s) > 4 && (s[3] == ',' || s[3] == '.') && allASCIIDigits(s[4:])
}
