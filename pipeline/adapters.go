package pipeline

import (
	"slices"
	"strings"

	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/internal/memo"
	"github.com/litopys/litopys/morph"
	"github.com/litopys/litopys/ner"
	"github.com/litopys/litopys/translit"
)

// grammar answers entity.Grammar from the morphological dictionary.
type grammar struct {
	m     *morph.Analyzer
	cache *memo.Memo[[2]string, grammarOf]
}

type grammarOf struct {
	adj    bool
	gender string
	ok     bool
}

func newGrammar(m *morph.Analyzer) grammar {
	return grammar{m: m, cache: memo.New[[2]string, grammarOf](1<<16, memo.OwnPair)}
}

func (g grammar) Grammar(lemma, lang string) (adj bool, gender string, ok bool) {
	r := g.cache.Get([2]string{lemma, lang}, func() grammarOf {
		return grammarOfReadings(g.m, lemma, lang)
	})
	return r.adj, r.gender, r.ok
}

// grammarOfReadings is the first of m.Analyses(lemma, lang) that is a
// known noun or adjective of that lemma. When a reading of the
// dictionary's has that lemma, Analyses' order changes nothing among them:
// it moves to the front the first reading of the context model's lemma (if
// that is lemma, the first of these readings, which stay in order), or
// adds a reading of another lemma. So the dictionary's readings answer,
// without resolving the lemma in context; Analyses only when none has it.
func grammarOfReadings(m *morph.Analyzer, lemma, lang string) grammarOf {
	rs := m.Readings(lemma, lang)
	if !slices.ContainsFunc(rs, func(a morph.Analysis) bool { return a.Lemma == lemma }) {
		rs = m.Analyses(lemma, lang)
	}
	return firstGrammar(rs, lemma)
}

// firstGrammar is the first of rs that is a known noun or adjective of
// lemma.
func firstGrammar(rs []morph.Analysis, lemma string) grammarOf {
	for _, a := range rs {
		if a.Lemma == lemma && a.Known && (a.POS == morph.PosAdj || a.POS == morph.PosNoun) {
			return grammarOf{a.POS == morph.PosAdj, a.Gender.String(), true}
		}
	}
	return grammarOf{}
}

// directory answers entity.Directory from the gazetteer (Gazetteer.Find:
// the entity a name most likely names), memoised.
type directory struct {
	g     *gazetteer.Gazetteer
	cache *memo.Memo[[2]string, known]
}

type known struct {
	k  entity.Known
	ok bool
}

func newDirectory(g *gazetteer.Gazetteer) directory {
	return directory{g: g, cache: memo.New[[2]string, known](1<<16, memo.OwnPair)}
}

func (d directory) Find(name, lang string) (entity.Known, bool) {
	r := d.cache.Get([2]string{name, lang}, func() known {
		e, ok := d.g.Find(name, lang)
		if !ok {
			return known{}
		}
		return known{entity.Known{ID: e.ID, Type: e.Type, Names: e.Names}, true}
	})
	return r.k, r.ok
}

// keys memoises translit.Key: names recur across mentions and articles.
type keys struct{ cache *memo.Memo[string, string] }

func newKeys() keys { return keys{cache: memo.New[string, string](1<<16, strings.Clone)} }

func (k keys) key(s string) string {
	return k.cache.Get(s, func() string { return translit.Key(s) })
}

// WordClasses answers ner.WordClasser from the morphological dictionary:
// whether hunspell knows a word as a common word, as a proper name
// (written capitalised there: Москва, Путін) or both. Words recur, so the
// answers are memoised.
func WordClasses(m *morph.Analyzer) ner.WordClasser {
	cache := memo.New[[2]string, ner.WordClass](1<<16, memo.OwnPair)
	return func(word, lang string) ner.WordClass {
		return cache.Get([2]string{word, lang}, func() ner.WordClass {
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
	cache *memo.Memo[[2]string, bool]
}

func newCommon(m *morph.Analyzer) common {
	return common{m: m, cache: memo.New[[2]string, bool](1<<16, memo.OwnPair)}
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
	cache *memo.Memo[[2]string, bool]
}

func newVerbs(m *morph.Analyzer) verbs {
	return verbs{m: m, cache: memo.New[[2]string, bool](1<<14, memo.OwnPair)}
}

func (v verbs) Verb(word, lang string) bool {
	return v.cache.Get([2]string{word, lang}, func() bool {
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
	return c.cache.Get([2]string{word, lang}, func() bool {
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
