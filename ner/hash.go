package ner

import (
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the splitmix64 finaliser.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

func hashRune(h uint64, r rune) uint64 {
	return (h ^ uint64(r)) * fnvPrime
}

// hashString hashes s as given.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = hashRune(h, r)
	}
	return h
}

// pair combines two hashes in order.
func pair(a, b uint64) uint64 { return mix(a*0x9e3779b97f4a7c15 ^ b) }

// wordInfo is what the tagger knows of a word by itself.
type wordInfo struct {
	lower, shape, stem uint64
	pre, suf           [4]uint64
	flags              uint8
}

const (
	flagCap     = 1 << iota // first letter upper-case
	flagAllCaps             // more than one letter, all upper-case
	flagDigit               // contains a digit
	flagLatin               // contains a Latin letter
	flagFirst               // first token of its sentence
	flagQuoted              // follows an opening quote
)

// analyze fills a wordInfo for word: hashes of its lower-cased form, shape,
// stem and affixes of 1–4 runes, and its capitalisation flags. It does not
// allocate.
func analyze(word string, wi *wordInfo) {
	// prefix[k] is the hash of the first k lower-cased runes.
	var prefix [65]uint64
	var runes [64]rune
	n := 0
	lower := uint64(fnvOffset)
	prefix[0] = lower
	shape := uint64(fnvOffset)
	var lastClass rune = -1
	classes := 0
	upper, letters := 0, 0
	var flags uint8
	for i, r := range word {
		if r == '\u00ad' {
			continue // a soft hyphen (web pages break long words with it) is not part of the word
		}
		lr := toLower(r)
		lower = hashRune(lower, lr)
		if n < len(runes) {
			runes[n] = lr
			prefix[n+1] = lower
		}
		n++
		class := runeClass(r, lr)
		switch class {
		case 'X':
			upper++
			letters++
			if r < utf8.RuneSelf {
				flags |= flagLatin
			}
			if i == 0 {
				flags |= flagCap
			}
		case 'x':
			letters++
			if r < utf8.RuneSelf {
				flags |= flagLatin
			}
		case 'd':
			flags |= flagDigit
		}
		if class != lastClass && classes < 6 {
			shape = hashRune(shape, class)
			classes++
			lastClass = class
		}
	}
	if letters > 1 && upper == letters {
		flags |= flagAllCaps
	}
	m := min(n, len(runes))
	wi.lower, wi.shape, wi.flags = lower, shape, flags
	suf := uint64(fnvOffset)
	for k := 1; k <= 4; k++ {
		if k > m {
			wi.pre[k-1], wi.suf[k-1] = 0, 0
			continue
		}
		suf = hashRune(suf, runes[m-k]) // the suffix read backwards
		wi.pre[k-1], wi.suf[k-1] = prefix[k], suf
	}
	wi.stem = prefix[stemLen(runes[:m])]
}

// endings are Russian and Ukrainian inflectional endings, longest first,
// stripped by stemLen.
var endings = [...][]rune{
	[]rune("ами"), []rune("ями"), []rune("ого"), []rune("его"), []rune("ому"), []rune("ему"), []rune("ими"), []rune("ыми"),
	[]rune("ові"), []rune("еві"), []rune("єві"),
	[]rune("ах"), []rune("ях"), []rune("ам"), []rune("ям"), []rune("ой"), []rune("ей"), []rune("ий"), []rune("ый"),
	[]rune("ая"), []rune("яя"), []rune("ое"), []rune("ее"), []rune("ою"), []rune("ею"), []rune("ом"), []rune("ем"),
	[]rune("ым"), []rune("им"), []rune("ів"), []rune("їв"), []rune("ов"), []rune("ев"), []rune("ью"), []rune("ую"), []rune("юю"),
	[]rune("єю"), []rune("ої"), []rune("ій"), []rune("ім"), []rune("их"), []rune("ых"),
	[]rune("а"), []rune("я"), []rune("у"), []rune("ю"), []rune("е"), []rune("є"), []rune("о"), []rune("и"),
	[]rune("і"), []rune("ї"), []rune("ы"), []rune("ь"), []rune("й"),
}

// endingsByLast lists, for each Cyrillic rune, the endings that end with
// it, longest first.
var endingsByLast = func() (t [0x60][][]rune) {
	for _, e := range endings {
		last := e[len(e)-1] - 0x400
		t[last] = append(t[last], e)
	}
	return t
}()

// stemLen returns how many runes of the lower-cased word w remain after its
// longest inflectional ending is stripped, keeping at least three.
func stemLen(w []rune) int {
	if len(w) < 4 {
		return len(w)
	}
	last := w[len(w)-1] - 0x400
	if last < 0 || last >= 0x60 {
		return len(w)
	}
	for _, e := range endingsByLast[last] {
		if len(w)-len(e) < 3 {
			continue
		}
		tail := w[len(w)-len(e):]
		match := true
		for j, r := range e {
			if tail[j] != r {
				match = false
				break
			}
		}
		if match {
			return len(w) - len(e)
		}
	}
	return len(w)
}

// toLower is unicode.ToLower with fast paths for ASCII and Cyrillic.
func toLower(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	case 0x410 <= r && r <= 0x42f:
		return r + 32
	case 0x400 <= r && r <= 0x40f:
		return r + 80
	case 0x430 <= r && r <= 0x45f:
		return r
	}
	return unicode.ToLower(r)
}

// runeClass returns 'X' for upper-case letters, 'x' for other letters, 'd'
// for digits and the rune itself otherwise; lr is r lower-cased.
func runeClass(r, lr rune) rune {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return 'X'
		case 'a' <= r && r <= 'z':
			return 'x'
		case '0' <= r && r <= '9':
			return 'd'
		}
		return r
	case 0x400 <= r && r <= 0x42f:
		return 'X'
	case 0x430 <= r && r <= 0x45f:
		return 'x'
	case lr != r || unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}
