package temporal

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// digits returns the length and value of the run of ASCII digits at s[i:].
func digits(s string, i int) (n, v int) {
	for i+n < len(s) && isDigit(s[i+n]) && n < 9 {
		v = v*10 + int(s[i+n]-'0')
		n++
	}
	return n, v
}

// scanNumber reads a number, numeric date or clock time at text[i:].
func scanNumber(text string, i int) (token, int) {
	n, v := digits(text, i)
	// Numeric dates: dd.mm.yyyy, dd/mm/yyyy, yyyy-mm-dd.
	if j := i + n; j+1 < len(text) {
		sep := text[j]
		switch {
		case (sep == '.' || sep == '/') && n <= 2:
			n2, v2 := digits(text, j+1)
			k := j + 1 + n2
			if n2 >= 1 && n2 <= 2 && k+1 < len(text) && text[k] == sep {
				n3, v3 := digits(text, k+1)
				if n3 == 4 && (!followedByDigitSep(text, k+1+n3) || numDateNext(text, k+1+n3)) {
					if t, ok := numDate(v3, v2, v, i, k+1+n3); ok {
						return t, k + 1 + n3 - i
					}
				}
			}
		case sep == '-' && n == 4:
			n2, v2 := digits(text, j+1)
			k := j + 1 + n2
			if n2 == 2 && k+1 < len(text) && text[k] == '-' {
				if n3, v3 := digits(text, k+1); n3 == 2 && !followedByDigitSep(text, k+1+n3) {
					if t, ok := numDate(v, v2, v3, i, k+1+n3); ok {
						return t, k + 1 + n3 - i
					}
				}
			}
		case sep == ':' && n <= 2:
			if n2, v2 := digits(text, j+1); n2 == 2 && v <= 23 && v2 <= 59 && !followedByDigitSep(text, j+1+n2) {
				return token{start: i, end: j + 1 + n2, kind: tTime, num: v*60 + v2}, j + 1 + n2 - i
			}
		}
	}
	t := token{start: i, end: i + n, kind: tNum, num: v, ndig: uint8(n)}
	// A suffix: "2023-го", "1990-х", "12th", "2023г".
	j := i + n
	k := j
	if k < len(text) && text[k] == '-' {
		k++
	}
	var sbuf [16]byte
	sn := 0
	e := k
	for e < len(text) {
		r, s := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) || sn+utf8.RuneLen(r) > len(sbuf) {
			break
		}
		sn += utf8.EncodeRune(sbuf[sn:], unicode.ToLower(r))
		e += s
	}
	if sn > 0 && utf8.RuneCount(sbuf[:sn]) <= 3 {
		suf := string(sbuf[:sn])
		attached := k == j
		if code, ok := numSuffixes()[suf]; ok && (!attached || suf == "г" || suf == "р" || enSuffix(suf)) {
			t.suffix = code
			t.end = e
		}
	}
	return t, t.end - i
}

// suffixNames are the endings a number may carry and still be a day, year
// or decade; tokens keep the index so that they hold no pointers.
var suffixNames = [...]string{"",
	"го", "е", "й", "м", "му", "ий", "ого", "ому", "х", "ых", "их", "ті", "ї", "ое", "ей",
	"г", "р", "st", "nd", "rd", "th", "s", "ом",
}

// numSuffixes maps a suffix to its index in suffixNames.
var numSuffixes = sync.OnceValue(func() map[string]uint8 {
	m := make(map[string]uint8, len(suffixNames))
	for i, s := range suffixNames[1:] {
		m[s] = uint8(i + 1)
	}
	return m
})

// suf returns the suffix of a number token, "" if none.
func (t *token) suf() string { return suffixNames[t.suffix] }

func enSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" || s == "s" }

// numDateNext reports whether "-dd.mm.yyyy" follows at i: the end of a
// range of numeric dates ("09.12.2017-10.12.2017").
func numDateNext(s string, i int) bool {
	if i >= len(s) || s[i] != '-' {
		return false
	}
	n1, _ := digits(s, i+1)
	j := i + 1 + n1
	if n1 < 1 || n1 > 2 || j >= len(s) || s[j] != '.' {
		return false
	}
	n2, _ := digits(s, j+1)
	j += 1 + n2
	if n2 < 1 || n2 > 2 || j >= len(s) || s[j] != '.' {
		return false
	}
	n3, _ := digits(s, j+1)
	return n3 == 4
}

func followedByDigitSep(s string, i int) bool {
	return i+1 < len(s) && (s[i] == '.' || s[i] == '/' || s[i] == '-' || s[i] == ':') && isDigit(s[i+1])
}

func numDate(y, m, d, start, end int) (token, bool) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return token{}, false
	}
	return token{start: start, end: end, kind: tNumDate, y: int16(y), m: uint8(m), d: uint8(d)}, true
}
