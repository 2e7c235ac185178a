package morph

import "sync"

// WordLemma is the lemma of a word in its sentence and whether the
// dictionary or the annotated text knows the word (as Lemma's known).
type WordLemma struct {
	Lemma string
	Known bool
}

// LemmaSentence appends to dst the lemma of each token of a sentence in
// lang ("ru" or "uk"; words of another language are lower-cased). Give it
// every token of the sentence, punctuation included, in order: a word
// whose lemma depends on its part of speech (стали: стать or сталь; та:
// та or той) is read in the context of its neighbours by the part-of-
// speech classifier. Other words get what Lemma gives.
func (a *Analyzer) LemmaSentence(words []string, lang string, dst []WordLemma) []WordLemma {
	lx := a.lexicon(lang)
	if lx == nil {
		for _, w := range words {
			l, k := a.Lemma(w, lang)
			dst = append(dst, WordLemma{l, k})
		}
		return dst
	}
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	s.infos = s.infos[:0]
	for _, w := range words {
		s.infos = append(s.infos, a.info(lx, w, lang))
	}
	m := a.ctxModel(lang)
	for i, fi := range s.infos {
		if inTagRun(words, i) {
			// A hashtag among hashtags labels the text; it is no word of
			// the sentence: as it is (#дети, #облака), not the lemma of
			// its word.
			dst = append(dst, WordLemma{normalize(words[i]), fi.known})
			continue
		}
		am := fi.amb
		if am == nil || m == nil {
			dst = append(dst, WordLemma{fi.lemma, fi.known})
			continue
		}
		s.feats = features(s.feats[:0], s.infos, i, am.s2, am.s3)
		t := m.tagger.best(s.feats, am.cands)
		l := fi.lemma
		for j, c := range am.cands {
			if c.tag == t {
				l = am.lemmas[j]
				break
			}
		}
		if lang == "ru" {
			if dl, ok := detPronRU(words, s.infos, i); ok {
				l = dl
			} else if t == ADJ {
				if al, ok := mannerAdverbRU(words, s.infos, i, am); ok {
					l = al
				}
			}
		}
		dst = append(dst, WordLemma{l, fi.known})
	}
	return dst
}

// scratch is the working memory of LemmaSentence, pooled.
type scratch struct {
	infos []*formInfo
	feats []uint64
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// info returns the formInfo of word, from the hot-word cache when there.
// A one-byte punctuation mark has a formInfo of its own.
func (a *Analyzer) info(lx *lexicon, word, lang string) *formInfo {
	if li := langIndex(lang); li >= 0 && len(word) == 1 && word[0] < 0x80 && !isWordRune(rune(word[0])) {
		p := &a.punct[li][word[0]]
		if fi := p.Load(); fi != nil {
			return fi
		}
		fi := lx.resolve(a.ctxModel(lang), word)
		p.Store(fi)
		return fi
	}
	c := a.cacheOf(lang)
	if e := c.get(word); e != nil {
		return &e.info
	}
	return c.put(word, lx.resolve(a.ctxModel(lang), word))
}

func langIndex(lang string) int {
	switch lang {
	case "ru":
		return 0
	case "uk":
		return 1
	}
	return -1
}

// inTagRun reports whether words[i] is a hashtag next to another hashtag.
func inTagRun(words []string, i int) bool {
	tag := func(w string) bool { return len(w) > 1 && w[0] == '#' }
	return tag(words[i]) && (i > 0 && tag(words[i-1]) || i+1 < len(words) && tag(words[i+1]))
}
