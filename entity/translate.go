package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys/internal/textcase"
)

// Words translates the words of Ukrainian names into Russian, one word at a
// time ("північна" → "северная", "громад" → "общин"); WordTable learns it.
type Words map[string]string

// WordTable learns Words from the names entities have in both Russian and
// Ukrainian (a gazetteer's entries: "Северная Корея"/"Північна Корея"):
// names of as many words, two or more, are aligned word by word, and a
// Ukrainian word whose match key differs from its Russian counterpart's is
// translated by the Russian word it is aligned with at least twice and in
// at least two thirds of the alignments of either (words of one or two
// letters are not translated).
func WordTable(names []map[string][]string, key func(string) string) Words {
	seen := map[[2]string]bool{}         // name pairs, counted once
	count := map[string]map[string]int{} // uk word → ru word → alignments
	total := map[string]int{}            // uk word → alignments
	for _, ns := range names {
		for _, ru := range ns["ru"] {
			rw := strings.Fields(textcase.Lower(ru))
			if len(rw) < 2 {
				continue
			}
			for _, uk := range ns["uk"] {
				uw := strings.Fields(textcase.Lower(uk))
				if len(uw) != len(rw) || seen[[2]string{ru, uk}] {
					continue
				}
				seen[[2]string{ru, uk}] = true
				for i := range uw {
					if !letters(uw[i]) || !letters(rw[i]) || key(uw[i]) == key(rw[i]) {
						continue
					}
					if count[uw[i]] == nil {
						count[uw[i]] = map[string]int{}
					}
					count[uw[i]][rw[i]]++
					total[uw[i]]++
				}
			}
		}
	}
	back := map[string]int{} // ru word → alignments
	for _, byRu := range count {
		for r, c := range byRu {
			back[r] += c
		}
	}
	out := Words{}
	for u, byRu := range count {
		best, n := "", 0
		for r, c := range byRu {
			if c > n || c == n && r < best {
				best, n = r, c
			}
		}
		if n >= 2 && 3*n >= 2*total[u] && 3*n >= 2*back[best] && utf8.RuneCountInString(u) > 2 {
			out[u] = best
		}
	}
	return out
}

// letters reports whether w is a word of letters only (no digit, quote or
// sign a name's words may carry).
func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// toRussian translates a Ukrainian name of two words or more word by word,
// each part of a hyphenated word apart ("Північний потік-2" → "Северный
// поток-2"), keeping capitals; false when no word has a translation.
func (w Words) toRussian(name string) (string, bool) {
	words := strings.Fields(name)
	if len(words) < 2 || len(w) == 0 {
		return "", false
	}
	changed := false
	for i, word := range words {
		parts := strings.Split(word, "-")
		for j, p := range parts {
			if t, ok := w[textcase.Lower(p)]; ok {
				if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) {
					t = title(t)
				}
				parts[j], changed = t, true
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " "), changed
}

// translationKeys are the keys by which a local named in Ukrainian meets
// one named in Russian: the match key of its name in Russian and, when the
// gazetteer knows that name as an entity of its type, the entity's id.
func (r *Registry) translationKeys(l *Local, name, lang string) []string {
	if lang != "uk" || r.Words == nil {
		return nil
	}
	ru, ok := r.Words().toRussian(name)
	if !ok {
		return nil
	}
	out := []string{r.Key(ru)}
	if r.Dir != nil {
		if k, ok := r.Dir.Find(ru, "ru"); ok && k.Type == l.Type {
			out = append(out, "id:"+k.ID)
		}
	}
	return slices.DeleteFunc(out, func(k string) bool { return k == "" })
}
