package gazetteer

import (
	"sort"
	"strings"
)

// addSlugNames gives entries marked slug an English name made from the id
// (after the names of the lists, which are better spelt).
func (b *builder) addSlugNames() {
	for _, d := range b.drafts {
		if d.slug && len(d.names) > 0 {
			if en := slugName(d.id); en != "" {
				b.addName(d, "en", en, 0)
			}
		}
	}
}

// mergeSameNames merges drafts of one type that share a canonical name in
// some language into the more frequent one when one of them comes from a
// list (has a Kind): annotators wrote both GPE-Kiev and GPE-Kyiv for Київ.
// Entries known only from annotations are not merged, since their short
// names are often generic (МИД is the foreign ministry of many countries).
func (b *builder) mergeSameNames() {
	order := append([]*draft(nil), b.drafts...)
	sort.SliceStable(order, func(i, j int) bool { return order[i].freq > order[j].freq })
	owner := map[string]*draft{}
	var kept []*draft
	for _, d := range order {
		var into *draft
		var keys []string
		for _, lang := range langs(d) {
			ns := d.canonical(lang)
			if len(ns) == 0 {
				continue
			}
			k := d.typ + "\x00" + lang + "\x00" + Norm(ns[0].text)
			keys = append(keys, k)
			if o := owner[k]; o != nil && into == nil && (o.kind != "" || d.kind != "") && compatible(o.english(), d.english()) {
				into = o
			}
		}
		if into == nil {
			for _, k := range keys {
				owner[k] = d
			}
			kept = append(kept, d)
			continue
		}
		into.alt = append(into.alt, d.id)
		into.alt = append(into.alt, d.alt...)
		into.freq += d.freq
		if into.iso == "" {
			into.iso, into.kind = d.iso, d.kind
		}
		for lang, ns := range d.names {
			for _, n := range ns {
				b.addName(into, lang, n.text, n.docs)
			}
		}
		b.byID[d.id] = into
	}
	b.drafts = kept
}

// english returns the English names of a draft, with the one its id makes.
func (d *draft) english() []string {
	var out []string
	for _, n := range d.names["en"] {
		out = append(out, n.text)
	}
	if d.slug {
		if en := slugName(d.id); en != "" {
			out = append(out, en)
		}
	}
	return out
}

// compatible reports whether two lists of English names may name one
// entity: either is empty, or some pair is equal up to two typos
// ("Brussles"), or one is a run of the words of the other ("Washington" in
// "Washington DC").
func compatible(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			x, y := Norm(strings.ReplaceAll(x, "-", " ")), Norm(strings.ReplaceAll(y, "-", " "))
			if x == y || min(len([]rune(x)), len([]rune(y))) >= 6 && editDistance(x, y) <= 2 || wordRun(x, y) || wordRun(y, x) {
				return true
			}
		}
	}
	return false
}

// wordRun reports whether the words of a occur in order, together, in b.
func wordRun(a, b string) bool {
	return strings.Contains(" "+b+" ", " "+a+" ")
}

// editDistance is the Levenshtein distance of two strings in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
