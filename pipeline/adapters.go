package pipeline

import (
	"slices"
	"strings"
	"sync"

	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/translit"
)

// memo is a bounded concurrent cache: names and lemmas recur from article
// to article, and their answers do not change. When full it starts over,
// which keeps memory flat without bookkeeping on the hot path.
type memo[K comparable, V any] struct {
	mu  sync.RWMutex
	m   map[K]V
	max int
	// own copies a key before it is stored: keys are words of the
	// documents, and a stored substring would keep its whole document in
	// memory for as long as the memo lives.
	own func(K) K
}

func newMemo[K comparable, V any](max int, own func(K) K) *memo[K, V] {
	return &memo[K, V]{m: make(map[K]V), max: max, own: own}
}

// ownPair copies the strings of a two-string key.
func ownPair(k [2]string) [2]string { return [2]string{strings.Clone(k[0]), strings.Clone(k[1])} }

func (c *memo[K, V]) get(k K, compute func() V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute()
	c.mu.Lock()
	if len(c.m) >= c.max {
		c.m = make(map[K]V)
	}
	c.m[c.own(k)] = v
	c.mu.Unlock()
	return v
}

// grammar answers entity.Grammar from the morphological dictionary.
type grammar struct {
	m     *morph.Analyzer
	cache *memo[[2]string, grammarOf]
}

type grammarOf struct {
	adj    bool
	gender string
	ok     bool
}

func newGrammar(m *morph.Analyzer) grammar {
	return grammar{m: m, cache: newMemo[[2]string, grammarOf](1<<16, ownPair)}
}

func (g grammar) Grammar(lemma, lang string) (adj bool, gender string, ok bool) {
	r := g.cache.get([2]string{lemma, lang}, func() grammarOf {
		for _, a := range g.m.Analyses(lemma, lang) {
			if a.Lemma == lemma && a.Known && (a.POS == morph.PosAdj || a.POS == morph.PosNoun) {
				return grammarOf{a.POS == morph.PosAdj, a.Gender.String(), true}
			}
		}
		return grammarOf{}
	})
	return r.adj, r.gender, r.ok
}

// directory answers entity.Directory from the gazetteer (Gazetteer.Find:
// the entity a name most likely names), memoised.
type directory struct {
	g     *gazetteer.Gazetteer
	cache *memo[[2]string, known]
}

type known struct {
	k  entity.Known
	ok bool
}

func newDirectory(g *gazetteer.Gazetteer) directory {
	return directory{g: g, cache: newMemo[[2]string, known](1<<16, ownPair)}
}

func (d directory) Find(name, lang string) (entity.Known, bool) {
	r := d.cache.get([2]string{name, lang}, func() known {
		e, ok := d.g.Find(name, lang)
		if !ok {
			return known{}
		}
		return known{entity.Known{ID: e.ID, Type: e.Type, Names: e.Names}, true}
	})
	return r.k, r.ok
}

// keys memoises translit.Key: names recur across mentions and articles.
type keys struct{ cache *memo[string, string] }

func newKeys() keys { return keys{cache: newMemo[string, string](1<<16, strings.Clone)} }

func (k keys) key(s string) string {
	return k.cache.get(s, func() string { return translit.Key(s) })
}

// WordClasses answers ner.WordClasser from the morphological dictionary:
// whether hunspell knows a word as a common word, as a proper name
// (written capitalised there: Москва, Путін) or both. Words recur, so the
// answers are memoised.
func WordClasses(m *morph.Analyzer) ner.WordClasser {
	cache := newMemo[[2]string, ner.WordClass](1<<16, ownPair)
	return func(word, lang string) ner.WordClass {
		return cache.get([2]string{word, lang}, func() ner.WordClass {
			common, proper := false, false
			for _, a := range m.Analyses(word, lang) {
				if !a.Known {
					continue
				}
				if a.Proper {
					proper = true
				} else {
					common = true
				}
			}
			switch {
			case common && proper:
				return ner.ClassBoth
			case proper:
				return ner.ClassProper
			case common:
				return ner.ClassCommon
			}
			return ner.ClassUnknown
		})
	}
}

// common answers entity.CommonWords from the morphological dictionary: a
// word the dictionary knows, with no reading that is a proper name.
type common struct {
	m     *morph.Analyzer
	cache *memo[[2]string, bool]
}

func newCommon(m *morph.Analyzer) common {
	return common{m: m, cache: newMemo[[2]string, bool](1<<16, ownPair)}
}

// Lemmas gives every lemma the dictionary has for word (entity.Readings).
func (c common) Lemmas(word, lang string) []string {
	var out []string
	for _, a := range c.m.Analyses(word, lang) {
		if a.Known && a.Lemma != "" && !slices.Contains(out, a.Lemma) {
			out = append(out, a.Lemma)
		}
	}
	return out
}

// verbs answers entity.VerbWords from the morphological dictionary: a
// word it knows only as a verb.
type verbs struct {
	m     *morph.Analyzer
	cache *memo[[2]string, bool]
}

func newVerbs(m *morph.Analyzer) verbs {
	return verbs{m: m, cache: newMemo[[2]string, bool](1<<14, ownPair)}
}

func (v verbs) Verb(word, lang string) bool {
	return v.cache.get([2]string{word, lang}, func() bool {
		as := v.m.Analyses(word, lang)
		for _, a := range as {
			if !a.Known || a.POS != morph.PosVerb {
				return false
			}
		}
		return len(as) > 0
	})
}

func (c common) Common(word, lang string) bool {
	return c.cache.get([2]string{word, lang}, func() bool {
		as := c.m.Analyses(word, lang)
		if len(as) == 0 {
			return false
		}
		for _, a := range as {
			if !a.Known || a.Proper {
				return false
			}
		}
		return true
	})
}

// NERTrainOptions are the options the shipped NER model is trained with
// (`litopys train ner`): the lemmas and dictionary classes of m, as the
// pipeline gives them at run time, and seed 1. A held-out evaluation sets
// HoldOut on them.
func NERTrainOptions(m *morph.Analyzer, dataDir, outDir string) ner.TrainOptions {
	return ner.TrainOptions{DataDir: dataDir, OutDir: outDir, Lemmatize: m.Lemma, Classify: WordClasses(m), Seed: 1}
}

// wordTable learns the Ukrainian → Russian word table of entity names from
// the gazetteer's entries (entity.WordTable).
func wordTable(g *gazetteer.Gazetteer, key func(string) string) entity.Words {
	es := g.Entries()
	names := make([]map[string][]string, len(es))
	for i, e := range es {
		names[i] = e.Names
	}
	return entity.WordTable(names, key)
}
