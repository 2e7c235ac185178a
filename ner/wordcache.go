package ner

// The greedy decoder sums, for each token it scores, the weight rows of 45
// static features and 4 that involve the previous tags. Half of the static
// ones depend on the token alone (its forms, affixes, flags, cluster,
// class, head, casing and gazetteer codes), and names and the words around
// them recur within an article and across articles: wordCache keeps the
// sum of those rows by the values they are computed from, so that a token
// seen before costs the rows of its context only. Integer sums do not
// depend on their order, so the scores are the same to the last bit.

// numWordTemplates is the number of wordTemplates.
const numWordTemplates = 23

// wordTemplates are the static templates whose values depend on the token
// alone, given the values in wordKey.
var wordTemplates = [numWordTemplates]int{fBias, fWord, fLemma, fStem, fShape, fPre1, fPre2, fPre3, fPre4,
	fSuf1, fSuf2, fSuf3, fSuf4, fFlags, fClus4, fClus8, fClus12, fGaz, fGazStem, fLangFlags,
	fClass, fHead, fCase}

// contextTemplates are the other static templates, in order.
var contextTemplates = func() (out [numStatic - numWordTemplates]int) {
	var word [numStatic]bool
	for _, t := range wordTemplates {
		word[t] = true
	}
	n := 0
	for t := range numStatic {
		if !word[t] && n < len(out) {
			out[n] = t
			n++
		}
	}
	return out
}()

// wordKey is every value the word templates are computed from (features).
type wordKey struct {
	lower, lemma, stem, shape uint64
	pre, suf                  [4]uint64
	lang, en                  uint64
	clus                      uint32
	flags, head, cas          uint8
	gaz, gazStem              uint8
	class                     WordClass
}

func (s *sentence) wordKey(i int) wordKey {
	w := &s.info[i]
	return wordKey{lower: w.lower, lemma: s.lemma[i], stem: w.stem, shape: w.shape, pre: w.pre, suf: w.suf,
		lang: s.langHash, en: s.en, clus: s.clus[i], flags: w.flags, head: s.head[i], cas: s.cas[i],
		gaz: s.gaz[i], gazStem: s.gazStem[i], class: s.class[i]}
}

// wordCacheSize is the number of entries, a power of two (≈ 0.4 MB).
const wordCacheSize = 2048

// wordCache maps a wordKey to the sum of its word templates' rows; an entry
// is replaced by the next key of the same slot. The zero value is empty.
type wordCache struct {
	keys []wordKey
	sums [][numTags]int32
	used []bool
}

// slot returns the entry index of k.
func (c *wordCache) slot(k *wordKey) int {
	h := pair(pair(k.lower, k.lemma), uint64(k.flags)|uint64(k.gaz)<<8|uint64(k.gazStem)<<16|uint64(k.class)<<24|k.en<<32)
	return int(h & (wordCacheSize - 1))
}

// scores adds to out the rows of token i's word templates, feats being
// the token's static features, from the cache or, the first time, from the
// weights w.
func (c *wordCache) scores(s *sentence, i int, feats *[numStatic]uint32, w []int16, out *[numTags]int32) {
	if c.keys == nil {
		c.keys = make([]wordKey, wordCacheSize)
		c.sums = make([][numTags]int32, wordCacheSize)
		c.used = make([]bool, wordCacheSize)
	}
	k := s.wordKey(i)
	j := c.slot(&k)
	if !c.used[j] || c.keys[j] != k {
		var rows [numWordTemplates]uint32
		for r, t := range wordTemplates {
			rows[r] = feats[t]
		}
		touchRows(w, rows[:])
		var sum [numTags]int32
		for _, b := range rows {
			addRow(&sum, (*[numTags]int16)(w[int(b)*rowStride:]))
		}
		c.keys[j], c.sums[j], c.used[j] = k, sum, true
	}
	for t, v := range &c.sums[j] {
		out[t] += v
	}
}
