package morph

import "strings"

// POS is the coarse part of speech of a lemma, inferred at build time from
// the lemma's ending and the forms its affix classes generate (hunspell
// dictionaries carry no tags).
type POS uint8

const (
	PosOther POS = iota // indeclinable words, abbreviations, unknown
	PosNoun
	PosAdj
	PosVerb
)

func (p POS) String() string {
	return [...]string{"other", "noun", "adj", "verb"}[p&3]
}

// Gender is the grammatical gender of a noun lemma (GenderNone for other
// parts of speech, plural-only nouns and undecided cases).
type Gender uint8

const (
	GenderNone Gender = iota
	Masc
	Fem
	Neut
)

func (g Gender) String() string {
	return [...]string{"", "masc", "fem", "neut"}[g&3]
}

// tag packs what is known of a lemma: POS in bits 0-1, gender in bits 2-3,
// bit 4 set for a proper noun (the dictionary writes it capitalised), bit 5
// for a name resolved from the corpus (see names.go).
type tag uint8

const (
	tagProper tag = 1 << 4
	tagCorpus tag = 1 << 5 // learnt from the corpus, not in the dictionary
)

func makeTag(p POS, g Gender, proper bool) tag {
	t := tag(p) | tag(g)<<2
	if proper {
		t |= tagProper
	}
	return t
}

func (t tag) pos() POS       { return POS(t & 3) }
func (t tag) gender() Gender { return Gender(t >> 2 & 3) }
func (t tag) proper() bool   { return t&tagProper != 0 }
func (t tag) corpus() bool   { return t&tagCorpus != 0 }

// classify infers the tag of a dictionary entry from its lemma (normalised)
// and the normalised forms it generates.
func classify(lang, lemma string, forms []string, proper, inflects bool) tag {
	has := func(s string) bool {
		for _, f := range forms {
			if f == s {
				return true
			}
		}
		return false
	}
	base := func(k int) string { s, _ := cutRunes(lemma, k); return s }
	switch {
	case hasAnySuffix(lemma, "ть", "ться", "чь", "чься", "ти", "тись", "тися", "сти"):
		if inflects && hasAnySuffixIn(forms, "л", "ла", "ло", "лся", "лась", "лася") {
			return makeTag(PosVerb, GenderNone, proper)
		}
	case hasAnySuffix(lemma, "ый", "ий", "ой", "ій", "їй"):
		b := base(2)
		if has(b+"ая") || has(b+"яя") || has(b+"а") || has(b+"я") {
			return makeTag(PosAdj, GenderNone, proper)
		}
	}
	if !inflects {
		return makeTag(PosOther, GenderNone, proper)
	}
	return makeTag(PosNoun, nounGender(lang, lemma, forms, has, base), proper)
}

func nounGender(lang, lemma string, forms []string, has func(string) bool, base func(int) string) Gender {
	switch {
	case hasAnySuffix(lemma, "а", "я"):
		if lang == "uk" && strings.HasSuffix(lemma, "я") && (has(base(1)+"ям") || has(lemma+"м")) &&
			!has(base(1)+"ею") && !has(base(1)+"єю") {
			return Neut // знання, ім'я
		}
		return Fem
	case hasAnySuffix(lemma, "о", "е", "ё", "є"):
		return Neut
	case hasAnySuffix(lemma, "ы", "и", "і"):
		return GenderNone // plural-only or indeclinable
	case strings.HasSuffix(lemma, "ь"):
		b := base(1)
		if has(b+"ью") || has(lemma+"ю") {
			return Fem
		}
		if lang == "uk" && !has(b+"ем") && !has(b+"ом") && !has(b+"ем") && has(b+"і") && !has(b+"я") {
			return Fem
		}
		return Masc
	}
	return Masc
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func hasAnySuffixIn(forms []string, suffixes ...string) bool {
	for _, f := range forms {
		if hasAnySuffix(f, suffixes...) {
			return true
		}
	}
	return false
}
