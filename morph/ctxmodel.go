package morph

import (
	"unicode/utf8"
)

// ctxModel is what one language learns from hand-annotated text (see
// ctxtrain.go): the lemmas and parts of speech of the words seen there,
// rules that turn a form of a part of speech into its lemma, the parts of
// speech that words of a dictionary class take, and a classifier that
// picks a word's part of speech from its context. It is read in place from
// the embedded file (ctxcodec.go) and holds no pointers for the garbage
// collector to scan.
type ctxModel struct {
	// lex maps a folded form (normalised, ё as е) to its readings in the
	// gold training text, most frequent first; only the commonest lemma of
	// each part of speech is kept.
	lex *flatTable
	// rules maps a part of speech and a form's last k runes (ruleKey) to
	// the edits that turned such forms into their lemmas, most frequent
	// first.
	rules *flatTable
	// dist maps a dictionary class and a form's last k runes (classKey) to
	// the parts of speech seen with it, most frequent first.
	dist *flatTable
	// keepDot is set when the gold text keeps the dot of an abbreviation
	// in its lemma (uk: "р." -> "р."; ru: "А." -> "а").
	keepDot bool
	// tagger scores parts of speech in context.
	tagger *perceptron
	// closed is the language's closed-class table (closed_ru.go), if any.
	closed closedTable
	// verbs memoises the verbs of participles (verbmemo.go).
	verbs *verbMemo
}

type lexEntry struct {
	tag   UPOS
	lemma string
	n     uint32
}

type editRule struct {
	cut uint8
	add string
	n   uint32
}

type tagCount struct {
	tag UPOS
	n   uint32
}

// maxSuffix is the longest ending that classes are keyed by, maxRuleSuffix
// the longest that edit rules are (6 was no better on the development
// split).
const (
	maxSuffix     = 4
	maxRuleSuffix = 4
)

// Dictionary classes of a form: a bit for each coarse part of speech among
// its dictionary readings, one for a form the dictionary lacks.
const (
	sigUnknown = 1 << 4
	sigLemma   = 1 << 5 // one reading is the form itself
	sigVerbish = 1 << 6 // no verb reading, but rules make it a verb (ctxModel.featOf)
)

// sigOf is the dictionary class of a lookup set.
func (lx *lexicon) sigOf(set []uint16) uint8 {
	if set == nil {
		return sigUnknown
	}
	var s uint8
	for _, id := range set {
		r := lx.rules[id]
		s |= 1 << r.tag.pos()
		if r.identity() {
			s |= sigLemma
		}
	}
	return s
}

// shapeOf classes the spelling of a word: 0 lower-case, 1 capitalised,
// 2 all capitals, 3 other (digits, Latin, punctuation).
func shapeOf(word string) uint8 {
	r, _ := utf8.DecodeRuneInString(word)
	switch {
	case !isLetter(r):
		return 3
	case isAllUpper(word):
		return 2
	case isUpperRune(r):
		return 1
	}
	return 0
}

// classKey is the key of dist: dictionary class, shape and the form's last
// k runes.
func classKey(sig, shape uint8, form string, k int) string {
	return string(appendClassKey(nil, sig, shape, form, k))
}

// appendClassKey appends the classKey to dst: looked up from a buffer on
// the stack, a key costs no allocation.
func appendClassKey(dst []byte, sig, shape uint8, form string, k int) []byte {
	return append(append(dst, sig, shape), lastRunes(form, k)...)
}

// tagsOf returns the parts of speech a folded form may take: those seen in
// the gold text and, for a form seen fewer than trustLex times, those its
// class and ending show in at least minShare of cases.
func (m *ctxModel) tagsOf(form string, sig, shape uint8, dst []tagCount) []tagCount {
	total := uint32(0)
	var buf [8]lexEntry
	for _, e := range m.lexEntries(form, buf[:0]) {
		dst = appendTag(dst, e.tag, e.n)
		total += e.n
	}
	if total >= trustLex {
		return dst
	}
	closed := m.closed[form]
	for _, e := range closed {
		dst = appendTag(dst, e.tag, 0)
	}
	var dbuf [int(nUPOS)]tagCount
	for k := min(maxSuffix, runeLen(form)); k >= 0; k-- {
		var kb [2 + 4*maxSuffix]byte
		d := m.distTags(appendClassKey(kb[:0], sig, shape, form, k), dbuf[:0])
		sum := uint32(0)
		for _, t := range d {
			sum += t.n
		}
		if sum < minClass && k > 0 {
			continue
		}
		for _, t := range d {
			// A form of the closed-class table takes no other closed class
			// (ей is no adverb), but may be an open-class word (мою: мыть).
			// A word the gold text never shows takes no closed class from
			// its class alone: those words are few and frequent.
			if float64(t.n) >= minShare*float64(sum) && (closed == nil || t.tag.coarse() != PosOther) && (total > 0 || closed != nil || t.tag.open() || t.tag == INTJ || t.tag == NUM) {
				dst = appendTag(dst, t.tag, 0)
			}
		}
		break
	}
	return dst
}

const (
	trustLex = 10   // gold occurrences after which a form's tags are only those seen
	minClass = 20   // occurrences of a class+ending to be trusted over a shorter ending
	minShare = 0.04 // share of a class's occurrences for a part of speech to be a candidate
)

func appendTag(dst []tagCount, t UPOS, n uint32) []tagCount {
	for i := range dst {
		if dst[i].tag == t {
			dst[i].n += n
			return dst
		}
	}
	return append(dst, tagCount{t, n})
}

// lexLemma returns the gold lemma of form as tag, if seen.
func (m *ctxModel) lexLemma(form string, tag UPOS) (string, bool) {
	var buf [8]lexEntry
	for _, e := range m.lexEntries(form, buf[:0]) {
		if e.tag == tag {
			return e.lemma, true
		}
	}
	return "", false
}

// lexCount is the number of times the gold text has form.
func (m *ctxModel) lexCount(form string) uint32 {
	var buf [8]lexEntry
	n := uint32(0)
	for _, e := range m.lexEntries(form, buf[:0]) {
		n += e.n
	}
	return n
}

// hasLex reports whether the gold text has form.
func (m *ctxModel) hasLex(form string) bool { return m.lex.find(form) != nil }

// ruleKey is the key of rules: a part of speech and an ending.
func ruleKey(tag UPOS, suffix string) string { return string(appendRuleKey(nil, tag, suffix)) }

// appendRuleKey appends the ruleKey to dst.
func appendRuleKey(dst []byte, tag UPOS, suffix string) []byte {
	return append(utf8.AppendRune(dst, rune(tag)), suffix...)
}

// keyBuf holds a rules key on the stack: a part of speech and up to
// maxDerivSuffix runes.
type keyBuf [4 + 4*maxDerivSuffix]byte

// ruleBuf holds the decoded edit rules of a key on the stack.
type ruleBuf [8]editRule

// topRule returns the commonest edit rule for a form of tag by the
// longest ending seen that changes no more than that ending.
func (m *ctxModel) topRule(form string, tag UPOS) (editRule, bool) {
	for k := min(maxRuleSuffix, runeLen(form)); k >= 1; k-- {
		var kb keyBuf
		var rb ruleBuf
		for _, e := range m.editRules(appendRuleKey(kb[:0], tag, lastRunes(form, k)), rb[:0]) {
			if int(e.cut) <= k {
				return e, true
			}
		}
	}
	return editRule{}, false
}

func (e editRule) apply(form string) (string, bool) {
	return rule{cut: e.cut, add: e.add}.apply(form)
}

// The values of the three tables: lex entries are (tag, count, lemma as
// cut and added string: see editOf),
// rules (cut, count, added ending), dist entries (tag, count); a count is
// a uvarint, a string a uvarint length and its bytes.

func (m *ctxModel) lexEntries(form string, dst []lexEntry) []lexEntry {
	v := m.lex.find(form)
	for i := 0; i < len(v); {
		tag := UPOS(v[i])
		n, j, ok1 := uvarint(v, i+1)
		cut, j, ok2 := uvarint(v, j)
		l, k, ok3 := uvarint(v, j)
		if !ok1 || !ok2 || !ok3 || k+int(l) > len(v) {
			break
		}
		stem, ok := cutRunes(form, int(cut))
		if !ok {
			break
		}
		dst = append(dst, lexEntry{tag: tag, n: uint32(n), lemma: stem + string(v[k:k+int(l)])})
		i = k + int(l)
	}
	return dst
}

// editRules appends the rules of key to dst. A rule's added ending is a
// string over the model's bytes, not a copy: the tables are never
// written after load, and the rules of every lemma looked up were the
// largest share of the analysis' allocations.
func (m *ctxModel) editRules(key []byte, dst []editRule) []editRule {
	v := findFlat(m.rules, key)
	for i := 0; i < len(v); {
		cut := v[i]
		n, j, ok1 := uvarint(v, i+1)
		l, k, ok2 := uvarint(v, j)
		if !ok1 || !ok2 || k+int(l) > len(v) {
			break
		}
		dst = append(dst, editRule{cut: cut, n: uint32(n), add: bytesString(v[k : k+int(l)])})
		i = k + int(l)
	}
	return dst
}

func (m *ctxModel) distTags(key []byte, dst []tagCount) []tagCount {
	v := findFlat(m.dist, key)
	for i := 0; i < len(v); {
		tag := UPOS(v[i])
		n, j, ok := uvarint(v, i+1)
		if !ok {
			break
		}
		dst = append(dst, tagCount{tag, uint32(n)})
		i = j
	}
	return dst
}
