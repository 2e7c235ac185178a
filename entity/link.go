package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Span is a recognised mention before resolution: byte offsets into the
// document's text and a BSNLP type, as the tagger finds it (ner.Span names
// the same type).
type Span = litopys.NameSpan

// Known is an entry of a gazetteer: a stable ID, a type and names per
// language (the first name of each language is its canonical one).
type Known struct {
	ID    string
	Type  string
	Names map[string][]string
}

// Directory finds a name (a base form or a surface form) in a gazetteer.
type Directory interface {
	Find(name, lang string) (Known, bool)
}

// Resolver gives mentions their base forms and entities. Key is the
// cross-language match key of a name (translit.Key); Dir may be nil.
type Resolver struct {
	Lex     Lemmatizer
	Grammar Grammar
	Dir     Directory
	Key     func(string) string
}

// group is a set of mentions of one document that refer to one entity.
type group struct {
	known   *Known
	key     string
	members []int
	types   map[string]int
}

// Resolve fills doc.Mentions and doc.Entities from spans, which must lie on
// token boundaries of doc.Tokens.
func (r *Resolver) Resolve(doc *litopys.Document, spans []Span) {
	spans = append([]Span(nil), spans...)
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	spans = r.Repair(doc, spans)
	ms := make([]litopys.Mention, 0, len(spans))
	bases := map[[3]string]string{} // the same words of the same type have one base form
	words := make([][]litopys.Token, 0, len(spans))
	langs := make([]string, 0, len(spans))
	ti := 0
	for _, sp := range spans {
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < sp.Start {
			ti++
		}
		j := ti
		for j < len(doc.Tokens) && doc.Tokens[j].End <= sp.End {
			j++
		}
		if j == ti {
			continue
		}
		toks := doc.Tokens[ti:j]
		lang := langAt(doc, sp.Start)
		text := doc.Text[sp.Start:sp.End]
		bk := [3]string{text, sp.Type, lang}
		base, ok := bases[bk]
		if !ok {
			base = BaseForm(doc.Text, toks, sp.Type, lang, r.Lex, r.Grammar)
			bases[bk] = base
		}
		typ := sp.Type
		if typ == litopys.PER && len(toks) > 1 {
			// A "person" whose words, read as a place or an organisation,
			// name a known one is that ("Російською Федерацією").
			if b := BaseForm(doc.Text, toks, litopys.LOC, lang, r.Lex, r.Grammar); r.Dir != nil {
				if k, found := r.Dir.Find(b, lang); found && k.Type != litopys.PER {
					base, typ = b, k.Type
				}
			}
		}
		ms = append(ms, litopys.Mention{Start: sp.Start, End: sp.End, Text: text, Type: typ, Base: base})
		words = append(words, toks)
		langs = append(langs, lang)
	}
	info := make([]nameInfo, len(ms))
	for i, m := range ms {
		info[i] = r.describe(m)
	}
	groups := r.group(ms, info, langs)
	doc.Mentions = ms
	doc.Entities = r.entities(doc.Lang, ms, langs, groups)
}

// nameInfo is what linking needs of a mention's base form, computed once.
type nameInfo struct {
	lower    string   // lower-cased base form
	key      string   // match key of the base form
	multi    bool     // more than one word
	partKeys []string // match keys of its words (multi-word names)
	acronym  string   // initials of its words (multi-word names)
	parts    []string // its words, lower-cased (multi-word names)
	upper    bool     // written as an acronym ("КНДР")
}

func (r *Resolver) describe(m litopys.Mention) nameInfo {
	in := nameInfo{lower: strings.ToLower(m.Base), key: r.Key(m.Base), upper: isAcronym(m.Text)}
	parts := nameWords(in.lower)
	if len(parts) > 1 {
		in.multi = true
		in.parts = parts
		in.acronym = acronymOf(parts)
		if m.Type == litopys.PER {
			for _, p := range nameWords(m.Base) {
				in.partKeys = append(in.partKeys, r.Key(p))
			}
		}
	}
	return in
}

func (r *Resolver) group(ms []litopys.Mention, info []nameInfo, langs []string) []*group {
	var groups []*group
	byKey := map[string]*group{}
	// Pass 1: a group per gazetteer entity, else per type and match key.
	type found struct {
		k  Known
		ok bool
	}
	memo := map[[2]string]found{} // a name recurs: look it up once
	for i, m := range ms {
		key, known := "", (*Known)(nil)
		f, seen := memo[[2]string{m.Text, m.Base}]
		if !seen {
			f.k, f.ok = r.find(m, langs[i])
			memo[[2]string{m.Text, m.Base}] = f
		}
		if k, ok := f.k, f.ok; ok {
			key, known = "id:"+k.ID, &k
		} else {
			key = m.Type + ":" + info[i].key
		}
		g := byKey[key]
		if g == nil {
			g = &group{key: key, known: known, types: map[string]int{}}
			groups = append(groups, g)
			byKey[key] = g
		}
		g.members = append(g.members, i)
		g.types[m.Type]++
	}
	// Pass 2: a group of one-word mentions joins the one group of longer
	// names it abbreviates (a surname, a Korean family name, an acronym, a
	// contraction such as "Госдеп"); when several could claim it, it stays
	// apart. Two different gazetteer entities never merge.
	merged := map[*group]bool{}
	for _, s := range groups {
		if !oneWord(info, s) {
			continue
		}
		var target *group
		ambiguous := false
		for _, l := range groups {
			if l == s || merged[l] || oneWord(info, l) || !abbreviates(ms, info, s, l) {
				continue
			}
			if s.known != nil && l.known != nil && s.known.ID != l.known.ID {
				continue
			}
			if target != nil && target != l {
				ambiguous = true
			}
			target = l
		}
		if target == nil || ambiguous {
			continue
		}
		target.members = append(target.members, s.members...)
		for t, n := range s.types {
			target.types[t] += n
		}
		if target.known == nil {
			target.known = s.known
		}
		merged[s] = true
	}
	out := groups[:0]
	for _, g := range groups {
		if !merged[g] {
			out = append(out, g)
		}
	}
	return out
}

// oneWord reports whether every mention of g is a single word.
func oneWord(info []nameInfo, g *group) bool {
	for _, i := range g.members {
		if info[i].multi {
			return false
		}
	}
	return true
}

// abbreviates reports whether the one-word mentions of s abbreviate a name
// of l.
func abbreviates(ms []litopys.Mention, info []nameInfo, s, l *group) bool {
	for _, i := range s.members {
		m, mi := ms[i], info[i]
		for _, j := range l.members {
			o, oi := ms[j], info[j]
			if !oi.multi {
				continue
			}
			switch {
			case m.Type == litopys.PER && o.Type == litopys.PER:
				for _, k := range oi.partKeys {
					if k == mi.key {
						return true
					}
				}
			case m.Type != litopys.PER && o.Type != litopys.PER:
				if mi.upper && oi.acronym == mi.lower || m.Type == o.Type && contraction(mi.lower, oi.parts) {
					return true
				}
			}
		}
	}
	return false
}

func (r *Resolver) find(m litopys.Mention, lang string) (Known, bool) {
	if r.Dir == nil {
		return Known{}, false
	}
	if k, ok := r.Dir.Find(m.Base, lang); ok {
		return k, true
	}
	return r.Dir.Find(m.Text, lang)
}

// nameWords splits a name into words at spaces and hyphens.
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '\u00a0' })
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// functionWords are skipped when an acronym is formed from a name.
var functionWords = map[string]bool{"и": true, "і": true, "й": true, "та": true, "of": true, "and": true, "the": true, "по": true, "з": true, "для": true, "de": true}

// acronymOf returns the lower-cased initials of the words of a name.
func acronymOf(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		if functionWords[strings.ToLower(p)] {
			continue
		}
		for _, r := range p {
			b.WriteRune(unicode.ToLower(r))
			break
		}
	}
	return b.String()
}

// contraction reports whether short is made of the beginnings of the words
// of a name, each at least two letters ("госдеп" = "государственный
// департамент", "минобороны" = "министерство обороны").
func contraction(short string, parts []string) bool {
	if len(parts) < 2 || short == "" || parts[0] == "" {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(short)
	if p0, _ := utf8.DecodeRuneInString(parts[0]); unicode.ToLower(p0) != r0 {
		return false
	}
	rest := []rune(short)
	for i, p := range parts {
		w := []rune(strings.ToLower(p))
		n := 0
		for n < len(w) && n < len(rest) && w[n] == rest[n] {
			n++
		}
		if i == len(parts)-1 && n == len(rest) && n >= 2 {
			return true
		}
		if n < 2 {
			return false
		}
		// Take the longest prefix that still lets the rest match the next word.
		cut := n
		for cut >= 2 {
			if i+1 < len(parts) {
				next := []rune(strings.ToLower(parts[i+1]))
				if len(rest) > cut && len(next) > 0 && rest[cut] == next[0] {
					break
				}
			}
			cut--
		}
		if cut < 2 {
			return false
		}
		rest = rest[cut:]
		if len(rest) == 0 {
			return i == len(parts)-1
		}
	}
	return false
}

func langAt(doc *litopys.Document, off int) string {
	i := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].End > off })
	if i < len(doc.Sentences) {
		if l := doc.Sentences[i].Lang; l == "ru" || l == "uk" || l == "en" {
			return l
		}
	}
	return doc.Lang
}
