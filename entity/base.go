package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// Lemmatizer gives the dictionary base form (lower-cased) of a word.
type Lemmatizer interface {
	Lemma(word, lang string) (lemma string, known bool)
}

// Grammar tells what a lemma is, where a dictionary knows: whether it is an
// adjective, and the gender of a noun ("masc", "fem", "neut" or "").
// Implementations that know nothing return ok=false and the endings decide.
type Grammar interface {
	Grammar(lemma, lang string) (adj bool, gender string, ok bool)
}

// BaseForm returns the base form of the mention made of toks (words of text,
// in order) with the agreement a reader expects: the head noun and the
// adjectives before it go to the nominative ("Северной Кореей" → "Северная
// Корея"); dependents after the head keep their case ("Совета Безопасности
// ООН" → "Совет Безопасности ООН", "Міністерство закордонних справ
// Південної Кореї" unchanged). Person names are lemmatised word by word.
func BaseForm(text string, toks []litopys.Token, typ, lang string, lex Lemmatizer, gr Grammar) string {
	if len(toks) == 0 {
		return ""
	}
	if lang != "ru" && lang != "uk" {
		return text[toks[0].Start:toks[len(toks)-1].End]
	}
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	if typ == litopys.PER {
		// The words of a name share its case. When the first word is
		// already in its base form ("Дмитрий Песков"), a later word with a
		// surname's nominative ending is that surname, not a form of a
		// common noun the dictionary knows ("Песков" is not "песок");
		// other words still go to their lemma ("Пак Джином" → "Джин").
		nominative := false
		for i, t := range toks {
			if _, particle := nameParticles[t.Text]; particle || t.Kind != litopys.TokenWord || !inflectable(t.Text) {
				continue // a particle ("ван", "де") is written as it stands
			}
			l := lemmaOf(t, lang, lex)
			if i == 0 {
				nominative = strings.EqualFold(l, t.Text) && len(toks) > 1
			} else if nominative && t.Known && surnameNominative(t.Text) {
				continue
			}
			if i == len(toks)-1 {
				l = keepSurname(textcase.Lower(t.Text), l)
			} else if strings.Contains(t.Text, "-") && l == textcase.Lower(t.Text) {
				l = hyphenLemma(t.Text, lang, lex)
			}
			out[i] = restoreCase(t.Text, l)
		}
		return join(text, toks, out)
	}
	// Find the head: the first inflectable word that is not an adjective.
	head := -1
	for i, t := range toks {
		if t.Kind != litopys.TokenWord || !inflectable(t.Text) {
			if i == 0 || isQuote(t.Text) {
				break // a name that starts with a code or a quote is kept as written
			}
			continue
		}
		if adj, _ := isAdjective(t, lang, lex, gr); adj {
			continue
		}
		head = i
		break
	}
	if head < 0 {
		// Adjectives only ("Східний"): each goes to its lemma.
		for i, t := range toks {
			if t.Kind == litopys.TokenWord && inflectable(t.Text) {
				out[i] = restoreCase(t.Text, lemmaOf(t, lang, lex))
			} else {
				break
			}
		}
		return join(text, toks, out)
	}
	h := toks[head]
	hl := lemmaOf(h, lang, lex)
	if plural(h.Text, lang) && !plural(hl, lang) {
		// A plural head ("Соединённых Штатов") keeps the whole mention as
		// written: the singular lemma would name something else.
		return text[toks[0].Start:toks[len(toks)-1].End]
	}
	out[head] = restoreCase(h.Text, hl)
	g := genderOf(hl, lang, gr)
	for i := 0; i < head; i++ {
		t := toks[i]
		if t.Kind != litopys.TokenWord || !inflectable(t.Text) {
			continue
		}
		out[i] = restoreCase(t.Text, agree(lemmaOf(t, lang, lex), g, lang))
	}
	return join(text, toks, out)
}

// join rebuilds the mention from its words, keeping the original spacing
// between tokens.
func join(text string, toks []litopys.Token, words []string) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteString(text[toks[i-1].End:t.Start])
		}
		b.WriteString(words[i])
	}
	return b.String()
}

// hyphenLemma lemmatises a hyphenated given name the lemmatiser left as
// written part by part, each part the dictionary knows to its lemma:
// "Жана-Клода", "Жаном-Клодом" → "жан-клод".
func hyphenLemma(word, lang string, lex Lemmatizer) string {
	parts := strings.Split(word, "-")
	for i, p := range parts {
		if l, known := lex.Lemma(p, lang); known && l != "" {
			parts[i] = l
		} else {
			parts[i] = textcase.Lower(p)
		}
	}
	return strings.Join(parts, "-")
}

func lemmaOf(t litopys.Token, lang string, lex Lemmatizer) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	l, _ := lex.Lemma(t.Text, lang)
	return l
}

// inflectable reports whether a word can carry case endings: Cyrillic, not an
// acronym ("США", "ООН", "КНДР").
func inflectable(w string) bool {
	letters, upper, cyr := 0, 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if unicode.Is(unicode.Cyrillic, r) {
				cyr++
			}
		}
	}
	if letters == 0 || cyr*2 < letters {
		return false
	}
	return !(upper == letters && letters > 1)
}

func isQuote(s string) bool {
	return strings.ContainsAny(s, "\"«»„“”'")
}

// restoreCase gives lemma the capitalisation of the surface word, part by
// part across hyphens ("индо-тихоокеанский" after "Индо-Тихоокеанском" →
// "Индо-Тихоокеанский").
func restoreCase(surface, lemma string) string {
	sp := strings.Split(surface, "-")
	lp := strings.Split(lemma, "-")
	if len(sp) != len(lp) {
		if isTitle(surface) {
			return title(lemma)
		}
		return lemma
	}
	for i := range lp {
		switch {
		case isUpper(sp[i]) && utf8.RuneCountInString(sp[i]) > 1:
			lp[i] = strings.ToUpper(lp[i])
		case isTitle(sp[i]):
			lp[i] = title(lp[i])
		}
	}
	return strings.Join(lp, "-")
}

func isTitle(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isUpper(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

func title(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// surnameEndings are the nominative endings of Slavic surnames.
var surnameEndings = []string{"ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая",
	"ской", "ых", "их", "енко", "ко", "ук", "юк", "ич", "ін", "іна", "ський", "цький", "ська", "цька", "ів"}

func surnameNominative(w string) bool {
	w = textcase.Lower(w)
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// keepSurname undoes a lemmatiser that read a surname as a form of a common
// noun or a given name ("Лавров" → "лавр", "Песков" → "песок"): a word in a
// masculine surname's nominative is kept, and when the lemma is the word
// cut before a surname suffix ("Лаврова" → "лавр"), the base form is the
// lemma with that suffix ("лавров").
func keepSurname(word, lemma string) string {
	// A word in a masculine surname's nominative ("Песков", not the
	// genitive plural of "песок") is its own base form.
	for _, suf := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		if strings.HasSuffix(word, suf) && len([]rune(word)) > 4 {
			return word
		}
	}
	if lemma == "" || len(word) <= len(lemma) || !strings.HasPrefix(word, lemma) {
		return lemma
	}
	rest := word[len(lemma):]
	for _, suf := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		if strings.HasPrefix(rest, suf) {
			return lemma + suf
		}
	}
	return lemma
}
