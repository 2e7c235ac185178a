package search

import (
	"sort"
	"strings"
	"sync"
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
	typePrefix   = "t:" // the type of an entity the document names (per, org, …)
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

// TypeTerm is the term of an entity type: documents that name an entity
// of the type carry it.
func TypeTerm(typ string) string { return typePrefix + strings.ToLower(typ) }

// maxTermLen bounds a term in bytes; longer ones are cut at a rune boundary.
const maxTermLen = 120

// stems caches the search stems of the unknown words Terms meets.
var stems = stem.NewStemmer()

// Terms returns the index terms of doc with their frequencies, and the
// document's length in words (the BM25 document length).
func Terms(doc *litopys.Document) (tf map[string]int, length int) {
	c := counterPool.Get().(*counter)
	defer c.release()
	inName := nameMask(doc)
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		if t.Kind == litopys.TokenPunct {
			continue
		}
		length++
		lemma := t.Lemma
		if lemma == "" {
			lemma = t.Text
		}
		c.add(wordPrefix, lemma, true)
		if !t.Known && t.Kind == litopys.TokenWord {
			// A guessed lemma may differ from form to form of one unknown
			// word ("Обамы" → "обам", "Обама" → "обама"); the stem of the
			// lemma joins them.
			c.add(stemPrefix, stems.Stem(strings.ToLower(lemma), doc.Lang), false)
		}
		if inName[i] {
			c.add(keyPrefix, c.key(lemma), false)
		}
	}
	for _, m := range doc.Mentions {
		if m.Entity != "" {
			c.add(entityPrefix, m.Entity, false)
		}
		if m.Type != "" {
			c.add(typePrefix, m.Type, true)
		}
		c.name(m.Base)
	}
	for _, e := range doc.Entities {
		c.name(e.Name)
		for _, n := range e.Names {
			c.name(n)
		}
		for _, n := range e.Aliases {
			c.name(n)
		}
	}
	for k := range c.names {
		if k != "" {
			c.add(namePrefix, k, false)
		}
	}
	if doc.Lang != "" {
		c.add(langPrefix, doc.Lang, true)
	}
	if doc.Outlet != "" {
		c.add(outletPrefix, doc.Outlet, true)
	}
	tf = make(map[string]int, len(c.terms))
	for i, t := range c.terms {
		tf[t] = c.counts[i]
	}
	return tf, length
}

// counter counts the terms of one document. Counters are reused: their maps
// keep their room from one document to the next.
type counter struct {
	index  map[string]int // term → its place in terms and counts
	terms  []string
	counts []int
	keys   map[string]string // lemma → translit.Key, for the words of names
	names  map[string]bool   // translit.Key of the names of the entities
	buf    []byte
}

var counterPool = sync.Pool{New: func() any {
	return &counter{index: map[string]int{}, keys: map[string]string{}, names: map[string]bool{}}
}}

func (c *counter) release() {
	clear(c.index)
	clear(c.keys)
	clear(c.names)
	c.terms, c.counts = c.terms[:0], c.counts[:0]
	counterPool.Put(c)
}

// add counts the term prefix+value, value lower-cased when lower is set,
// clipped (see clip), when it is longer than two bytes. Only a term met for
// the first time allocates.
func (c *counter) add(prefix, value string, lower bool) {
	b := append(c.buf[:0], prefix...)
	if utf8.ValidString(value) {
		for _, r := range value {
			if lower && (r >= 'A' && r <= 'Z' || r >= 0x80 && !(r >= 'а' && r <= 'џ')) {
				r = unicode.ToLower(r) // а-я, ѐ-џ: lower-case already
			}
			if unicode.IsControl(r) {
				continue
			}
			if len(b)+utf8.RuneLen(r) > maxTermLen {
				break
			}
			b = utf8.AppendRune(b, r)
		}
	} else {
		if lower {
			value = strings.ToLower(value)
		}
		b = append(b[:0], clip(prefix+value)...)
	}
	c.buf = b
	if len(b) <= 2 {
		return
	}
	if i, ok := c.index[string(b)]; ok {
		c.counts[i]++
		return
	}
	t := string(b)
	c.index[t] = len(c.terms)
	c.terms = append(c.terms, t)
	c.counts = append(c.counts, 1)
}

// key returns translit.Key(lemma), computed once per document.
func (c *counter) key(lemma string) string {
	k, ok := c.keys[lemma]
	if !ok {
		k = translit.Key(lemma)
		c.keys[lemma] = k
	}
	return k
}

// name notes the match key of an entity name.
func (c *counter) name(n string) {
	c.names[c.key(n)] = true
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
