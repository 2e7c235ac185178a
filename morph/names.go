package morph

import (
	"slices"
)

// Names the dictionary lacks but the build corpus uses in several forms
// are resolved by their paradigm: each unknown capitalised word has
// candidate lemmas (itself, and what the guesser's top noun rules for its
// ending make of it), and the candidate that explains the most distinct
// attested forms wins. Обама, Обамы, Обаме, Обамой make обама (4 forms)
// beat обам (2), while Байден, Байдена, Байденом make байден. A resolved
// form is stored only when it differs from what the run-time guesser
// says; Lemma still reports it unknown.

const (
	minNameForms = 2 // a lemma must explain at least this many forms
	nameCands    = 4 // top rules per vote list taken as candidates
)

// resolveNames adds corpus-resolved names to the form table.
func (lb *lexiconBuilder) resolveNames() error {
	if len(lb.names) == 0 {
		return nil
	}
	cv, pv := lb.trainGuesser()
	lx := &lexicon{rules: lb.rules, guesses: decide(cv, pv, lb.rules)}
	forms := make([]string, 0, len(lb.names))
	for w := range lb.names {
		forms = append(forms, w)
	}
	slices.Sort(forms)
	cands := map[string][]string{}
	support := map[string]int{}
	for _, w := range forms {
		cs := nameCandidates(w, cv, pv, lb.rules)
		cands[w] = cs
		for _, c := range cs {
			support[c]++
		}
	}
	for _, w := range forms {
		best, bestN := "", 0
		for _, c := range cands[w] {
			if n := support[c]; n > bestN || (n == bestN && c == w) {
				best, bestN = c, n
			}
		}
		if bestN < minNameForms {
			continue
		}
		key := foldKey(w)
		if r, ok := lx.guess(key, true); ok {
			if l, ok := r.apply(w); ok && l == best && plausibleGuess(w, l) {
				continue // the guesser gets it right anyway
			}
		}
		r, ok := ruleBetween(w, best, makeTag(PosNoun, GenderNone, true)|tagCorpus)
		if !ok {
			continue
		}
		id, err := lb.ruleID(r)
		if err != nil {
			return err
		}
		lb.forms[key] = []uint16{id}
	}
	return nil
}

// nameCandidates lists the possible lemmas of an unknown capitalised word:
// itself, and the results of the top noun rules of the longest ending the
// proper-noun and common-word votes know.
func nameCandidates(w string, common, proper guessVotes, rules []rule) []string {
	out := []string{w}
	key := foldKey(w)
	for _, v := range []guessVotes{proper, common} {
		for l := min(maxEnding, runeLen(key)-1); l >= 1; l-- {
			list, ok := v[lastRunes(key, l)]
			if !ok {
				continue
			}
			n := 0
			for _, g := range list {
				r := rules[g.rule]
				if r.tag.pos() != PosNoun && r.tag.pos() != PosOther || (r.cut == 0 && r.add != "") {
					continue
				}
				if c, ok := r.apply(w); ok && plausibleGuess(w, c) && !slices.Contains(out, c) {
					out = append(out, c)
				}
				if n++; n == nameCands {
					break
				}
			}
			break
		}
	}
	return out
}
