package morph

import (
	"slices"
	"strings"
)

// The guesser handles words the dictionary lacks, above all foreign names
// inflected like Russian or Ukrainian nouns ("Блинкеном"). Like pymorphy2's
// predictor it is learnt from the dictionary itself: for every known form,
// each ending of 1..maxEnding runes votes for the lemma rule of that form
// (only rules that change no more than the ending). Proper nouns (entries
// the dictionary capitalises) and common words vote in separate tables, so a
// capitalised unknown word is guessed from how names inflect.

const (
	maxEnding   = 5 // longest ending, in runes, the guesser looks at
	keepPerEnd  = 8 // rules kept per ending
	minEndCount = 2 // endings seen fewer times (beyond length 1) are dropped
)

// guessRule is one candidate rule for an ending with its vote count.
type guessRule struct {
	rule  uint16
	count uint32
}

// guessTable maps an ending to the rule chosen for it: [0] for a lower-case
// word, [1] for a capitalised one, either possibly noRule.
type guessTable map[string][2]uint16

// guessVotes maps an ending to its candidate rules, most votes first.
type guessVotes map[string][]guessRule

// trainGuesser counts the votes of the common-word and proper-noun tables.
func (lb *lexiconBuilder) trainGuesser() (common, proper guessVotes) {
	counts := [2]map[string]map[uint16]uint32{{}, {}}
	for key, ids := range lb.forms {
		n := runeLen(key)
		for _, id := range ids {
			r := lb.rules[id]
			if r.tag.corpus() {
				continue // learn from the dictionary only
			}
			t := counts[0]
			if r.tag.proper() {
				t = counts[1]
			}
			if n-int(r.cut) < 2 {
				continue // suppletive (всіх -> весь): no pattern for other words
			}
			for l := 1; l <= maxEnding && l < n; l++ {
				if int(r.cut) > l {
					continue
				}
				end := lastRunes(key, l)
				m := t[end]
				if m == nil {
					m = map[uint16]uint32{}
					t[end] = m
				}
				m[id]++
			}
		}
	}
	return rank(counts[0]), rank(counts[1])
}

func rank(counts map[string]map[uint16]uint32) guessVotes {
	out := guessVotes{}
	for end, m := range counts {
		var total uint32
		list := make([]guessRule, 0, len(m))
		for id, c := range m {
			list = append(list, guessRule{id, c})
			total += c
		}
		if total < minEndCount && runeLen(end) > 1 {
			continue
		}
		slices.SortFunc(list, func(a, b guessRule) int {
			if a.count != b.count {
				return int(b.count) - int(a.count)
			}
			return int(a.rule) - int(b.rule)
		})
		if len(list) > keepPerEnd {
			list = list[:keepPerEnd]
		}
		out[end] = list
	}
	return out
}

// noRule marks an ending that decides nothing for one kind of word.
const noRule = 0xffff

// decide merges the votes into one guessTable. For a lower-case word an
// ending picks its most voted common-word rule. For a capitalised word it
// picks from the proper-noun votes when there are any (adjectival
// surnames count: Зеленским), else from the common-word votes of nouns and
// indeclinables only (a name is no verb form), weighted by capWeight;
// noRule when neither has a candidate. An ending whose choices add nothing to those of the ending one
// rune shorter is dropped, since the lookup falls back to that one anyway.
func decide(common, proper guessVotes, rules []rule) guessTable {
	pick := func(list []guessRule, nounsOnly bool) uint16 {
		best, bestScore := uint16(noRule), 0.0
		for _, c := range list {
			r := rules[c.rule]
			if nounsOnly && r.tag.pos() != PosNoun && r.tag.pos() != PosOther {
				continue
			}
			if s := float64(c.count) * capWeight(r); s > bestScore {
				best, bestScore = c.rule, s
			}
		}
		return best
	}
	raw := map[string][2]uint16{}
	for end, list := range common {
		raw[end] = [2]uint16{list[0].rule, pick(list, true)}
	}
	for end, list := range proper {
		d, ok := raw[end]
		if !ok {
			d[0] = noRule
		}
		if c := pick(list, false); c != noRule {
			d[1] = c
		}
		raw[end] = d
	}
	// eff is what a lookup of an ending finds, walking to shorter endings
	// past missing entries and noRule.
	var eff func(end string, c int) uint16
	eff = func(end string, c int) uint16 {
		if d, ok := raw[end]; ok && d[c] != noRule {
			return d[c]
		}
		if n := runeLen(end); n > 1 {
			return eff(lastRunes(end, n-1), c)
		}
		return noRule
	}
	out := guessTable{}
	for end, d := range raw {
		if n := runeLen(end); n > 1 {
			parent := lastRunes(end, n-1)
			if (d[0] == noRule || d[0] == eff(parent, 0)) && (d[1] == noRule || d[1] == eff(parent, 1)) {
				continue
			}
		}
		out[end] = d
	}
	return out
}

// lastRunes returns the last l runes of s (all of s if shorter).
func lastRunes(s string, l int) string {
	i := len(s)
	for ; l > 0 && i > 0; l-- {
		i--
		for i > 0 && s[i]&0xc0 == 0x80 {
			i--
		}
	}
	return s[i:]
}

// guess picks a lemma rule for an unknown normalised form (key is its
// folded spelling) from its longest ending the table decides. A capitalised
// word follows the proper-noun votes, preferring noun paradigms, masculine
// ones above all: an unknown capitalised word in news is most often a
// foreign name, and a man's name is the commonest of them.
func (lx *lexicon) guess(key string, capitalised bool) (rule, bool) {
	c := 0
	if capitalised {
		c = 1
	}
	for l := min(maxEnding, runeLen(key)-1); l >= 1; l-- {
		if d, ok := lx.guesses[lastRunes(key, l)]; ok && d[c] != noRule && int(d[c]) < len(lx.rules) {
			return lx.rules[d[c]], true
		}
	}
	return rule{}, false
}

// mascWeight is how much more a masculine-noun rule counts than another
// noun rule for a capitalised unknown word.
const mascWeight = 2

// capWeight scales the votes of a rule for a capitalised unknown word.
func capWeight(r rule) float64 {
	switch {
	case r.cut == 0 && r.add != "":
		// The form is a bare stem (a genitive plural): not for a name.
		return 0
	case r.tag.pos() == PosNoun && r.tag.gender() == Masc:
		return mascWeight
	case r.tag.pos() == PosNoun || r.tag.pos() == PosOther:
		return 1
	case r.tag.pos() == PosAdj:
		return 0.5
	}
	return 0.01
}

// plausibleGuess rejects guesses that would leave a lemma without a vowel
// or too short to be a word.
func plausibleGuess(form, lemma string) bool {
	if !strings.ContainsAny(lemma, "аеёиоуыэюяіїє") {
		return false // Блю is no form of "бль"
	}
	return runeLen(lemma) >= 2 || runeLen(form) <= 2 || strings.ContainsRune(lemma, '-')
}
