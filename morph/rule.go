package morph

import (
	"strings"
	"unicode/utf8"
)

// rule turns a word form into its lemma: drop the last cut runes of the
// (normalised) form and append add. tag describes the lemma.
type rule struct {
	cut uint8
	add string
	tag tag
}

func (r rule) identity() bool { return r.cut == 0 && r.add == "" }

// apply returns the lemma of the normalised form under r.
func (r rule) apply(form string) (string, bool) {
	stem, ok := cutRunes(form, int(r.cut))
	if !ok || (stem == "" && r.add == "") {
		return "", false
	}
	if r.add == "" {
		return stem, true
	}
	return stem + r.add, true
}

// applyBytes is apply on a normalised form in a scratch buffer (which it
// may overwrite); word is the original spelling, returned as is when it
// already is the lemma, to save an allocation.
func (r rule) applyBytes(form []byte, word string) (string, bool) {
	i := len(form)
	for k := int(r.cut); k > 0; k-- {
		if i == 0 {
			return "", false
		}
		_, n := utf8.DecodeLastRune(form[:i])
		i -= n
	}
	if i == 0 && r.add == "" {
		return "", false
	}
	if r.add == "" && i == len(word) && string(form[:i]) == word {
		return word, true
	}
	return string(append(form[:i], r.add...)), true
}

// ruleBetween is the rule that turns form into lemma (both normalised).
func ruleBetween(form, lemma string, t tag) (rule, bool) {
	p := 0
	for p < len(form) && p < len(lemma) {
		a, n := utf8.DecodeRuneInString(form[p:])
		b, _ := utf8.DecodeRuneInString(lemma[p:])
		if a != b {
			break
		}
		p += n
	}
	cut := utf8.RuneCountInString(form[p:])
	if cut > 255 || len(lemma)-p > 255 {
		return rule{}, false
	}
	return rule{cut: uint8(cut), add: strings.Clone(lemma[p:]), tag: t}, true
}

// posRank orders parts of speech: a verb reading first (news text is full
// of "стали", "были"), then noun, adjective, the rest.
var posRank = [4]int{PosVerb: 0, PosNoun: 1, PosAdj: 2, PosOther: 3}

// rankKey is the build-time preference between analyses of one form when
// the corpus does not decide; smaller wins: the form itself being a lemma,
// then posRank, common words before proper nouns, the shorter cut.
func rankKey(r rule) int {
	id := 1
	if r.identity() {
		id = 0
	}
	prop := 0
	if r.tag.proper() {
		prop = 1
	}
	return id<<16 | posRank[r.tag.pos()]<<12 | prop<<11 | int(r.cut)
}

// better reports whether a is preferred to b, with a total order so that the
// choice is deterministic.
func better(a, b rule) bool {
	ka, kb := rankKey(a), rankKey(b)
	if ka != kb {
		return ka < kb
	}
	if a.add != b.add {
		return a.add < b.add
	}
	return a.tag < b.tag
}

// pick returns the index in set of the analysis to use: the first (sets are
// stored in preference order), or for a capitalised word the first whose
// lemma is a proper noun, if any.
func pick(set []uint16, rules []rule, capitalised bool) int {
	if capitalised {
		for i, id := range set {
			if rules[id].tag.proper() {
				return i
			}
		}
	}
	return 0
}
