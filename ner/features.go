package ner

import (
	"github.com/litopys/litopys"
)

// Feature templates. Static ones depend on the tokens only and are
// computed once per token; dynamic ones involve the previous tags.
const (
	fBias = iota
	fWord
	fLemma
	fStem
	fShape
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fFlags
	fWordM1
	fWordP1
	fWordM2
	fWordP2
	fShapeM1
	fShapeP1
	fShapeM2
	fShapeP2
	fNormM1
	fNormP1
	fBigramM1
	fBigramP1
	fClus4
	fClus8
	fClus12
	fClusM1
	fClusP1
	fGaz
	fGazStem
	fGazWindow
	fShapeWindow
	fLangFlags
	fClass
	fClassWindow
	fHead
	fHeadM1
	fHeadP1
	fHeadM2
	fHeadP2
	fCase
	fCaseWindow
	numStatic
)

const (
	fPrev = 100 + iota
	fPrev2
	fPrevWord
	fPrevShape
)

const numDynamic = 4

var (
	bosInfo = wordInfo{lower: hashString("<s>"), shape: hashString("<s>"), stem: hashString("<s>")}
	eosInfo = wordInfo{lower: hashString("</s>"), shape: hashString("</s>"), stem: hashString("</s>")}
)

// sentence holds the per-token analysis of one sentence; its slices are
// reused from sentence to sentence.
type sentence struct {
	info    []wordInfo
	norm    []uint64 // lemma hash, or stem hash when there is no lemma
	lemma   []uint64
	clus    []uint32 // path bits | 1 when the word has a cluster, else 0
	gaz     []uint8
	gazStem []uint8
	// skip marks tokens that cannot begin a mention: lower-case, not in a
	// gazetteer name, and never the first word of a training mention.
	skip []bool
	// outside marks tokens that cannot continue a mention: lower-case and
	// never inside or at the end of a training mention.
	outside  []bool
	lexFlags []uint8
	class    []WordClass
	head     []uint8 // head class of the lemma (heads.go)
	cas      []uint8 // casing bucket of the word (casing.go)
	bits     uint8
	langHash uint64
	// en is 1 for English. English is learnt from encyclopaedia sentences
	// only, whose conventions and statistics differ from those of the
	// Russian and Ukrainian news, so every English feature is kept apart
	// (salted): the two share one weight table but not their weights.
	en uint64
}

// enSalt separates the English features from the others.
const enSalt = 0x6e5a17c3b2d1e0f9

// salt is what the sentence's features are xored with.
func (s *sentence) salt() uint64 { return s.en * enSalt }

// featureHash combines a template with a value.
func featureHash(tmpl int, v uint64) uint64 {
	return mix(v ^ uint64(tmpl+1)*0x9e3779b97f4a7c15)
}

// analyze fills s for toks. lemma, when non-nil, gives each token's lemma
// hash (0 for none); classify, when non-nil, the dictionary class of a
// capitalised word.
func (s *sentence) analyze(m *model, toks []litopys.Token, lang string, lemma func(i int) uint64, classify WordClasser) {
	n := len(toks)
	s.info = grow(s.info, n)
	s.norm = grow(s.norm, n)
	s.lemma = grow(s.lemma, n)
	s.clus = grow(s.clus, n)
	s.gaz = grow(s.gaz, n)
	s.gazStem = grow(s.gazStem, n)
	s.skip = grow(s.skip, n)
	s.outside = grow(s.outside, n)
	s.lexFlags = grow(s.lexFlags, n)
	s.class = grow(s.class, n)
	s.head = grow(s.head, n)
	s.cas = grow(s.cas, n)
	for i := range toks {
		wi := &s.info[i]
		analyze(toks[i].Text, wi)
		if i == 0 {
			wi.flags |= flagFirst
		} else if isOpenQuote(toks[i-1].Text) {
			wi.flags |= flagQuoted
		}
		lex := m.lex.at(wi.lower)
		s.clus[i] = lex.clus
		s.lexFlags[i] = lex.flags
		s.cas[i] = lex.cas
		if lang == "en" {
			// English has no raw news here: its casing counts come from
			// the encyclopaedia sentences it is trained on, and the
			// English news measured worse with them.
			s.cas[i] = 0
		}
		s.lemma[i], s.norm[i] = 0, wi.stem
		if lemma != nil {
			if h := lemma(i); h != 0 {
				s.lemma[i], s.norm[i] = h, h
			}
		}
		s.head[i] = headIndex.at(s.norm[i])
		if s.head[i] == 0 {
			s.head[i] = headIndex.at(wi.lower)
		}
		s.class[i] = ClassLower
		if wi.flags&(flagCap|flagAllCaps) != 0 {
			s.class[i] = ClassUnknown
			if classify != nil && m.useClass {
				s.class[i] = classify(toks[i].Text, lang)
			}
		}
	}
	match(m.gaz.exact, &m.gaz.exactKeys, func(i int) uint64 { return s.info[i].lower }, n, s.gaz)
	markModels(toks, s.gaz)
	match(m.gaz.stem, &m.gaz.stemKeys, func(i int) uint64 { return s.info[i].stem }, n, s.gazStem)
	s.langHash = hashString(lang)
	s.en = 0
	if lang == "en" {
		s.en = 1
	}
	s.bits = m.bits
	depth := 0 // open quotation marks before the token
	for i := range n {
		wi := &s.info[i]
		switch q := toks[i].Text; {
		case q == "\"" && depth > 0, q == "»", q == "”" && depth > 0:
			depth--
		case q == "\"", q == "«", q == "„", q == "“":
			depth++
		}
		plain := m.lists && wi.flags&(flagCap|flagAllCaps) == 0 && s.gaz[i] == 0 && s.gazStem[i] == 0
		plain = plain || lang == "en" && m.lists && enCommon(toks[i].Text, s.gaz[i], s.gazStem[i])
		// A lower-case head of event or product names ("выборы",
		// "референдум", "договор") may begin a mention even if no training
		// mention began with it: the head class generalises across them.
		evtPro := s.head[i] == headEVT || s.head[i] == headPRO
		s.skip[i] = plain && s.lexFlags[i]&lexStart == 0 && !evtPro
		// Inside quotation marks a lower-case word may go on with a name
		// («Северный поток», «Единая Россия»): quoted names are where
		// products, media and parties are written.
		// So may the head of an event or product name end one ("Ніццький
		// договір", "Мюнхенская конференция").
		s.outside[i] = plain && depth == 0 && !evtPro && (lang != "en" && s.lexFlags[i]&lexInside == 0 || lang == "en" && !enConnector(toks[i].Text))
	}
}

// features writes the bucket indices of token i's static features.
func (s *sentence) features(i int, f *[numStatic]uint32) {
	n := len(s.info)
	shift := 64 - s.bits
	{
		w0 := &s.info[i]
		wm1, wm2, wp1, wp2 := &bosInfo, &bosInfo, &eosInfo, &eosInfo
		var nm1, np1 = bosInfo.stem, eosInfo.stem
		var cm1, cp1 uint32 = 2, 2
		var gm1, gp1 uint8 = 255, 255
		if i > 0 {
			wm1, nm1, cm1, gm1 = &s.info[i-1], s.norm[i-1], s.clus[i-1], s.gaz[i-1]
		}
		if i > 1 {
			wm2 = &s.info[i-2]
		}
		if i+1 < n {
			wp1, np1, cp1, gp1 = &s.info[i+1], s.norm[i+1], s.clus[i+1], s.gaz[i+1]
		}
		if i+2 < n {
			wp2 = &s.info[i+2]
		}
		c0 := s.clus[i]
		var clm1, clp1 WordClass = 7, 7
		var hm1, hp1, hm2, hp2 uint8 = 255, 255, 255, 255
		if i > 0 {
			clm1, hm1 = s.class[i-1], s.head[i-1]
		}
		if i > 1 {
			hm2 = s.head[i-2]
		}
		if i+1 < n {
			clp1, hp1 = s.class[i+1], s.head[i+1]
		}
		if i+2 < n {
			hp2 = s.head[i+2]
		}
		h := [numStatic]uint64{
			fBias:        s.en,
			fWord:        w0.lower,
			fLemma:       s.lemma[i],
			fStem:        w0.stem,
			fShape:       pair(w0.shape, s.en),
			fPre1:        w0.pre[0],
			fPre2:        w0.pre[1],
			fPre3:        w0.pre[2],
			fPre4:        w0.pre[3],
			fSuf1:        w0.suf[0],
			fSuf2:        w0.suf[1],
			fSuf3:        w0.suf[2],
			fSuf4:        w0.suf[3],
			fFlags:       uint64(w0.flags) | s.en<<8,
			fWordM1:      wm1.lower,
			fWordP1:      wp1.lower,
			fWordM2:      wm2.lower,
			fWordP2:      wp2.lower,
			fShapeM1:     wm1.shape,
			fShapeP1:     wp1.shape,
			fShapeM2:     wm2.shape,
			fShapeP2:     wp2.shape,
			fNormM1:      nm1,
			fNormP1:      np1,
			fBigramM1:    pair(wm1.lower, w0.lower),
			fBigramP1:    pair(w0.lower, wp1.lower),
			fClus4:       uint64(clusPrefix(c0, 4)),
			fClus8:       uint64(clusPrefix(c0, 8)),
			fClus12:      uint64(clusPrefix(c0, 12)),
			fClusM1:      uint64(clusPrefix(cm1, 8)),
			fClusP1:      uint64(clusPrefix(cp1, 8)),
			fGaz:         uint64(s.gaz[i]),
			fGazStem:     uint64(s.gazStem[i]),
			fGazWindow:   uint64(gm1)<<16 | uint64(s.gaz[i])<<8 | uint64(gp1),
			fShapeWindow: pair(pair(pair(wm1.shape, w0.shape), wp1.shape), s.en),
			fLangFlags:   pair(s.langHash, uint64(w0.flags)),
			fClass:       uint64(s.class[i])<<8 | uint64(w0.flags&(flagCap|flagAllCaps|flagFirst|flagQuoted)) | s.en<<16,
			fClassWindow: uint64(clm1)<<16 | uint64(s.class[i])<<8 | uint64(clp1),
			fHead:        uint64(s.head[i]),
			fHeadM1:      uint64(hm1),
			fHeadP1:      uint64(hp1),
			fHeadM2:      uint64(hm2),
			fHeadP2:      uint64(hp2),
		}
		if s.lemma[i] == 0 {
			h[fLemma] = w0.lower
		}
		h[fCase], h[fCaseWindow] = s.caseFeatures(i)
		for t, v := range h {
			f[t] = uint32(featureHash(t, v^s.salt()) >> shift)
		}
	}
}

// clusPrefix returns the first n bits of a cluster path, keeping the
// presence bit; a word without a cluster keeps its own value.
func clusPrefix(c uint32, n int) uint32 {
	if c&1 == 0 {
		return c
	}
	return c&^(1<<(32-n)-1) | 1
}

// dynamicFeatures returns the bucket indices of the features that involve
// the previous two tags.
func dynamicFeatures(bits uint8, prev, prev2 int, wi *wordInfo, salt uint64) [numDynamic]uint32 {
	shift := 64 - bits
	p := uint64(prev) ^ salt
	return [numDynamic]uint32{
		uint32(featureHash(fPrev, p) >> shift),
		uint32(featureHash(fPrev2, p<<8|uint64(prev2)) >> shift),
		uint32(featureHash(fPrevWord, pair(p, wi.lower)) >> shift),
		uint32(featureHash(fPrevShape, pair(p, wi.shape)) >> shift),
	}
}

func isOpenQuote(s string) bool {
	switch s {
	case "«", "\"", "“", "„", "'", "‘":
		return true
	}
	return false
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}
