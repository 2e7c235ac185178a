package morph

import "strings"

// formInfo is what a word form resolves to before its context is seen: the
// classifier's view of it, its lemma out of context and, when its lemma
// depends on its part of speech, what the classifier needs to choose. With
// the word it makes a 64-byte cache entry.
type formInfo struct {
	feat  tokFeat
	lemma string
	amb   *ambiguity // nil when every candidate has the same lemma
	known bool
}

// ambiguity is what the classifier needs of a word whose lemma depends on
// its part of speech: its candidates with the lemma of each, and hashes of
// its endings.
type ambiguity struct {
	cands  []tagCount
	lemmas []string
	s2, s3 uint64
}

// resolve builds the formInfo of word (see LemmaSentence). Without a
// context model (m nil) it is the dictionary's lemma.
func (lx *lexicon) resolve(m *ctxModel, word string) *formInfo {
	pre, core, post := trimPunct(word)
	fi := &formInfo{}
	var form string
	var set []uint16
	if m != nil {
		fi.feat, form, set = m.featOf(lx, word)
	} else {
		fi.feat, form, set = lx.featOf(word)
	}
	whole := foldKey(word)
	if m != nil && core != "" && (set == nil || runeLen(core) >= minShouted && isAllUpper(core)) && !m.hasLex(whole) {
		if w, ok := lx.plainSpelling(m, core, set); ok {
			return lx.resolve(m, pre+w+post) // ОРЛАМИ, Спасиииибо
		}
	}
	if m != nil && m.closed != nil && set == nil && core != "" && hasAnySuffix(core, "я", "е", "ю", "и", "м", "х") && !m.hasLex(whole) { // Russian: the endings of ieSpellingRU, verbSpellingRU
		if w, ok := lx.ieSpellingRU(core); ok {
			fi := lx.resolve(m, pre+w+post) // растенья: растения
			fi.lemma = ieLemmaRU(fi.lemma)
			if fi.amb != nil {
				for i, l := range fi.amb.lemmas {
					fi.amb.lemmas[i] = ieLemmaRU(l)
				}
			}
			return fi
		}
		if w, ok := lx.verbSpellingRU(core); ok {
			return lx.resolve(m, pre+w+post) // собиралися, справяться
		}
	}
	switch {
	case core == "" || m != nil && whole != form && m.hasLex(whole):
		// Punctuation, or a token the gold text has as a whole (г., т.е.).
		pre, core, post, form = "", word, "", whole
	case m != nil && (pre == "#" || pre == "@") && set == nil && !m.hasLex(form):
		// A hashtag or handle made of words run together: as it is. One
		// that is a word is lemmatised as the word (#друзья -> #друг).
		fi.lemma = normalize(word)
		return fi
	case m != nil && !m.hasLex(whole) && isInflectedAbbr(core):
		fi.lemma, fi.known = lx.lemma(word) // МИДа -> мид
		return fi
	case m != nil && post == "." && !m.keepDot:
		post = "" // an abbreviation's lemma without its dot (ru: А. -> а)
	}
	if m == nil {
		fi.lemma, fi.known = lx.lemma(word)
		return fi
	}
	if m.closed != nil && pre == "" { // Russian
		if l, ok := lx.abbrLemmaRU(form, strings.HasSuffix(word, "."), set); ok && !m.hasLex(form) && !m.hasLex(whole) {
			fi.lemma = l // руб: рубль, пт: пятница
			_, fi.known = lx.lemma(word)
			return fi
		}
	}
	cands := m.candidates(form, fi.feat.sig, fi.feat.shape, nil)
	cands = m.stemCandidates(lx, form, fi.feat.sig, set, cands)
	if m.closed != nil && isComparativeRU(form) && lexTotal(cands) < trustLex { // Russian
		if _, ok := lx.comparativeRU(form); ok {
			cands = appendTag(appendTag(cands, ADJ, 0), ADV, 0)
		}
	}
	if m.closed != nil { // Russian
		cands = lx.dropFalseNoun(cands, form, set)
		cands = lx.dropFalseVerb(cands, form, set)
	}
	fi.feat.amb = tagMask(cands)
	if len(cands) == 0 {
		fi.lemma, fi.known = lx.lemma(word)
		return fi
	}
	fi.feat.top = topTag(cands)
	if m.closed != nil && pre == "" && post == "" && !m.hasLex(whole) { // Russian
		if l, ok := ordinalRU(core); ok {
			fi.lemma = l // 11-е -> 11-й, whatever the part of speech
			return fi
		}
	}
	top := 0
	for cands[top].tag != fi.feat.top {
		top++
	}
	_, fi.known = lx.lemma(word) // known to the dictionary, as before context models
	lemmas := make([]string, len(cands))
	same := true
	for i, c := range cands {
		l := m.lemmaFor(lx, core, form, set, c.tag)
		if pre != "" || post != "" {
			l = normalize(pre) + l + normalize(post)
		}
		lemmas[i] = l
		same = same && l == lemmas[0]
	}
	fi.lemma = lemmas[top]
	switch total := lexTotal(cands); {
	case total > 0 && cands[top].n == total:
		same = true // the gold text reads it only one way
	case total >= dominantMin && float64(cands[top].n) >= dominantShare*float64(total):
		same = true // the gold text all but always reads it one way
	}
	if !same {
		fi.amb = &ambiguity{cands: cands, lemmas: lemmas, s2: hashString(lastRunes(form, 2)), s3: hashString(lastRunes(form, 3))}
	}
	return fi
}

// A form seen at least dominantMin times in the gold text, dominantShare
// of them as one part of speech, is read that way without its context, as
// is one seen as a single part of speech (other candidates come from its
// class alone).
const (
	dominantMin   = 30
	dominantShare = 0.97
)

// lemmaFor returns the lemma of word (folded form form, dictionary
// readings set) read as part of speech tag: the lemma the gold text gives
// it; else the dictionary's reading of tag's class; else the first learnt
// edit rule for tag and the form's ending whose result the dictionary
// knows as a lemma of that class; for a word the dictionary lacks, the
// guesser's lemma if it guesses tag's class, else the commonest rule; last,
// the dictionary's lemma out of context.
func (m *ctxModel) lemmaFor(lx *lexicon, word, form string, set []uint16, tag UPOS) string {
	if l, ok := m.lexLemma(form, tag); ok {
		return l
	}
	if l, ok := m.closed.lemma(form, tag); ok {
		return l
	}
	if m.closed != nil && strings.Contains(form, "-") { // Russian
		if l, ok := lx.indefiniteRU(form); ok {
			return l // кого-то: кто-то, whatever the part of speech
		}
	}
	if tag == PROPN && m.closed != nil && surnameRU(word, form) { // Russian
		return normalize(word)
	}
	switch {
	case tag == PUNCT || tag == SYM || tag == NUM && !isCyrillicWord(word):
		return normalize(word)
	case !isCyrillicWord(word) || isAllUpper(word):
		l, _ := lx.lemma(word)
		return l
	}
	coarse := tag.coarse()
	norm := normalize(word)
	if tag == VERB && lx.isLemma(form, PosVerb) {
		return norm // an infinitive, even one the build took for a noun (расти, not растить's imperative)
	}
	if (tag == ADJ && !lx.hasReading(form, PosAdj) || tag == ADV) && m.closed != nil && isComparativeRU(form) { // Russian
		if l, ok := lx.comparativeRU(form); ok {
			if tag == ADJ {
				return l
			}
			if a, ok := lx.adverbOfRU(l); ok {
				return a
			}
		}
	}
	if set != nil {
		best := -1
		for i, id := range set {
			r := lx.rules[id]
			if r.tag.pos() != coarse {
				continue
			}
			if best < 0 || tag == PROPN && r.tag.proper() && !lx.rules[set[best]].tag.proper() {
				best = i
			}
		}
		if best >= 0 {
			if l, ok := lx.rules[set[best]].apply(norm); ok {
				if tag == NOUN && m.closed != nil && strings.HasSuffix(l, "ик") && lx.nounReading(set, norm, l+"а") { // Russian
					return l + "а" // политики, физика: политика, физика, not политик, физик
				}
				if tag == NOUN && m.closed != nil && hasAnySuffix(l, "ы", "и", "ья") { // Russian
					if s, ok := lx.singularRU(l); ok {
						return s
					}
				}
				return l
			}
		}
	}
	if l, ok := m.ruleLemma(lx, form, tag); ok {
		return l
	}
	if tag == NOUN && m.closed != nil { // Russian
		if l, ok := lx.nounOfRU(form, set); ok {
			return l
		}
		if l, ok := lx.genPluralOfVerbRU(form, set); ok {
			return l
		}
	}
	if tag == VERB {
		if l, ok := m.derivedVerb(lx, norm, set); ok {
			return l
		}
		if m.closed != nil { // Russian
			if l, ok := lx.pastVerb(form, set); ok {
				return l
			}
			if l, ok := lx.presentVerb(form, set); ok {
				return l
			}
		}
	}
	if m.closed != nil && isPoAdverbRU(form) { // Russian
		return norm // по-английски, по-моему: an adverb, not a form of its last part
	}
	if set == nil && strings.Contains(word, "-") {
		l, _ := lx.lemma(word) // a compound: its last part inflects
		return l
	}
	if set == nil {
		if tag == PROPN && m.closed != nil && foreignNameRU(word) { // Russian
			return norm // Верчелли, not верчелль
		}
		if tag == ADJ && m.closed != nil { // Russian
			if l, ok := skAdjectiveRU(form); ok {
				return l // Сердобском: сердобский, whatever the guesser makes of a capitalised word
			}
		}
		if coarse != PosOther {
			if r, ok := lx.guess(form, isCapitalized(word)); ok && r.tag.pos() == coarse {
				if l, ok := r.apply(norm); ok && plausibleGuess(norm, l) {
					return l
				}
			}
		}
		if e, ok := m.topRule(form, tag); ok && !isCapitalized(word) {
			if l, ok := e.apply(form); ok {
				return l
			}
		}
	}
	l, _ := lx.lemma(word)
	return l
}

// nounReading reports whether one of the readings set of norm is a noun
// reading with lemma l.
func (lx *lexicon) nounReading(set []uint16, norm, l string) bool {
	for _, id := range set {
		if r := lx.rules[id]; r.tag.pos() == PosNoun {
			if g, ok := r.apply(norm); ok && g == l {
				return true
			}
		}
	}
	return false
}

// isLemma reports whether the dictionary has l as a lemma of part of
// speech p (of any part of speech for PosOther). An infinitive in -ти,
// -тись, -ться, -чься, -нуть counts as a verb whatever the build inferred:
// verbs whose past the affix rules cannot make (войти: вошёл; затихнуть:
// затих) come out of it as nouns (see classify).
func (lx *lexicon) isLemma(l string, p POS) bool {
	inf := p == PosVerb && hasAnySuffix(l, "ти", "тись", "тися", "ться", "чься", "нуть")
	for _, id := range lx.lookup(l) {
		if r := lx.rules[id]; r.identity() && (p == PosOther || r.tag.pos() == p || inf) {
			return true
		}
	}
	return false
}

// minRuleSuffix is the shortest ending that ruleLemma trusts: rules keyed
// by one letter or none turn unknown names into unrelated dictionary words.
const minRuleSuffix = 2

// ruleLemma returns the result of the first edit rule for tag and the
// form's ending, longest ending first, that the dictionary confirms: a
// lemma of tag's class; for a noun also the feminine or neuter
// nominative of an adjective (сборная, будущее: adjectives used as
// nouns); for another part of speech the form itself.
func (m *ctxModel) ruleLemma(lx *lexicon, form string, tag UPOS) (string, bool) {
	coarse := tag.coarse()
	if tag == VERB && m.closed != nil && !participleFormRU(form) { // Russian
		return "", false
	}
	for k := min(maxRuleSuffix, runeLen(form)); k >= minRuleSuffix; k-- {
		var kb keyBuf
		var rb ruleBuf
		for _, e := range m.editRules(appendRuleKey(kb[:0], tag, lastRunes(form, k)), rb[:0]) {
			if int(e.cut) > k {
				continue // a rule changes no more than the ending it is keyed by
			}
			l, ok := e.apply(form)
			if !ok {
				continue
			}
			switch {
			case tag == PROPN:
				if lx.isProperLemma(l) {
					return l, true
				}
			case coarse == PosOther && e.cut == 0 && e.add == "",
				lx.isLemma(l, coarse),
				tag == NOUN && hasAnySuffix(l, "ая", "яя", "ое", "ее", "а", "е", "є", "я") && lx.hasReading(l, PosAdj):
				return l, true
			}
		}
	}
	return "", false
}

// hasReading reports whether the dictionary has w as a form of part of
// speech p.
func (lx *lexicon) hasReading(w string, p POS) bool {
	for _, id := range lx.lookup(w) {
		if lx.rules[id].tag.pos() == p {
			return true
		}
	}
	return false
}

// isProperLemma reports whether the dictionary has l as the lemma of a
// proper noun.
func (lx *lexicon) isProperLemma(l string) bool {
	for _, id := range lx.lookup(l) {
		if r := lx.rules[id]; r.identity() && r.tag.proper() {
			return true
		}
	}
	return false
}

func isInflectedAbbr(w string) bool {
	_, ok := inflectedAbbreviation(w)
	return ok
}

// maxDerivSuffix is the longest adjective ending that participle rules
// are keyed by (-ованный, -ающийся).
const maxDerivSuffix = 7

// derivKey is the rules key of an adjective lemma's ending for the rules
// that turn a participle's adjective lemma into its verb.
func derivKey(suffix string) string { return string(appendRuleKey(nil, nUPOS, suffix)) }

// derivedVerb returns the verb of a participle: the dictionary lists
// participles as adjectives (захваченные: захваченный), and rules learnt
// from the gold text (-ченный -> -тить, -ающий -> -ать ...) turn the
// adjective lemma into a verb the dictionary knows.
func (m *ctxModel) derivedVerb(lx *lexicon, norm string, set []uint16) (string, bool) {
	for _, id := range set {
		r := lx.rules[id]
		adj, ok := r.apply(norm)
		// Reflexive participles come out of the build as nouns (-ийся).
		if !ok || r.tag.pos() != PosAdj && !(r.tag.pos() == PosNoun && hasAnySuffix(adj, "ийся", "ыйся")) {
			continue
		}
		if l, ok := m.adjVerb(lx, foldKey(adj)); ok {
			return l, true
		}
	}
	return "", false
}

// verbOfAdj returns the verb of a participle's adjective lemma a: by the
// learnt rules, by the Russian past-form endings (вошедший -> войти), or,
// for a reflexive participle, as the reflexive of the verb of its
// non-reflexive form (отличающийся -> отличать -> отличаться).
func (m *ctxModel) verbOfAdj(lx *lexicon, a string) (string, bool) {
	if m.closed != nil && !participleRU(a) { // Russian
		return "", false
	}
	for k := min(maxDerivSuffix, runeLen(a)); k >= minRuleSuffix; k-- {
		var kb keyBuf
		var rb ruleBuf
		for _, e := range m.editRules(appendRuleKey(kb[:0], nUPOS, lastRunes(a, k)), rb[:0]) {
			if l, ok := e.apply(a); ok && int(e.cut) <= k && lx.isLemma(l, PosVerb) {
				return l, true
			}
		}
	}
	if m.closed != nil { // Russian
		if l, ok := lx.pastVerb(a, nil); ok {
			return l, true
		}
	}
	if base, ok := strings.CutSuffix(a, "ся"); ok && runeLen(base) > 4 {
		if v, ok := m.verbOfAdj(lx, base); ok {
			l := v + "ся"
			if strings.HasSuffix(v, "ти") {
				l = v + "сь"
			}
			if lx.isLemma(l, PosVerb) {
				return l, true
			}
		}
	}
	return "", false
}

// verbCandidate reports whether a form that neither the gold text nor
// its class shows as a verb still reads as one: a rule or a participle
// derivation gives a verb the dictionary knows.
func (m *ctxModel) verbCandidate(lx *lexicon, form, norm string, set []uint16) bool {
	if _, ok := m.ruleLemma(lx, form, VERB); ok {
		return true
	}
	if _, ok := m.derivedVerb(lx, norm, set); ok {
		return true
	}
	if m.closed != nil { // Russian
		if _, ok := lx.pastVerb(form, set); ok {
			return true
		}
		_, ok := lx.presentVerb(form, set)
		return ok
	}
	return false
}

func hasTag(cands []tagCount, t UPOS) bool {
	for _, c := range cands {
		if c.tag == t {
			return true
		}
	}
	return false
}

func lexTotal(cands []tagCount) uint32 {
	n := uint32(0)
	for _, c := range cands {
		n += c.n
	}
	return n
}

// candidates returns the parts of speech a folded form may take (tagsOf),
// with VERB added for a word that reads as a verb by the rules alone
// (sigVerbish).
func (m *ctxModel) candidates(form string, sig, shape uint8, dst []tagCount) []tagCount {
	dst = m.tagsOf(form, sig, shape, dst)
	if sig&sigVerbish != 0 && !hasTag(dst, VERB) && lexTotal(dst) < trustLex {
		dst = append(dst, tagCount{VERB, 0})
	}
	return dst
}

// tagMask is the set of cands as bits.
func tagMask(cands []tagCount) uint32 {
	var m uint32
	for _, c := range cands {
		m |= 1 << c.tag
	}
	return m
}

// minShouted is the shortest word in capitals that plainSpelling reads as
// a shouted word rather than an abbreviation (МИД, НАТО, КАМАЗ stay).
const minShouted = 6

// plainSpelling returns the ordinary spelling of a word that the gold text
// lacks and is written for emphasis: in capitals (ОРЛАМИ: орлами), when
// the dictionary knows it in lower case and not as a name; with a letter
// drawn out (Спасиииибо: Спасибо, Поздравляяяем: Поздравляем), when the
// dictionary or the gold text knows it with the run cut to one letter.
func (lx *lexicon) plainSpelling(m *ctxModel, core string, set []uint16) (string, bool) {
	if !isCyrillicWord(core) {
		return "", false
	}
	if isAllUpper(core) && runeLen(core) >= minShouted {
		low := strings.ToLower(core)
		if s := lx.lookup(low); s != nil && !lx.anyProper(s) {
			return low, true
		}
		return "", false
	}
	if set != nil || !hasRun3(core) {
		return "", false
	}
	var b strings.Builder
	var prev rune
	run, cut := 0, false
	for _, r := range core {
		if r == prev {
			run++
			if run >= 2 {
				cut = true
			}
			continue
		}
		if run == 1 {
			b.WriteRune(prev) // a doubled letter stays (класс)
		}
		prev, run = r, 0
		b.WriteRune(r)
	}
	if run == 1 {
		b.WriteRune(prev)
	}
	if !cut {
		return "", false
	}
	w := b.String()
	if lx.lookup(w) != nil || m.hasLex(foldKey(w)) {
		return w, true
	}
	return "", false
}

// hasRun3 reports whether w has a letter three times in a row.
func hasRun3(w string) bool {
	var prev rune
	run := 0
	for _, r := range w {
		if r == prev {
			run++
			if run >= 2 {
				return true
			}
			continue
		}
		prev, run = r, 0
	}
	return false
}

// participleRU reports whether a Russian adjective lemma ends like a
// participle's: -вший or a consonant and -ший (нёсший), -щий, -мый, -тый,
// -нный other than -инный (-енный, -анный, -янный), -еный (раненый), with
// -ся or not. An adjective such as длинный, именной, красный, хороший or
// живой is no participle of длить, иметь, красить, хорошеть, жить, which
// the learnt rules would make of it.
func participleRU(a string) bool {
	a = strings.TrimSuffix(a, "ся")
	switch {
	case strings.HasSuffix(a, "щий"), strings.HasSuffix(a, "мый"), strings.HasSuffix(a, "тый"),
		strings.HasSuffix(a, "еный"), strings.HasSuffix(a, "ёный"):
		return true
	case strings.HasSuffix(a, "нный"):
		return !strings.HasSuffix(a, "инный")
	case strings.HasSuffix(a, "ший"):
		b := []rune(strings.TrimSuffix(a, "ший"))
		return len(b) > 0 && !strings.ContainsRune("аеёиоуыэюяь", b[len(b)-1])
	}
	return false
}

// participleFormRU is false for a Russian word with a full adjective's
// ending (-ый, -ая, -ое, -ые, -ого, -ому, -ых, -ыми …) whose stem does not
// end like a participle's (participleRU): длинная, красные are no forms of
// длить, красить, which the learnt verb rules would make of them.
func participleFormRU(w string) bool {
	for _, e := range [...]string{"ыми", "ими", "ого", "его", "ому", "ему", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ых", "ым"} {
		if stem, ok := strings.CutSuffix(w, e); ok {
			return participleRU(stem + "ый")
		}
	}
	return true
}
