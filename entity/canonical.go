package entity

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/translit"
	"golang.org/x/text/unicode/norm"
)

// canonicals makes one Canonical per set of u, with a unique id.
func (r *Registry) canonicals(locals []Local, fs []features, u *union) []Canonical {
	sets := map[int][]int{}
	for i := range locals {
		rt := u.find(i)
		sets[rt] = append(sets[rt], i)
	}
	out := make([]Canonical, 0, len(sets))
	for _, is := range sets {
		out = append(out, r.canonical(locals, fs, is))
	}
	// Ids are given in a fixed order (most mentioned first) so that a clash
	// of two names is settled the same way every time.
	slices.SortFunc(out, func(a, b Canonical) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.Members[0], b.Members[0]))
	})
	taken := map[string]bool{}
	for i := range out {
		out[i].ID = Unique(out[i].ID, func(id string) bool { return taken[id] })
		taken[out[i].ID] = true
	}
	return out
}

// Unique returns id, or id with the smallest suffix "-2", "-3", … that
// taken does not report.
func Unique(id string, taken func(string) bool) string {
	if !taken(id) {
		return id
	}
	for n := 2; ; n++ {
		if c := fmt.Sprintf("%s-%d", id, n); !taken(c) {
			return c
		}
	}
}

// canonical describes the entity made of the locals is.
func (r *Registry) canonical(locals []Local, fs []features, is []int) Canonical {
	c := Canonical{Names: map[string]string{}, Types: map[string]int{}}
	var names []Name
	known, knownN := -1, -1
	for _, i := range is {
		l := &locals[i]
		c.Members = append(c.Members, l.ID)
		c.Mentions += l.Mentions
		c.Types[l.Type] += l.Mentions
		names = append(names, l.Names...)
		if fs[i].known != "" && (l.Mentions > knownN || l.Mentions == knownN && l.ID < locals[known].ID) {
			known, knownN = i, l.Mentions
		}
	}
	slices.Sort(c.Members)
	// The type is the one with most mentions, but a gazetteer entry's own
	// type wins (the tagger calling "Азии" a person 250 times does not make
	// the continent one).
	c.Type = majorityType(c.Types, locals[is[0]].Type)
	if known >= 0 && r.Known != nil {
		if k, ok := r.Known(locals[known].ID); ok && k.Type != "" {
			c.Type = k.Type
		}
	}
	names = sumNames(names)
	for _, lang := range litopys.LangCodes() {
		if n, ok := bestName(names, lang, c.Type); ok {
			c.Names[lang] = n
		}
	}
	if known >= 0 && r.Known != nil {
		k, _ := r.Known(locals[known].ID)
		for lang, ns := range k.Names {
			if len(ns) > 0 && (lang == "ru" || lang == "uk" || lang == "en") {
				c.Names[lang] = ns[0]
			}
		}
		c.ID = locals[known].ID
	}
	// The display name is in the language most mentioned.
	byLang := map[string]int{}
	for _, n := range names {
		byLang[n.Lang] += n.N
	}
	langs := slices.Sorted(maps.Keys(c.Names))
	slices.SortStableFunc(langs, func(a, b string) int { return cmp.Compare(byLang[b], byLang[a]) })
	if len(langs) > 0 {
		c.Name = c.Names[langs[0]]
	} else if len(names) > 0 {
		c.Name = names[0].Text
	}
	if c.ID == "" {
		c.ID = ReadableID(c.Type, c.Names, names)
	}
	return c
}

// majorityType is the type with most mentions, in the order of the BSNLP
// types on a tie (fallback when nothing was counted).
func majorityType(types map[string]int, fallback string) string {
	best, n := fallback, 0
	for _, t := range []string{litopys.PER, litopys.LOC, litopys.ORG, litopys.EVT, litopys.PRO} {
		if types[t] > n {
			best, n = t, types[t]
		}
	}
	return best
}

// sumNames adds up the counts of equal (language, text) names and sorts
// them by count.
func sumNames(ns []Name) []Name {
	m := map[[2]string]int{}
	for _, n := range ns {
		m[[2]string{n.Lang, n.Text}] += n.N
	}
	out := make([]Name, 0, len(m))
	for k, n := range m {
		out = append(out, Name{Lang: k[0], Text: k[1], N: n})
	}
	slices.SortFunc(out, byMentions)
	return out
}

// bestName is the canonical name of an entity in lang: among its names in
// that language mentioned at least a fifth as often as the most mentioned
// one, a person's longest (the full name over the lone surname), else the
// most mentioned.
func bestName(names []Name, lang, typ string) (string, bool) {
	top := 0
	for _, n := range names {
		if n.Lang == lang && n.N > top {
			top = n.N
		}
	}
	best, found := Name{}, false
	for _, n := range names {
		if n.Lang != lang || n.N*5 < top {
			continue
		}
		if !found || typ == litopys.PER && len(personWords(n.Text)) > len(personWords(best.Text)) {
			best, found = n, true
		}
	}
	if found && typ != litopys.PER && len(nameWords(best.Text)) == 1 {
		// A bare head ("Договір", "Комісія") gives way to the name it
		// stands for ("Ніццький договір"), the most mentioned one that has
		// it as a word.
		for _, n := range names {
			if n.Lang == lang && n.N*5 >= top && len(nameWords(n.Text)) > 1 &&
				slices.ContainsFunc(nameWords(n.Text), func(w string) bool { return strings.EqualFold(w, best.Text) }) {
				return n.Text, true
			}
		}
	}
	return best.Text, found
}

// ReadableID makes the id of an entity no gazetteer knows from its
// canonical English name where there is one ("PER-Antony-Blinken"), else
// from a romanisation of its name in Ukrainian or Russian (whichever it is
// mentioned by more; the national standards of package translit):
// "PER-Volodymyr-Zelenskyi".
func ReadableID(typ string, names map[string]string, all []Name) string {
	ru, uk := 0, 0
	for _, n := range all {
		switch n.Lang {
		case "ru":
			ru += n.N
		case "uk":
			uk += n.N
		}
	}
	type cand struct{ name, lang string }
	var cands []cand
	if en := names["en"]; en != "" && !hasCyrillic(en) {
		cands = append(cands, cand{en, "en"}) // an "English" name in Cyrillic is not one
	}
	if ru > uk {
		cands = append(cands, cand{names["ru"], "ru"}, cand{names["uk"], "uk"})
	} else {
		cands = append(cands, cand{names["uk"], "uk"}, cand{names["ru"], "ru"})
	}
	for _, n := range all {
		cands = append(cands, cand{n.Text, n.Lang})
	}
	for _, c := range cands {
		lang := c.lang
		if lang != "uk" {
			lang = "ru" // Cyrillic left in a name of another language reads as Russian
		}
		if tail := idWords(translit.Latin(c.name, lang)); tail != "" {
			return typ + "-" + tail
		}
	}
	return typ + "-x"
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// idWords keeps the ASCII letters and digits of s (accents dropped), words
// joined by "-".
func idWords(s string) string {
	var words []string
	for _, w := range strings.FieldsFunc(norm.NFD.String(s), func(r rune) bool {
		return !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r))) && !unicode.Is(unicode.Mn, r)
	}) {
		w = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Mn, r) {
				return -1
			}
			return r
		}, w)
		if w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, "-")
}
