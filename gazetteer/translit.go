package gazetteer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// latin transliterates Russian and Ukrainian letters for ids (a simple
// scholarly-ish table; ids only need to be readable and stable).
var latin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "ye", 'ж': "zh",
	'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// translit makes an id tail of a name: "Юрий Лужков" → "Yuriy-Luzhkov".
func translit(s string) string {
	var words []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		var sb strings.Builder
		for i, r := range w {
			lr := unicode.ToLower(r)
			t, ok := latin[lr]
			if !ok {
				if lr < utf8.RuneSelf {
					t = string(lr)
				}
			}
			if i == 0 && unicode.IsUpper(r) && t != "" {
				t = strings.ToUpper(t[:1]) + t[1:]
			}
			sb.WriteString(t)
		}
		if sb.Len() > 0 {
			words = append(words, sb.String())
		}
	}
	return strings.Join(words, "-")
}

// startsUpper reports whether the first letter of s is a capital.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

func sortStrings(s []string) { sort.Strings(s) }
