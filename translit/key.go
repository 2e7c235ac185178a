package translit

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns a language-independent match key for a name in base form:
// the Russian and the Ukrainian spelling of one name give the same key.
// Letters are reduced to a Latin skeleton and the orthographic pairs that
// differ between the two languages are merged; separators are dropped.
// Each rule, with the pair that needs it:
//
//   - и, ы, і, ї, й → i: Ким/Кім, Ын/Ин, Блинкен/Блінкен, Байден;
//   - е, э, є, ё → e: Энтони/Ентоні, Европа/Європа, Королёв/Королев;
//   - г, ґ, х → h (uk г writes the foreign h): Хиллари/Гілларі, Гаага;
//   - щ → sh (ш/щ vary between the languages): Польша/Польща;
//   - дж, чж → j: Пак Чжин/Пак Джин, Джо/Jo;
//   - ь, ъ and apostrophes are dropped: Марья/Мар'я, Пхеньян;
//   - я → ia, ю → iu: Россия/Росія (then ii → i);
//   - doubled letters are single: Россия/Росія, Хиллари/Гілларі, Мария/Марія;
//   - a word-final ei becomes i: Сергей/Сергій, Андрей/Андрій, Sergey;
//   - East Slavic names whose ru and uk forms differ beyond that are mapped
//     by a short table of cognates (cognates.go): Владимир/Володимир, Киев/Київ;
//   - Latin letters lose their accents, y → i, w → v, q → k, x → ks, c → k,
//     ph → f, th → t, kh → h, g → h, so Putin, Blinken, Shoigu match their
//     Cyrillic spelling;
//   - case is ignored; spaces, hyphens, dots and other separators are
//     dropped (Нью-Йорк = Нью Йорк); digits are kept.
//
// Vowels other than the pairs above stay distinct, so Пак ≠ Пек, Мин ≠ Мун,
// Корея ≠ Кория, and every consonant counts: Блинкен ≠ Блинкер,
// Иванов ≠ Иванова.
func Key(s string) string {
	out := make([]byte, 0, len(s))
	var word [64]byte
	for i := 0; i < len(s); {
		w := word[:0]
		// One word: a run of letters, digits and apostrophes.
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isApostrophe(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			j += n
		}
		if j == i {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		w = skeleton(w, s[i:j])
		out = appendWord(out, w, isAcronym(s[i:j]))
		i = j
	}
	return string(out)
}

// appendWord applies the word-level rules to the skeleton w and appends it.
// Acronyms keep doubled letters (СССР/СРСР).
func appendWord(out, w []byte, acronym bool) []byte {
	if acronym {
		if c, ok := acronyms[string(w)]; ok {
			return append(out, c...)
		}
		return append(out, w...)
	}
	n := len(w)
	switch {
	case n > 0 && w[n-1] == 'c':
		w[n-1] = 'k' // a final Latin c: Marc
	case n > 2 && w[n-2] == 'e' && w[n-1] == 'i':
		w = append(w[:n-2], 'i') // Сергей/Сергій
	case n > 5 && string(w[n-3:]) == "aia":
		w = w[:n-2] // Великая/Велика, Российская/Російська
	case n > 4 && string(w[n-2:]) == "oe":
		w = append(w[:n-2], 'e') // Балтийское/Балтійське
	}
	k := 0
	for _, c := range w {
		if k > 0 && w[k-1] == c && c < utf8.RuneSelf {
			continue // doubled letters; bytes of other scripts stay
		}
		w[k] = c
		k++
	}
	w = w[:k]
	if c, ok := cognates[string(w)]; ok {
		return append(out, c...)
	}
	return append(out, w...)
}

// isAcronym reports whether word is two to six capitals (СССР, ФРГ).
func isAcronym(word string) bool {
	n := 0
	for _, r := range word {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// skeleton appends the Latin skeleton of one word (letters and digits) to w.
// In a word with Cyrillic letters, Latin look-alikes are read as Cyrillic
// (Моcква with a Latin c).
func skeleton(w []byte, s string) []byte {
	cyr := hasCyrillic(s)
	prev := rune(0)
	for _, r := range s {
		r = unicode.ToLower(r)
		if cyr && r < utf8.RuneSelf {
			if c, ok := homoglyphs[byte(r)]; ok {
				r = c
			}
		}
		switch {
		case r >= 'a' && r <= 'z':
			w = latinSkeleton(w, r, prev)
		case r >= '0' && r <= '9':
			w = append(w, byte(r))
		case r >= 0x400 && r <= 0x4FF:
			w = cyrSkeleton(w, r, prev)
		case isApostrophe(r) || unicode.Is(unicode.Mn, r):
			// dropped
		default:
			w = foldLetter(w, r, prev)
		}
		prev = r
	}
	return w
}

// cyrSkeleton appends the skeleton of the lower-case Cyrillic letter r.
func cyrSkeleton(w []byte, r, prev rune) []byte {
	switch r {
	case 'ж':
		if prev == 'д' || prev == 'ч' {
			return append(w[:len(w)-len(cyrSkel(prev))], 'j') // дж, чж → j
		}
	case 'ь', 'ъ':
		return w
	}
	return append(w, cyrSkel(r)...)
}

// cyrSkel is the skeleton of one lower-case Cyrillic letter.
func cyrSkel(r rune) string {
	switch r {
	case 'а':
		return "a"
	case 'б':
		return "b"
	case 'в':
		return "v"
	case 'г', 'ґ', 'х':
		return "h"
	case 'д':
		return "d"
	case 'е', 'э', 'є', 'ё':
		return "e"
	case 'ж':
		return "zh"
	case 'з':
		return "z"
	case 'и', 'ы', 'і', 'ї', 'й':
		return "i"
	case 'к':
		return "k"
	case 'л':
		return "l"
	case 'м':
		return "m"
	case 'н':
		return "n"
	case 'о':
		return "o"
	case 'п':
		return "p"
	case 'р':
		return "r"
	case 'с':
		return "s"
	case 'т':
		return "t"
	case 'у', 'ў':
		return "u"
	case 'ф':
		return "f"
	case 'ц':
		return "ts"
	case 'ч':
		return "ch"
	case 'ш', 'щ':
		return "sh"
	case 'ю':
		return "iu"
	case 'я':
		return "ia"
	}
	return ""
}

// latinSkeleton appends the skeleton of the lower-case ASCII letter r. A c
// is kept until the next letter shows whether it is ch; otherwise it is k.
func latinSkeleton(w []byte, r, prev rune) []byte {
	if prev == 'c' && r != 'h' && len(w) > 0 && w[len(w)-1] == 'c' {
		w[len(w)-1] = 'k'
	}
	switch r {
	case 'h':
		switch prev {
		case 'p': // ph → f
			w[len(w)-1] = 'f'
			return w
		case 't', 'g': // th → t; gh → h (g is h already)
			return w
		case 'k': // kh → h
			w[len(w)-1] = 'h'
			return w
		case 'c': // German sch → sh
			if n := len(w); n >= 2 && w[n-2] == 's' {
				w[n-1] = 'h'
				return w
			}
		}
	case 'g':
		r = 'h'
	case 'y':
		r = 'i'
	case 'w':
		r = 'v'
	case 'q':
		r = 'k'
	case 'x':
		return append(w, 'k', 's')
	}
	return append(w, byte(r))
}

// foldLetter appends a non-ASCII, non-Cyrillic letter without its accents
// (é → e, ł → l); letters with no Latin base are kept as UTF-8.
func foldLetter(w []byte, r, prev rune) []byte {
	switch r {
	case 'ł':
		return append(w, 'l')
	case 'ß':
		return append(w, 's')
	case 'ø':
		return append(w, 'o')
	case 'æ':
		return append(w, 'a', 'e')
	case 'ı':
		return append(w, 'i')
	case 'ü':
		return append(w, 'i', 'u') // Müller/Мюллер
	case 'ö':
		return append(w, 'e') // Göring/Геринг
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Bytes(utf8.AppendRune(buf[:0], r))
	if b := d[0]; b >= 'a' && b <= 'z' {
		return latinSkeleton(w, rune(b), prev)
	}
	return append(w, d...)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == 'ʹ' || r == '′'
}

// homoglyphs maps lower-case Latin letters to the Cyrillic letters they look
// like.
var homoglyphs = map[byte]rune{
	'a': 'а', 'c': 'с', 'e': 'е', 'i': 'і', 'k': 'к', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у',
}

func hasCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3 {
			return true
		}
	}
	return false
}
