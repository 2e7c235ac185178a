package morph

import "strings"

// Russian comparatives (крупнее, покрупнее, ниже, чище, ярче): hunspell
// lists them as separate uninflected words or not at all, while UD gives
// an adjective's comparative the adjective's lemma (ниже: низкий) and an
// adverb's the adverb's (ярче: ярко). comparativeRU undoes the ending and
// the stem's alternation and keeps an adjective the dictionary knows.

// comparativeAltRU turn the end of a comparative's stem (before -е) into
// the end of its adjective's stem: ниж-е: низ-кий, дорож-е: дорог-ой,
// выш-е: выс-окий, тиш-е: тих-ий, ярч-е: ярк-ий, круч-е: крут-ой,
// чищ-е: чист-ый, площ-е: плоск-ий.
var comparativeAltRU = []struct{ from, to string }{
	{"ьч", "к"}, {"ж", "зк"}, {"ж", "г"}, {"ж", "д"}, {"ш", "сок"}, {"ш", "х"},
	{"ч", "к"}, {"ч", "т"}, {"щ", "ст"}, {"щ", "ск"},
}

// adjEndingsRU are the endings of an adjective lemma.
var adjEndingsRU = []string{"ый", "ий", "ой"}

// comparativeRU returns the adjective lemma of a Russian comparative
// (folded form) that the dictionary knows as an adjective.
func (lx *lexicon) comparativeRU(form string) (string, bool) {
	try := func(stem string, ends ...string) (string, bool) {
		if runeLen(stem) < 2 {
			return "", false
		}
		for _, e := range ends {
			if l := stem + e; lx.isLemma(l, PosAdj) {
				return l, true
			}
		}
		return "", false
	}
	forms := []string{form}
	if f, ok := strings.CutPrefix(form, "по"); ok {
		forms = append(forms, f) // покрупнее: крупнее
	}
	for _, f := range forms {
		for _, end := range []string{"ее", "ей"} {
			if stem, ok := strings.CutSuffix(f, end); ok {
				// Not -ий: хорошее, синей are a neuter's and a feminine's
				// case forms (comparatives of -кий, -гий, -хий end in -е).
				if l, ok := try(stem, "ый", "ой"); ok {
					return l, true
				}
			}
		}
		stem, ok := strings.CutSuffix(f, "е")
		if !ok {
			continue
		}
		for _, a := range comparativeAltRU {
			if s, ok := strings.CutSuffix(stem, a.from); ok {
				if l, ok := try(s+a.to, adjEndingsRU...); ok {
					return l, true
				}
			}
		}
	}
	return "", false
}

// isComparativeRU reports whether a folded form ends like a Russian
// comparative.
func isComparativeRU(form string) bool {
	return hasAnySuffix(form, "ее", "ей", "же", "ше", "че", "ще")
}

// adverbOfRU returns the adverb of a Russian adjective lemma (ярко of
// яркий) if the dictionary knows it.
func (lx *lexicon) adverbOfRU(adj string) (string, bool) {
	for _, e := range adjEndingsRU {
		if stem, ok := strings.CutSuffix(adj, e); ok {
			if l := stem + "о"; lx.isLemma(l, PosOther) || lx.adjFormOf(l, adj) {
				return l, true
			}
		}
	}
	return "", false
}

// adjFormOf reports whether the dictionary has f as a form of the
// adjective a.
func (lx *lexicon) adjFormOf(f, a string) bool {
	for _, id := range lx.lookup(f) {
		r := lx.rules[id]
		if b, ok := r.apply(f); ok && b == a && r.tag.pos() == PosAdj {
			return true
		}
	}
	return false
}
