package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ukLatin maps lower-case Cyrillic to Latin by the Ukrainian 2010 system;
// the second value is used at the start of a word.
var ukLatin = map[rune][2]string{
	'а': {"a", "a"}, 'б': {"b", "b"}, 'в': {"v", "v"}, 'г': {"h", "h"}, 'ґ': {"g", "g"},
	'д': {"d", "d"}, 'е': {"e", "e"}, 'є': {"ie", "ye"}, 'ж': {"zh", "zh"}, 'з': {"z", "z"},
	'и': {"y", "y"}, 'і': {"i", "i"}, 'ї': {"i", "yi"}, 'й': {"i", "y"}, 'к': {"k", "k"},
	'л': {"l", "l"}, 'м': {"m", "m"}, 'н': {"n", "n"}, 'о': {"o", "o"}, 'п': {"p", "p"},
	'р': {"r", "r"}, 'с': {"s", "s"}, 'т': {"t", "t"}, 'у': {"u", "u"}, 'ф': {"f", "f"},
	'х': {"kh", "kh"}, 'ц': {"ts", "ts"}, 'ч': {"ch", "ch"}, 'ш': {"sh", "sh"},
	'щ': {"shch", "shch"}, 'ь': {"", ""}, 'ю': {"iu", "yu"}, 'я': {"ia", "ya"},
}

// ruLatin maps lower-case Cyrillic to Latin by ICAO Doc 9303 (Russian
// passports since 2013).
var ruLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "ie", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iu",
	'я': "ia",
}

// Latin transliterates the Cyrillic letters of s by the standard of lang
// ("uk" or "ru"); for any other lang it returns s unchanged.
func Latin(s, lang string) string {
	if lang != "uk" && lang != "ru" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	prev := rune(0) // the previous rune of s, 0 at the start
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < utf8.RuneSelf {
			if r == '\'' && isCyr(prev) && i < len(s) && startsCyr(s[i:]) {
				prev = r // the Ukrainian apostrophe: п'ять
				continue
			}
			b.WriteRune(r)
			prev = r
			continue
		}
		lower := unicode.ToLower(r)
		out, ok := latinOf(lower, prev, s[i:], lang)
		if !ok {
			if (r == '’' || r == 'ʼ') && isCyr(prev) && startsCyr(s[i:]) {
				prev = r
				continue
			}
			b.WriteRune(r)
			prev = r
			continue
		}
		if lower != r && out != "" {
			out = upper(out, allCapsAt(s, i, prev))
		}
		b.WriteString(out)
		prev = r
	}
	return b.String()
}

// latinOf returns the Latin for the lower-case Cyrillic letter r, after prev
// and before rest, by lang.
func latinOf(r, prev rune, rest, lang string) (string, bool) {
	if lang == "uk" {
		if r == 'г' && unicode.ToLower(prev) == 'з' {
			return "gh", true // зг → zgh
		}
		if v, ok := ukLatin[r]; ok {
			if !unicode.IsLetter(prev) && prev != '\'' && prev != '’' && prev != 'ʼ' {
				return v[1], true
			}
			return v[0], true
		}
		v, ok := ruLatin[r]
		return v, ok
	}
	if v, ok := ruLatin[r]; ok {
		return v, true
	}
	if v, ok := ukLatin[r]; ok {
		return v[0], true
	}
	return "", false
}

// allCapsAt reports whether the capital just before s[i:] is part of an
// upper-case word: the next letter is a capital, or there is no next letter
// and the previous one is a capital.
func allCapsAt(s string, i int, prev rune) bool {
	next, _ := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(next) {
		return unicode.IsUpper(next)
	}
	return unicode.IsUpper(prev)
}

// upper capitalises out: all of it, or its first letter.
func upper(out string, all bool) string {
	if all {
		return strings.ToUpper(out)
	}
	return strings.ToUpper(out[:1]) + out[1:]
}

func isCyr(r rune) bool { return r >= 0x400 && r <= 0x4FF && unicode.IsLetter(r) }

func startsCyr(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isCyr(r)
}
