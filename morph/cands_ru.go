package morph

// Candidates of Russian words that the dictionary's classes get wrong:
// words hunspell lists as uninflected that are open-class forms, and noun
// readings that are a verb's paradigm (see resolve).

// stemCandidates adds to cands the noun and adjective readings of a
// Russian word the dictionary lists only as uninflected (sig) that reads
// as a noun by the stem patterns (nounOfRU: сна, углу) or as an adjective
// by the rules (черна: черный).
func (m *ctxModel) stemCandidates(lx *lexicon, form string, sig uint8, set []uint16, cands []tagCount) []tagCount {
	if m.closed == nil || m.closed[form] != nil || lexTotal(cands) >= trustLex {
		return cands
	}
	if sig&0xf == 1<<PosVerb && !hasTag(cands, NOUN) {
		if _, ok := lx.genPluralOfVerbRU(form, set); ok {
			cands = append(cands, tagCount{NOUN, 0}) // дел, правил: not only деть, править
		}
		return cands
	}
	if sig&0xf != 1<<PosOther {
		return cands
	}
	if !hasTag(cands, NOUN) {
		if _, ok := lx.nounOfRU(form, set); ok {
			cands = append(cands, tagCount{NOUN, 0})
		}
	}
	if !hasTag(cands, ADJ) {
		if _, ok := m.ruleLemma(lx, form, ADJ); ok {
			cands = append(cands, tagCount{ADJ, 0})
		}
	}
	return cands
}

// anyProper reports whether one of the readings of set is a proper noun's.
func (lx *lexicon) anyProper(set []uint16) bool {
	for _, id := range set {
		if lx.rules[id].tag.proper() {
			return true
		}
	}
	return false
}

// dropFalseNoun removes the noun candidate of a Russian form, unless the
// gold text shows it as a noun, when the dictionary's noun reading is a
// verb's paradigm the build took for a noun's: a past of a -нуть verb
// (затих, затихла), an imperative (скажи, скажите), a reflexive
// participle (отличающимся: -ийся).
func (lx *lexicon) dropFalseNoun(cands []tagCount, form string, set []uint16) []tagCount {
	i := -1
	for j, c := range cands {
		if c.tag == NOUN && c.n == 0 {
			i = j
		}
	}
	if i < 0 || !hasTag(cands, VERB) && !hasTag(cands, ADJ) {
		return cands
	}
	bogus, noun := false, false
	for _, id := range set {
		r := lx.rules[id]
		if r.tag.pos() != PosNoun {
			continue
		}
		noun = true
		if l, ok := r.apply(form); ok && hasAnySuffix(l, "ийся", "ыйся") {
			bogus = true
		}
	}
	// A word listed as uninflected (меню) may still be a noun.
	if !bogus && noun && hasTag(cands, VERB) {
		if _, ok := lx.pastVerb(form, set); ok {
			bogus = true
		} else if _, ok := lx.presentVerb(form, set); ok {
			bogus = true
		}
		if bogus && lx.nounDeclines(form, set) {
			return cands // a noun with case forms (запах: запахом), whatever verb it also reads as
		}
	}
	if !bogus {
		return cands
	}
	return append(cands[:i:i], cands[i+1:]...)
}

// nounDeclines reports whether a noun reading of form in set has a lemma
// that declinesAsNoun.
func (lx *lexicon) nounDeclines(form string, set []uint16) bool {
	for _, id := range set {
		if r := lx.rules[id]; r.tag.pos() == PosNoun {
			if l, ok := r.apply(form); ok && lx.declinesAsNoun(l) {
				return true
			}
		}
	}
	return false
}

// declinesAsNoun reports whether the dictionary has an instrumental of
// the noun lemma l (запах: запахом, пыль: пылью, подвиг: подвигами) read
// as a form of l: the paradigm of a real noun, which the pasts and
// imperatives that the build took for nouns (затих, скажи) lack.
func (lx *lexicon) declinesAsNoun(l string) bool {
	stem := l
	if s, ok := cutRunes(l, 1); ok && hasAnySuffix(l, "а", "я", "ь", "о", "е", "й") {
		stem = s
	}
	for _, f := range []string{l + "ом", l + "ами", stem + "ом", stem + "ем", stem + "ой", stem + "ей", stem + "ью", stem + "ами", stem + "ями"} {
		for _, id := range lx.lookup(f) {
			r := lx.rules[id]
			if r.tag.pos() != PosNoun {
				continue
			}
			if g, ok := r.apply(f); ok && g == l {
				return true
			}
		}
	}
	return false
}

// dropFalseVerb removes the verb candidate of a Russian form, unless the
// gold text shows it as a verb, when the dictionary has no verb reading
// of it but a noun reading with a noun's paradigm (declinesAsNoun):
// плакат, вздох, сало are nouns, not forms of плакать, вздохнуть, сати
// that the learnt endings (-ат, a -нуть past, -о) would make of them. The
// verb forms the dictionary lists as separate words are listed as
// uninflected or as nouns without a noun's paradigm (затих, скажи).
func (lx *lexicon) dropFalseVerb(cands []tagCount, form string, set []uint16) []tagCount {
	i := -1
	for j, c := range cands {
		if c.tag == VERB && c.n == 0 {
			i = j
		}
	}
	if i < 0 || !hasTag(cands, NOUN) {
		return cands
	}
	for _, id := range set {
		if lx.rules[id].tag.pos() == PosVerb {
			return cands
		}
	}
	if !lx.nounDeclines(form, set) {
		return cands
	}
	return append(cands[:i:i], cands[i+1:]...)
}
