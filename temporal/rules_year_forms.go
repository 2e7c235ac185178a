package temporal

import (
	"strings"
	"unicode/utf8"
)

// shortYear reads the second year of "2011-12" from its last two digits:
// a later year at most ten after y, with no digit or letter joined to it
// ("2011-12-05" is a date, "1990-91x" is not a year); 0 if t is not one.
func shortYear(y int, t *token, text string) int {
	if t == nil || t.kind != tNum || t.ndig != 2 || t.suffix != 0 || followedByDigitSep(text, t.end) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(text[t.end:]); isLetter(r) {
		return 0
	}
	y2 := y/100*100 + t.num
	if y2 <= y {
		y2 += 100 // "1999-00"
	}
	if y2-y > 10 {
		return 0
	}
	return y2
}

// yearWords reads an optional plural year word after an interval of years
// at k — "годах", "років", "гг.", "рр.", "г.г." — and returns the index
// after it.
func (s *scanner) yearWords(k, sent int) int {
	w := s.at(k, sent)
	if !w.yearWord() {
		return k
	}
	k++
	if w.lex.flags&fAbbr != 0 && s.at(k, sent).isPunct('.') {
		k++
		if g := s.at(k, sent); g.yearWord() && g.lex.flags&fAbbr != 0 && g.start == s.toks[k-1].end && s.at(k+1, sent).isPunct('.') {
			k += 2 // "г.г."
		}
	}
	return k
}

// compoundYear reports whether the number at k ends a hyphenated word, as
// in "вибори-2024": a word, a hyphen and the number with no space between
// them, and no other digits after it. It returns the index of the name's
// first word ("Амуль-Хазар-2018"), -1 if there is none.
func (s *scanner) compoundYear(k int) int {
	t := &s.toks[k]
	if k < 2 || t.suf() != "" || t.num < 1900 {
		return -1
	}
	h, w := &s.toks[k-1], &s.toks[k-2]
	if h.kind != tPunct || (h.punct != '-' && h.punct != '–') || h.end != t.start || w.kind != tWord || w.end != h.start {
		return -1
	}
	if len(s.text[w.start:w.end]) < 3 { // "Ф-2000"
		return -1
	}
	if followedByDigitSep(s.text, t.end) {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(s.text[t.end:]); isLetter(r) {
		return -1
	}
	first := k - 2
	for first >= 2 && s.toks[first-1].kind == tPunct && s.toks[first-1].punct == '-' && s.toks[first-1].end == s.toks[first].start &&
		s.toks[first-2].kind == tWord && s.toks[first-2].end == s.toks[first-1].start && s.toks[first-2].sent == t.sent {
		first -= 2
	}
	return first
}

// citedYear reports whether the bare number at k is a year set apart as a
// citation: in parentheses ("«Элегия» (1940)", "(1982, 1986)") or between a
// comma after a word and a full stop, comma or closing parenthesis, as in a
// reference ("М.: Время, 2018.", "(Lee et al., 2017)").
func (s *scanner) citedYear(k int) bool {
	if k == 0 || k+1 >= len(s.toks) {
		return false
	}
	p, n := &s.toks[k-1], &s.toks[k+1]
	if p.kind != tPunct || n.kind != tPunct || n.sent != s.toks[k].sent {
		return false
	}
	switch {
	case p.punct == '(' && n.punct == ')':
		return true
	case p.punct == '(' && n.punct == ',': // "(1982, 1986)", "(2008, у співавторстві …)", not "(2000, 3000) рублей"
		a := s.at(k+2, s.toks[k].sent)
		return a != nil && (a.year() != 0 || a.kind == tWord)
	case p.punct == ',' && n.punct == ')' && k >= 3 && s.toks[k-2].year() != 0 && s.toks[k-3].isPunct('('):
		return true // the second of "(1982, 1986)"
	case p.punct == ',' && (n.punct == '.' || n.punct == ',' || n.punct == ';' || n.punct == ')'):
		return k >= 2 && (s.toks[k-2].kind == tWord || s.toks[k-2].isPunct(',', '.')) // "(Lee et al., 2017)", "М.: Время, 2018."
	}
	return false
}

// namedYear reports whether the bare year at k ends a name written in
// Latin letters: "Art Dubai 2017", "Steadfast Pinnacle 2017", "Jazz in Kiev
// 2009".
func (s *scanner) namedYear(k int) bool {
	if k == 0 || followedByDigitSep(s.text, s.toks[k].end) {
		return false
	}
	p := &s.toks[k-1]
	if p.kind != tWord || !p.upper || p.sent != s.toks[k].sent || p.end == s.toks[k].start || s.text[p.start] >= 0x80 || p.lex.kind != lxNone ||
		p.end-p.start < 2 {
		return false // "in 2017", "March 2017" are read by other rules; "C 2012 по 2014" is a Latin "с"
	}
	if s.toks[k].num%100 == 0 {
		return false // a round number after a name is more often a model: "Windows 2000", "Panzerhaubitze 2000"
	}
	if n := s.at(k+1, s.toks[k].sent); n != nil && n.kind == tNum {
		return false
	}
	return true
}

// adjective reports whether a lower-case word has an adjective's ending:
// "финансовом", "навчальному", "модельный".
func adjective(w string) bool {
	for _, e := range [...]string{"ом", "ый", "ий", "ой", "ому", "ій", "ем", "ім", "ого", "ей", "ые", "ие", "ая", "ое", "ні", "ві", "кі", "ті"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > 4 {
			return true
		}
	}
	return false
}

// clauseWord reports whether w is a pronoun or a particle that may follow
// a year opening a clause ("В 2015 он занял пост", "у 2014 ми вже …").
func clauseWord(w string) bool {
	switch w {
	case "он", "она", "оно", "они", "мы", "я", "вы", "ты", "він", "вона", "воно", "вони", "ми", "ви", "ти",
		"же", "ж", "уже", "вже", "еще", "ещё", "ще", "также", "тоже", "також", "теж", "не", "ни", "ні",
		"был", "была", "было", "были", "був", "була", "було", "були", "это", "це", "этот", "цей":
		return true
	}
	return false
}

// roman returns the value (1–39) of a Roman numeral written in capitals,
// with Latin or Cyrillic look-alike letters ("XXI", "ХХ", "ХІХ"); 0 if w
// is not one.
func roman(w string) int {
	v, prev := 0, 100
	for _, r := range w {
		var d int
		switch r {
		case 'I', 'І', 'Ӏ':
			d = 1
		case 'V':
			d = 5
		case 'X', 'Х':
			d = 10
		default:
			return 0
		}
		if d > prev {
			v += d - 2*prev // "IX", "XIV"
		} else {
			v += d
		}
		prev = d
	}
	if v > 39 {
		return 0
	}
	return v
}
