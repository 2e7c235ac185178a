package morph

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/ru.morph data/uk.morph
var dataFS embed.FS

// Analyzer finds lemmas of Russian and Ukrainian words. It is safe for
// concurrent use.
type Analyzer struct {
	ru, uk *lexicon
	cache  *cache
}

// Analysis is one reading of a word form.
type Analysis struct {
	Lemma  string // lower-case
	POS    POS
	Gender Gender // of a noun lemma
	Proper bool   // the dictionary writes the lemma capitalised
	Known  bool   // from the dictionary, not guessed
}

var loadOnce = sync.OnceValues(load)

// Load returns the Analyzer over the embedded tables. The tables are decoded
// once per process; later calls return the same Analyzer.
func Load() (*Analyzer, error) { return loadOnce() }

func load() (*Analyzer, error) {
	a := &Analyzer{cache: newCache()}
	for _, d := range []struct {
		lang string
		dst  **lexicon
	}{{"ru", &a.ru}, {"uk", &a.uk}} {
		data, err := dataFS.ReadFile("data/" + d.lang + ".morph")
		if err != nil {
			return nil, fmt.Errorf("morph load %s: %w", d.lang, err)
		}
		lx, err := decodeLexicon(data)
		if err != nil {
			return nil, fmt.Errorf("morph load %s: %w", d.lang, err)
		}
		*d.dst = lx
	}
	return a, nil
}

func (a *Analyzer) lexicon(lang string) *lexicon {
	switch lang {
	case "ru":
		return a.ru
	case "uk":
		return a.uk
	}
	return nil
}

// Lemma returns the lower-case lemma of word in lang ("ru" or "uk") and
// whether the dictionary knows the word; unknown words get a guessed lemma.
// For any other lang it returns the word lower-cased and false.
//
// When a form has several lemmas the choice is deterministic: a lemma at
// least twice as common in the build corpus wins; otherwise the form itself
// if it is a lemma, then a verb reading, a noun, an adjective, the shorter
// change (rankKey). A capitalised word takes the first of these whose lemma
// the dictionary writes capitalised (a proper noun), if there is one.
func (a *Analyzer) Lemma(word, lang string) (lemma string, known bool) {
	lx := a.lexicon(lang)
	if lx == nil {
		return strings.ToLower(word), false
	}
	if e := a.cache.get(word, lang); e != nil {
		return e.lemma, e.known
	}
	lemma, known = lx.lemma(word)
	a.cache.put(word, lang, lemma, known)
	return lemma, known
}

// Analyses returns every reading of word in lang, preferred first (the
// first one's Lemma is what Lemma returns). An unknown word has one guessed
// reading; a word of another language none.
func (a *Analyzer) Analyses(word, lang string) []Analysis {
	lx := a.lexicon(lang)
	if lx == nil {
		return nil
	}
	return lx.analyses(word)
}

// lemma is Lemma without the cache. Punctuation around the word (quotes,
// brackets) is kept around the lemma: «Газпрома» -> «газпром».
func (lx *lexicon) lemma(word string) (string, bool) {
	pre, core, post := trimPunct(word)
	if core == "" {
		return normalize(word), false
	}
	l, known := lx.lemmaCore(core)
	if pre == "" && post == "" {
		return l, known
	}
	return normalize(pre) + l + normalize(post), known
}

func (lx *lexicon) lemmaCore(word string) (string, bool) {
	var fb, kb [96]byte
	form := appendNorm(fb[:0], word, false)
	if set := lx.lookupKey(appendNorm(kb[:0], word, true)); set != nil {
		if r, ok := lx.choose(set, word); ok {
			if l, ok := r.applyBytes(form, word); ok {
				return l, true
			}
		}
	}
	if strings.Contains(word, "-") {
		if l, known, ok := lx.compound(word); ok {
			return l, known
		}
	}
	return lx.guessLemma(word, string(form)), false
}

// best returns the preferred dictionary rule for word and its normalised
// form.
func (lx *lexicon) best(word string) (rule, string, bool) {
	set := lx.lookup(word)
	if set == nil {
		return rule{}, "", false
	}
	r, ok := lx.choose(set, word)
	return r, normalize(word), ok
}

// choose picks the rule of set to use for word. An abbreviation in
// capitals only ever stands for itself (НАТО is no form of Ната).
func (lx *lexicon) choose(set []uint16, word string) (rule, bool) {
	if isAllUpper(word) {
		for _, id := range set {
			if r := lx.rules[id]; r.identity() {
				return r, true
			}
		}
		return rule{}, false
	}
	return lx.rules[set[pick(set, lx.rules, isCapitalized(word))]], true
}

// linkWords join the parts of compound place names whose head is the first
// part: Франкфурт-на-Майне, Ростов-на-Дону.
var linkWords = map[string]bool{"на": true, "над": true, "под": true, "під": true, "де": true, "ла": true, "ле": true, "эль": true, "ель": true, "аль": true}

// compound lemmatises a hyphenated word the dictionary lacks as a whole.
// Inflection lives on the last part (Индо-Тихоокеанском ->
// индо-тихоокеанский, Нью-Йорка -> нью-йорк); an earlier part is changed
// only when it is a known inflected noun (Азию-Биби -> азия-биби). In
// X-на-Y names only the first part inflects.
func (lx *lexicon) compound(word string) (string, bool, bool) {
	parts := strings.Split(word, "-")
	for _, p := range parts {
		if p == "" {
			return "", false, false
		}
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = normalize(p)
	}
	if len(parts) >= 3 && linkWords[out[1]] {
		l, known := lx.lemmaCore(parts[0])
		out[0] = l
		return strings.Join(out, "-"), known, true
	}
	last := len(parts) - 1
	if isDigits(parts[last]) && last > 0 {
		last-- // Северного потока-2: the word before the number inflects
	}
	l, known := lx.lemmaCore(parts[last])
	out[last] = l
	for i := range last {
		r, form, ok := lx.best(parts[i])
		if ok && !r.identity() && r.tag.pos() == PosNoun && isCapitalized(parts[i]) &&
			!hasAnySuffix(out[i], "о", "е") { // a linking vowel: Индо-, Северо-
			if l, ok := r.apply(form); ok {
				out[i] = l
			}
		}
	}
	return strings.Join(out, "-"), known, true
}

// trimPunct splits leading and trailing characters that are neither letters
// nor digits off word.
func trimPunct(word string) (pre, core, post string) {
	i := strings.IndexFunc(word, isWordRune)
	if i < 0 {
		return word, "", ""
	}
	j := strings.LastIndexFunc(word, isWordRune)
	_, n := utf8.DecodeRuneInString(word[j:])
	return word[:i], word[i : j+n], word[j+n:]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// lookup returns the analysis set of word, nil if the dictionary lacks it.
func (lx *lexicon) lookup(word string) []uint16 {
	var buf [96]byte
	return lx.lookupKey(appendNorm(buf[:0], word, true))
}

// lookupKey is lookup of a folded key.
func (lx *lexicon) lookupKey(key []byte) []uint16 {
	v := lx.table.get(hashKey(key))
	if v == 0 || int(v) >= len(lx.sets) {
		return nil
	}
	return lx.sets[v]
}

// guessLemma lemmatises a word the dictionary lacks. Words that are not
// wholly Cyrillic and abbreviations in capitals are left as they are.
func (lx *lexicon) guessLemma(word, form string) string {
	if !isCyrillicWord(word) || isAllUpper(word) {
		return form
	}
	r, ok := lx.guess(foldKey(form), isCapitalized(word))
	if !ok {
		return form
	}
	l, ok := r.apply(form)
	if !ok || !plausibleGuess(form, l) {
		return form
	}
	return l
}

func (lx *lexicon) analyses(word string) []Analysis {
	form := normalize(word)
	if form == "" {
		return nil
	}
	set := lx.lookup(word)
	if _, _, ok := lx.best(word); !ok {
		// Not in the dictionary: the lemma of Lemma, tagged by the last
		// part of a compound or by the guess.
		l, known := lx.lemma(word)
		an := Analysis{Lemma: l, Known: known}
		_, core, _ := trimPunct(word)
		if i := strings.LastIndexByte(core, '-'); i >= 0 {
			core = core[i+1:]
		}
		r, _, ok := lx.best(core)
		if !ok {
			r, ok = lx.guess(foldKey(core), isCapitalized(core))
		}
		if ok {
			an.POS, an.Gender, an.Proper = r.tag.pos(), r.tag.gender(), r.tag.proper()
		}
		return []Analysis{an}
	}
	// The chosen analysis first, then the rest in stored order.
	first := pick(set, lx.rules, isCapitalized(word))
	order := append([]uint16{set[first]}, set[:first]...)
	order = append(order, set[first+1:]...)
	out := make([]Analysis, 0, len(order))
	for _, id := range order {
		r := lx.rules[id]
		if isAllUpper(word) && !r.identity() {
			continue
		}
		l, ok := r.apply(form)
		if !ok {
			continue
		}
		out = append(out, Analysis{Lemma: l, POS: r.tag.pos(), Gender: r.tag.gender(), Proper: r.tag.proper(), Known: true})
	}
	return out
}
