package search

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/stem"
	"github.com/litopys/litopys/translit"
)

// Term prefixes. A term is a prefix and a value; values are lower-case.
const (
	wordPrefix   = "w:" // a lemma (or the lower-cased form of a word without one)
	keyPrefix    = "k:" // translit.Key of the lemma of a word inside a name
	namePrefix   = "n:" // translit.Key of a whole entity name
	entityPrefix = "e:" // an entity ID
	stemPrefix   = "s:" // the search stem of a word no dictionary knows
	langPrefix   = "l:" // the document's language
	outletPrefix = "o:" // the document's outlet
)

// WordTerm is the term of a lemma.
func WordTerm(lemma string) string { return wordPrefix + strings.ToLower(lemma) }

// StemTerm is the term of the search stem of a lemma (Snowball Russian, the
// project's Ukrainian stemmer).
func StemTerm(word, lang string) string {
	return stemPrefix + stem.Stem(strings.ToLower(word), lang)
}

// EntityTerm is the term of an entity ID.
func EntityTerm(id string) string { return entityPrefix + id }

// LangTerm is the term of a document language.
func LangTerm(lang string) string { return langPrefix + strings.ToLower(lang) }

// OutletTerm is the term of an outlet.
func OutletTerm(outlet string) string { return outletPrefix + strings.ToLower(outlet) }

// maxTermLen bounds a term in bytes; longer ones are cut at a rune boundary.
const maxTermLen = 120

// Terms returns the index terms of doc with their frequencies, and the
// document's length in words (the BM25 document length).
func Terms(doc *litopys.Document) (tf map[string]int, length int) {
	tf = map[string]int{}
	add := func(t string, n int) {
		if t = clip(t); len(t) > 2 {
			tf[t] += n
		}
	}
	inName := nameMask(doc)
	for i, t := range doc.Tokens {
		if t.Kind == litopys.TokenPunct {
			continue
		}
		length++
		lemma := t.Lemma
		if lemma == "" {
			lemma = strings.ToLower(t.Text)
		}
		add(WordTerm(lemma), 1)
		if !t.Known && t.Kind == litopys.TokenWord {
			// A guessed lemma may differ from form to form of one unknown
			// word ("Обамы" → "обам", "Обама" → "обама"); the stem of the
			// lemma joins them.
			add(StemTerm(lemma, doc.Lang), 1)
		}
		if inName[i] {
			add(keyPrefix+translit.Key(lemma), 1)
		}
	}
	names := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.Entity != "" {
			add(EntityTerm(m.Entity), 1)
		}
		names[m.Base] = true
	}
	for _, e := range doc.Entities {
		names[e.Name] = true
		for _, n := range e.Names {
			names[n] = true
		}
		for _, n := range e.Aliases {
			names[n] = true
		}
	}
	keys := map[string]bool{}
	for n := range names {
		keys[translit.Key(n)] = true
	}
	for k := range keys {
		if k != "" {
			add(namePrefix+k, 1)
		}
	}
	if doc.Lang != "" {
		add(LangTerm(doc.Lang), 1)
	}
	if doc.Outlet != "" {
		add(OutletTerm(doc.Outlet), 1)
	}
	return tf, length
}

// nameMask marks the tokens inside entity mentions.
func nameMask(doc *litopys.Document) []bool {
	mask := make([]bool, len(doc.Tokens))
	for _, m := range doc.Mentions {
		i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].End > m.Start })
		for ; i < len(doc.Tokens) && doc.Tokens[i].Start < m.End; i++ {
			mask[i] = true
		}
	}
	return mask
}

// clip cuts t to maxTermLen bytes at a rune boundary and drops invalid
// UTF-8 and control characters.
func clip(t string) string {
	if !utf8.ValidString(t) {
		t = strings.ToValidUTF8(t, "")
	}
	t = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, t)
	if len(t) <= maxTermLen {
		return t
	}
	i := maxTermLen
	for i > 0 && !utf8.RuneStart(t[i]) {
		i--
	}
	return t[:i]
}
