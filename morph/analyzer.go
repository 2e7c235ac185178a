package morph

import (
	_ "embed" // the tables
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// The tables, read in place (never written).
var (
	//go:embed data/ru.morph
	ruData []byte
	//go:embed data/uk.morph
	ukData []byte
	//go:embed data/ru.ctx
	ruCtxData []byte
	//go:embed data/uk.ctx
	ukCtxData []byte
)

// Analyzer finds lemmas of Russian and Ukrainian words. It is safe for
// concurrent use.
type Analyzer struct {
	ru, uk       *lexicon
	ruCtx, ukCtx *ctxModel                        // nil without a model
	caches       [2]*cache                        // ru, uk
	punct        [2][128]atomic.Pointer[formInfo] // one-byte punctuation, by language and byte
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

// Load returns the Analyzer over the embedded tables and context models.
// They are decoded once per process; later calls return the same Analyzer.
func Load() (*Analyzer, error) { return loadOnce() }

func load() (*Analyzer, error) {
	a := &Analyzer{caches: [2]*cache{newCache(), newCache()}}
	for _, d := range []struct {
		lang string
		data []byte
		dst  **ctxModel
	}{{"ru", ruCtxData, &a.ruCtx}, {"uk", ukCtxData, &a.ukCtx}} {
		if len(d.data) == 0 {
			continue // not built yet: the dictionaries alone lemmatise
		}
		m, err := decodeCtx(d.data, d.lang)
		if err != nil {
			return nil, fmt.Errorf("morph load %s: %w", d.lang, err)
		}
		*d.dst = m
	}
	for _, d := range []struct {
		lang string
		data []byte
		dst  **lexicon
	}{{"ru", ruData, &a.ru}, {"uk", ukData, &a.uk}} {
		lx, err := decodeLexicon(d.data)
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
	fi := a.info(lx, word, lang)
	return fi.lemma, fi.known
}

// ctxModel returns the context model of lang, nil if there is none.
func (a *Analyzer) ctxModel(lang string) *ctxModel {
	switch lang {
	case "ru":
		return a.ruCtx
	case "uk":
		return a.ukCtx
	}
	return nil
}

// Readings returns the readings of word in lang that Analyses orders: the
// same set, in the dictionary's order, without the context model's
// preferred lemma (Analyses puts the reading of that lemma first, or adds
// it). It skips resolving the word in context, the costly part when the
// word was not seen before.
func (a *Analyzer) Readings(word, lang string) []Analysis {
	lx := a.lexicon(lang)
	if lx == nil {
		return nil
	}
	return lx.analyses(word)
}

// Analyses returns every reading of word in lang, preferred first (the
// first one's Lemma is what Lemma returns). An unknown word has one guessed
// reading; a word of another language none.
func (a *Analyzer) Analyses(word, lang string) []Analysis {
	lx := a.lexicon(lang)
	if lx == nil {
		return nil
	}
	out := lx.analyses(word)
	if len(out) == 0 {
		return out
	}
	fi := a.info(lx, word, lang)
	if out[0].Lemma == fi.lemma {
		return out
	}
	// The context model prefers another reading than the dictionary's
	// order: put it first, or the model's lemma if the dictionary has none.
	for i, an := range out {
		if an.Lemma == fi.lemma {
			return append(append([]Analysis{an}, out[:i]...), out[i+1:]...)
		}
	}
	an := Analysis{Lemma: fi.lemma, POS: fi.feat.top.coarse(), Known: fi.known}
	return append([]Analysis{an}, out...)
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

// lemmaCore lemmatises a word without surrounding punctuation. An
// abbreviation with a case ending loses the ending (МИДа -> мид).
func (lx *lexicon) lemmaCore(word string) (string, bool) {
	if abbr, ok := inflectedAbbreviation(word); ok {
		return abbr, false
	}
	var fb, kb [96]byte
	form := appendNorm(fb[:0], word, false)
	if set := lx.lookupKey(foldYoBytes(append(kb[:0], form...))); set != nil {
		if r, ok := lx.choose(set, word); ok {
			if l, ok := r.applyBytes(form, word); ok {
				return l, !r.tag.corpus()
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
	l, known := lx.lemma(word)
	if set := lx.lookup(word); set != nil {
		if out := lx.dictAnalyses(set, word, form); len(out) > 0 && out[0].Lemma == l {
			return out
		}
	}
	// Not in the dictionary (or Lemma took another path: МИДа, «…»): the
	// lemma of Lemma, tagged by the last part of a compound or the guess.
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

// dictAnalyses lists the analyses of a dictionary set, the one Lemma
// chooses first, then the rest in stored order.
func (lx *lexicon) dictAnalyses(set []uint16, word, form string) []Analysis {
	first := pick(set, lx.rules, isCapitalized(word))
	order := append([]uint16{set[first]}, set[:first]...)
	order = append(order, set[first+1:]...)
	out := make([]Analysis, 0, len(order))
	for _, id := range order {
		r := lx.rules[id]
		if isAllUpper(word) && !r.identity() {
			continue
		}
		if l, ok := r.apply(form); ok {
			out = append(out, Analysis{Lemma: l, POS: r.tag.pos(), Gender: r.tag.gender(), Proper: r.tag.proper(), Known: !r.tag.corpus()})
		}
	}
	return out
}

func (a *Analyzer) cacheOf(lang string) *cache {
	if lang == "uk" {
		return a.caches[1]
	}
	return a.caches[0]
}
