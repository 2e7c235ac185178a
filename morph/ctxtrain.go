package morph

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/litopys/litopys/morph/gold"
)

// Gold corpora under the data directory, by language: UD dev sets and
// BRUK's disambiguated corpus. Only their training parts (gold.Split) are
// learnt from.
var goldFiles = map[string][]string{
	"ru": {"ud/ru_gsd-ud-dev.conllu.gz", "ud/ru_taiga-ud-dev.conllu.gz"},
	"uk": {"ud/uk_iu-ud-dev.conllu.gz", "bruk/disambig.jsonl.gz"},
}

// ReadGold reads the gold corpora of lang under dataDir.
func ReadGold(dataDir, lang string) ([]*gold.Corpus, error) {
	var out []*gold.Corpus
	for _, f := range goldFiles[lang] {
		path := filepath.Join(dataDir, f)
		var c *gold.Corpus
		var err error
		if filepath.Base(f) == "disambig.jsonl.gz" {
			c, err = gold.ReadBRUKFile(path)
		} else {
			c, err = gold.ReadCoNLLUFile(path)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// maxRuleAdd is the longest ending an edit rule may add: longer ones
// belong to single words (люди -> человек), which the lexicon keeps.
const maxRuleAdd = 4

// maxRules is the number of edit rules kept for a part of speech and an
// ending.
const maxRules = 40

// ctxParams are the training settings of a context model.
type ctxParams struct {
	bits   uint // log2 of the classifier's feature buckets
	epochs int
	seeds  int // classifiers summed (see trainTagger)
}

var ctxSettings = map[string]ctxParams{
	"ru": {bits: 14, epochs: 8, seeds: 4},
	"uk": {bits: 15, epochs: 5},
}

// trainCtx learns the context model of lang from corpora (training parts
// only: see gold.Split), over the dictionary lx. The result depends only
// on its input.
func trainCtx(lx *lexicon, lang string, corpora []*gold.Corpus) *ctxBuild {
	var sents []gold.Sentence
	for _, c := range corpora {
		sents = append(sents, c.Sentences...)
	}
	m := &ctxBuild{lang: lang, lex: map[string][]lexEntry{}, rules: map[string][]editRule{}, dist: map[string][]tagCount{}}
	learnLexicon(m, lx, sents)
	// The dictionary classes of words depend on the rules (sigVerbish).
	rm := (&ctxBuild{lang: lang, rules: m.rules, bits: 1, weights: make([]int16, 2*int(nUPOS))}).model()
	distCount := map[string]map[UPOS]uint32{}
	feats := make([][]tokFeat, len(sents))
	forms := make([][]string, len(sents))
	for si, s := range sents {
		feats[si] = make([]tokFeat, len(s.Tokens))
		forms[si] = make([]string, len(s.Tokens))
		for ti, t := range s.Tokens {
			f, form, _ := rm.featOf(lx, t.Form)
			feats[si][ti], forms[si][ti] = f, form
			tag := ParseUPOS(t.UPOS)
			if tag == UNK || t.Convention {
				continue
			}
			for k := 0; k <= min(maxSuffix, runeLen(form)); k++ {
				ck := classKey(f.sig, f.shape, form, k)
				if distCount[ck] == nil {
					distCount[ck] = map[UPOS]uint32{}
				}
				distCount[ck][tag]++
			}
		}
	}
	for k, c := range distCount {
		m.dist[k] = sortedTags(c)
	}
	m.bits = ctxSettings[lang].bits
	m.weights = trainTagger(m, sents, feats, forms, ctxSettings[lang])
	return m
}

// learnLexicon fills the gold lexicon, the edit rules and keepDot of m
// from the gold sentences.
func learnLexicon(m *ctxBuild, lx *lexicon, sents []gold.Sentence) {
	type lexKey struct {
		form  string
		tag   UPOS
		lemma string
	}
	lexCount := map[lexKey]uint32{}
	ruleCount := map[string]map[editRule]uint32{}
	var dots [2]int // abbreviations whose lemma drops, keeps the dot
	for _, s := range sents {
		for _, t := range s.Tokens {
			tag := ParseUPOS(t.UPOS)
			if tag == UNK || t.Convention || strings.ContainsAny(t.Form+t.Lemma, "\t\n") {
				continue
			}
			lemma := normalize(t.Lemma)
			_, core, post := trimPunct(t.Form)
			if post == "." && core != "" {
				if strings.HasSuffix(lemma, ".") {
					dots[1]++
				} else {
					dots[0]++
				}
			}
			lexCount[lexKey{foldKey(t.Form), tag, lemma}]++
			form := foldKey(core)
			if tag == PUNCT || form != foldKey(t.Form) || !isCyrillicWord(t.Form) {
				continue
			}
			if tag == VERB {
				countDerivations(lx, ruleCount, t.Form, foldKey(lemma))
			}
			r, ok := ruleBetween(form, foldKey(lemma), 0)
			if !ok || runeLen(r.add) > maxRuleAdd {
				continue
			}
			e := editRule{cut: r.cut, add: r.add}
			for k := 1; k <= min(maxRuleSuffix, runeLen(form)); k++ {
				rk := ruleKey(tag, lastRunes(form, k))
				if ruleCount[rk] == nil {
					ruleCount[rk] = map[editRule]uint32{}
				}
				ruleCount[rk][e]++
			}
		}
	}
	m.keepDot = dots[1] > dots[0]
	// The lexicon keeps the commonest lemma of each form and tag.
	type formTag struct {
		form string
		tag  UPOS
	}
	best := map[formTag]lexEntry{}
	totals := map[formTag]uint32{}
	for k, n := range lexCount {
		ft := formTag{k.form, k.tag}
		totals[ft] += n
		b, ok := best[ft]
		if !ok || n > b.n || n == b.n && k.lemma < b.lemma {
			best[ft] = lexEntry{tag: k.tag, lemma: k.lemma, n: n}
		}
	}
	for ft, e := range best {
		e.n = totals[ft]
		m.lex[ft.form] = append(m.lex[ft.form], e)
	}
	for _, es := range m.lex {
		sortLexEntries(es)
	}
	for k, c := range ruleCount {
		rs := make([]editRule, 0, len(c))
		for e, n := range c {
			e.n = n
			rs = append(rs, e)
		}
		sort.Slice(rs, func(i, j int) bool {
			a, b := rs[i], rs[j]
			if a.n != b.n {
				return a.n > b.n
			}
			if a.cut != b.cut {
				return a.cut < b.cut
			}
			return a.add < b.add
		})
		m.rules[k] = rs[:min(len(rs), maxRules)]
	}
}

func sortedTags(c map[UPOS]uint32) []tagCount {
	ts := make([]tagCount, 0, len(c))
	for t, n := range c {
		ts = append(ts, tagCount{t, n})
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].n > ts[j].n || ts[i].n == ts[j].n && ts[i].tag < ts[j].tag })
	return ts
}

// jackknifeFolds is the number of document folds that the training tokens'
// likeliest tags before context (tokFeat.top) are computed in: each fold's
// from the gold lexicon of the others, as a word of new text would have.
const jackknifeFolds = 5

// trainTagger trains the part-of-speech classifier on the gold tags.
func trainTagger(m *ctxBuild, sents []gold.Sentence, feats [][]tokFeat, forms [][]string, p ctxParams) []int16 {
	fold := func(doc string) int {
		h := fnv.New32a()
		h.Write([]byte(doc))
		return int(h.Sum32() % jackknifeFolds)
	}
	var foldLex [jackknifeFolds]map[string][]lexEntry
	for f := range foldLex {
		foldLex[f] = map[string][]lexEntry{}
	}
	for si, s := range sents {
		sf := fold(s.Doc)
		for ti, t := range s.Tokens {
			tag := ParseUPOS(t.UPOS)
			if tag == UNK {
				continue
			}
			for f := range foldLex {
				if f != sf {
					foldLex[f][forms[si][ti]] = addLexTag(foldLex[f][forms[si][ti]], tag)
				}
			}
		}
	}
	var folds [jackknifeFolds]*ctxModel
	for f := range folds {
		for _, es := range foldLex[f] {
			sortLexEntries(es)
		}
		folds[f] = (&ctxBuild{lang: m.lang, lex: foldLex[f], dist: m.dist, bits: 1, weights: make([]int16, 2*int(nUPOS))}).model()
	}
	var buf []tagCount
	for si, s := range sents {
		fm := folds[fold(s.Doc)]
		for ti := range s.Tokens {
			f := &feats[si][ti]
			buf = fm.candidates(forms[si][ti], f.sig, f.shape, buf[:0])
			f.top, f.amb = topTag(buf), tagMask(buf)
		}
	}
	type example struct {
		feats []uint64
		gold  UPOS
	}
	var ex [][]example
	for si, s := range sents {
		var se []example
		infos := make([]*formInfo, len(s.Tokens))
		for ti := range infos {
			infos[ti] = &formInfo{feat: feats[si][ti]}
		}
		for ti, t := range s.Tokens {
			tag := ParseUPOS(t.UPOS)
			if tag == UNK {
				continue
			}
			form := forms[si][ti]
			s2, s3 := hashString(lastRunes(form, 2)), hashString(lastRunes(form, 3))
			se = append(se, example{features(nil, infos, ti, s2, s3), tag})
		}
		ex = append(ex, se)
	}
	// Several classifiers trained on different orders of the sentences,
	// their weights summed: one alone moves a few dozen choices either way
	// on any change of its input.
	var sum []float64
	for seed := range max(p.seeds, 1) {
		tr := newTrainer(p.bits)
		rng := rand.New(rand.NewPCG(1+uint64(seed), 2))
		for e := 0; e < p.epochs; e++ {
			rng.Shuffle(len(ex), func(i, j int) { ex[i], ex[j] = ex[j], ex[i] })
			for _, se := range ex {
				for _, x := range se {
					// Every tag, not only the candidates: restricting the
					// updates to them was no better on the development split.
					tr.update(x.feats, x.gold, tr.predictAmong(x.feats, 1<<nUPOS-1))
				}
			}
		}
		avg := tr.averaged()
		if sum == nil {
			sum = avg
			continue
		}
		for i, v := range avg {
			sum[i] += v
		}
	}
	return scaleInt16(sum)
}

func addLexTag(es []lexEntry, t UPOS) []lexEntry {
	for i := range es {
		if es[i].tag == t {
			es[i].n++
			return es
		}
	}
	return append(es, lexEntry{tag: t, n: 1})
}

// topTag is the likeliest of candidate tags (the first of the commonest).
func topTag(cands []tagCount) UPOS {
	if len(cands) == 0 {
		return UNK
	}
	top := 0
	for i, c := range cands {
		if c.n > cands[top].n {
			top = i
		}
	}
	return cands[top].tag
}

// featOf returns the classifier's view of a word before context (top
// unset), its folded form and its dictionary readings.
func (lx *lexicon) featOf(word string) (tokFeat, string, []uint16) {
	_, core, _ := trimPunct(word)
	if core == "" {
		core = word
	}
	form := foldKey(core)
	set := lx.lookup(core)
	return tokFeat{w: hashString(form), sig: lx.sigOf(set), shape: shapeOf(core)}, form, set
}

// featOf is lexicon.featOf with sigVerbish set for a word the dictionary
// has no verb reading of but that reads as a verb by the model's rules
// (verbCandidate): a participle or an irregular present or past form. A
// capitalised word (a poem's line, a sentence's first word) counts when
// the dictionary knows it, not as a name, and the gold text seldom shows
// it. A Russian word that ends like an infinitive is marked as one for its
// neighbours' features.
func (m *ctxModel) featOf(lx *lexicon, word string) (tokFeat, string, []uint16) {
	f, form, set := lx.featOf(word)
	if m.closed != nil && hasAnySuffix(form, "ть", "ти", "чь", "ться", "тись") { // Russian
		f.inf = 1 // a predicative or a modal before it is read by it (трудно найти: ADJ)
	}
	if f.sig&sigUnknown != 0 || f.shape > 1 || f.shape == 1 && lx.anyProper(set) {
		return f, form, set
	}
	_, core, _ := trimPunct(word)
	if !isCyrillicWord(core) || f.shape == 1 && m.lexCount(form) >= trustLex {
		return f, form, set // a name, or a word the gold text shows often enough (После)
	}
	if f.sig&(1<<PosVerb) == 0 && m.verbCandidate(lx, form, normalize(core), set) {
		f.sig |= sigVerbish
	}
	return f, form, set
}

// TrainContext learns the context models of Russian and Ukrainian from the
// training parts of the gold corpora under dataDir (see ReadGold,
// gold.Split) over the dictionaries in dir (ru.morph, uk.morph, as Build
// writes them), and writes them beside as ru.ctx and uk.ctx.
func TrainContext(dataDir, dir string) error {
	a := &Analyzer{caches: [2]*cache{newCache(), newCache()}}
	for _, lang := range []string{"ru", "uk"} {
		data, err := os.ReadFile(filepath.Join(dir, lang+".morph"))
		if err != nil {
			return fmt.Errorf("train context: %w", err)
		}
		lx, err := decodeLexicon(data)
		if err != nil {
			return fmt.Errorf("train context %s: %w", lang, err)
		}
		if lang == "ru" {
			a.ru = lx
		} else {
			a.uk = lx
		}
	}
	for _, lang := range []string{"ru", "uk"} {
		cs, err := ReadGold(dataDir, lang)
		if err != nil {
			return fmt.Errorf("train context %s: %w", lang, err)
		}
		for i, c := range cs {
			cs[i], _ = gold.Split(c)
		}
		m := trainCtx(a.lexicon(lang), lang, cs)
		if err := os.WriteFile(filepath.Join(dir, lang+".ctx"), m.encode(), 0o644); err != nil {
			return fmt.Errorf("train context %s: %w", lang, err)
		}
	}
	return nil
}

// countDerivations counts, for a verb form the dictionary knows only as
// an adjective (a participle), the rules from its adjective lemma to the
// gold verb lemma, by the adjective's ending.
func countDerivations(lx *lexicon, ruleCount map[string]map[editRule]uint32, word, lemma string) {
	set := lx.lookup(word)
	for _, id := range set {
		if lx.rules[id].tag.pos() == PosVerb {
			return
		}
	}
	for _, id := range set {
		r := lx.rules[id]
		adj, ok := r.apply(normalize(word))
		if !ok || r.tag.pos() != PosAdj && !(r.tag.pos() == PosNoun && hasAnySuffix(adj, "ийся", "ыйся")) {
			continue
		}
		a := foldKey(adj)
		d, ok := ruleBetween(a, lemma, 0)
		if !ok || runeLen(d.add) > maxRuleAdd+2 {
			continue
		}
		e := editRule{cut: d.cut, add: d.add}
		for k := minRuleSuffix; k <= min(maxDerivSuffix, runeLen(a)); k++ {
			key := derivKey(lastRunes(a, k))
			if ruleCount[key] == nil {
				ruleCount[key] = map[editRule]uint32{}
			}
			ruleCount[key][e]++
		}
		return
	}
}
