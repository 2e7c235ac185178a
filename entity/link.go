package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
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
	// Common, when set, tells a capitalised common word from a name
	// (Repair drops one that starts a sentence before a person's name).
	Common CommonWords
	// Readings, when set, gives every lemma of a word, for the gazetteer
	// lookup of a one-word name whose first lemma is not its base form.
	Readings Readings
	// Verbs, when set, tells a word that can only be a verb (Repair drops
	// one that ends a span: "Комісія" + "здійснює").
	Verbs VerbWords
}

// VerbWords knows the words every reading of which is a verb.
type VerbWords interface {
	Verb(word, lang string) bool
}

// Readings gives every lemma a dictionary has for a word, preferred first.
type Readings interface {
	Lemmas(word, lang string) []string
}

// CommonWords knows which words are only common words: the dictionary has
// them, and not as a proper name ("Тиждень" is, "Тереза" is not).
type CommonWords interface {
	Common(word, lang string) bool
}

// group is a set of mentions of one document that refer to one entity.
type group struct {
	known   *Known
	key     string
	members []int
	types   map[string]int
	merged  bool // joined another group
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
		for j < len(doc.Tokens) && doc.Tokens[j].Start < sp.End {
			j++
		}
		if j == ti {
			continue
		}
		toks := doc.Tokens[ti:j]
		if last := toks[len(toks)-1]; last.End > sp.End {
			// The tagger cut an English possessive off the last token
			// ("Netanyahu’s"): the mention's words end where it does.
			toks = append(toks[:len(toks)-1:len(toks)-1], last)
			toks[len(toks)-1].End, toks[len(toks)-1].Text = sp.End, doc.Text[last.Start:sp.End]
		}
		lang := langAt(doc, sp.Start)
		text := doc.Text[sp.Start:sp.End]
		if strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue // punctuation alone ("." after an initial) names nothing
		}
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
		if t := r.latinType(text, typ, lang); t != "" {
			typ = t
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
	voteNames(info, groups)
	doc.Mentions = ms
	doc.Entities = r.entities(doc.Lang, ms, langs, groups, listTyped(ms))
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
	in := nameInfo{lower: textcase.Lower(m.Base), key: r.Key(m.Base), upper: isAcronym(m.Text)}
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
	r.joinShortForms(ms, info, langs, groups)
	out := groups[:0]
	for _, g := range groups {
		if !g.merged {
			out = append(out, g)
		}
	}
	return out
}

// Linking must stay near-linear in the mentions of a document, however long
// it is: a group's names are compared by their distinct forms (a name
// repeated a thousand times is one form), candidates are found through
// indexes by key, and the work spent on one group is capped.
const (
	// maxGroupForms caps the distinct forms of one group that are compared.
	maxGroupForms = 32
	// maxContractionChecks caps the contraction tests of one short form.
	maxContractionChecks = 256
)

// forms returns the members of g with distinct (type, base form, acronym
// shape), at most maxGroupForms, multi-word or one-word as asked.
func forms(ms []litopys.Mention, info []nameInfo, g *group, multi bool) []int {
	type shape struct {
		typ, lower string
		upper      bool
	}
	var out []int
	seen := map[shape]bool{}
	for _, i := range g.members {
		if info[i].multi != multi {
			continue
		}
		k := shape{ms[i].Type, info[i].lower, info[i].upper}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, i)
		if len(out) == maxGroupForms {
			break
		}
	}
	return out
}

// joinShortForms merges each group of one-word mentions into the one group
// of longer names it abbreviates, marking it merged.
func (r *Resolver) joinShortForms(ms []litopys.Mention, info []nameInfo, langs []string, groups []*group) {
	// Index the multi-word forms of the groups that have any.
	byPart := map[string][]*group{}      // PER: key of a word → groups
	byAcronym := map[string][]*group{}   // non-PER: initials → groups
	byInitial := map[string][]longForm{} // non-PER: first two letters → forms, for contractions
	byWord := map[string][]*group{}      // non-PER: type and word of a base form → groups, for bare heads
	for _, g := range groups {
		for _, j := range forms(ms, info, g, true) {
			o, oi := ms[j], info[j]
			if o.Type == litopys.PER {
				for _, k := range oi.partKeys {
					byPart[k] = appendGroup(byPart[k], g)
				}
				continue
			}
			byAcronym[oi.acronym] = appendGroup(byAcronym[oi.acronym], g)
			for _, p := range oi.parts {
				byWord[o.Type+"\x00"+p] = appendGroup(byWord[o.Type+"\x00"+p], g)
			}
			if len(oi.parts) > 0 {
				if k := twoLetters(textcase.Lower(oi.parts[0])); k != "" {
					byInitial[k] = append(byInitial[k], longForm{g, j})
				}
			}
		}
	}
	for _, s := range groups {
		if !oneWord(info, s) {
			continue
		}
		var target *group
		ambiguous := false
		// A short form the gazetteer knows joins only a long form of the
		// same entry — known as such, or one of the entry's names — and
		// never makes another long form that entry ("RT" does not make
		// "Rapid Trident" the channel, nor "Юлия" every Юлия Skripal).
		spelt := false // the candidate is one a contraction spells ("Госдеп")
		eligible := func(l *group) bool {
			return !(l == s || l.merged || s.known != nil && (l.known != nil && s.known.ID != l.known.ID || l.known == nil && !spelt && !r.namedBy(ms, info, l, s.known)))
		}
		pick := func(l *group) {
			if !eligible(l) {
				return
			}
			if target != nil && target != l {
				ambiguous = true
			}
			target = l
		}
		checks := 0
		var dropped *Known // the gazetteer's reading a bare head gave way, restored when s joins nothing
		for _, i := range forms(ms, info, s, false) {
			m, mi := ms[i], info[i]
			if m.Type == litopys.PER && s.known != nil {
				// A surname the gazetteer knows gives way to the one other
				// person of that surname the document names in full: the
				// document says more than the gazetteer (Джефф Дэвис's
				// "Дэвис" is not David Davis).
				var other []*group
				for _, l := range byPart[mi.key] {
					if l.known == nil {
						other = append(other, l)
					} else if l.known.ID == s.known.ID {
						other = nil
						break
					}
				}
				if len(other) == 1 {
					s.known = nil
				}
			}
			if m.Type == litopys.PER {
				for _, l := range byPart[mi.key] {
					if pick(l); ambiguous {
						break
					}
				}
			} else {
				// A surname the tagger typed as a place or an organisation
				// ("Зеленського" as LOC) joins the person whose full name
				// the document gives, unless the gazetteer knows it as
				// what it was typed (Вашингтон the city is not George
				// Washington) and it is named more often than the person.
				for _, l := range byPart[mi.key] {
					if s.known == nil || len(l.members) > len(s.members) {
						if pick(l); ambiguous {
							break
						}
					}
				}
				// A capitalised common noun alone ("Комиссия", "Совет")
				// names the one institution of the document whose base
				// form has it as a word as it stands — its head in the
				// nominative: "Европейская комиссия", "Совет Европы", not
				// "Совета Европейского союза" for "Союз". Two such names
				// leave it apart unless one is named at least twice as
				// often as any other: the document is about it (a stray
				// span "Комиссия государства" beside three "Европейская
				// комиссия"; "Венеціанська комісія" twice beside one
				// "Європейська комісія"). A proper name never joins this
				// way ("Газпром" is not "Газпром нефть").
				if !mi.upper && r.Common != nil && (r.Common.Common(mi.lower, langs[i]) || institutions[mi.lower]) {
					// The gazetteer's reading of the word (an institution's
					// head noun that names one institution as a proper name
					// too) gives way to the institution the document names
					// by it, when the document never names the gazetteer's
					// ("Рада" is the Verkhovna Rada by the gazetteer, the
					// Council of the EU in a text that names "Рада ЄС" and
					// no Verkhovna Rada).
					cands := byWord[m.Type+"\x00"+mi.lower]
					if s.known != nil && salient(cands, eligible) == nil && !slices.ContainsFunc(cands, func(l *group) bool { return l.known != nil && l.known.ID == s.known.ID }) {
						if l := salient(cands, func(l *group) bool { return l != s && !l.merged }); l != nil {
							dropped, s.known = s.known, nil
						}
					}
					if l := salient(cands, eligible); l != nil {
						pick(l)
					}
				}
				if mi.upper {
					for _, l := range byAcronym[mi.lower] {
						if pick(l); ambiguous {
							break
						}
					}
				}
				for _, f := range byInitial[twoLetters(mi.lower)] {
					if checks++; checks > maxContractionChecks || ambiguous {
						break
					}
					if ms[f.member].Type == m.Type && contraction(mi.lower, info[f.member].parts) {
						spelt = true
						pick(f.g)
						spelt = false
					}
				}
			}
			if ambiguous {
				break
			}
		}
		if target == nil || ambiguous {
			if dropped != nil {
				s.known = dropped
			}
			continue
		}
		// A person's full name outweighs the type a tagger gave a lone
		// surname of it.
		if !(s.types[litopys.PER] == 0 && namesPerson(ms, info, target)) {
			for t, n := range s.types {
				target.types[t] += n
			}
		}
		target.members = append(target.members, s.members...)
		if target.known == nil {
			target.known = s.known
		}
		s.merged = true
	}
}

// salient returns the one eligible group of gs, or the one named at least
// twice as often as every other eligible group; nil when there is none.
func salient(gs []*group, eligible func(*group) bool) *group {
	var best *group
	top, second := 0, 0
	for _, g := range gs {
		if !eligible(g) {
			continue
		}
		switch n := len(g.members); {
		case n > top:
			best, top, second = g, n, top
		case n > second:
			second = n
		}
	}
	if best == nil || second > 0 && top < 2*second {
		return nil
	}
	return best
}

// namedBy reports whether a long form of g is one of the names of k.
func (r *Resolver) namedBy(ms []litopys.Mention, info []nameInfo, g *group, k *Known) bool {
	for _, j := range forms(ms, info, g, true) {
		for _, names := range k.Names {
			for _, n := range names {
				if info[j].key == r.Key(n) {
					return true
				}
			}
		}
	}
	return false
}

// namesPerson reports whether g has a person's full name among its forms.
func namesPerson(ms []litopys.Mention, info []nameInfo, g *group) bool {
	for _, j := range forms(ms, info, g, true) {
		if ms[j].Type == litopys.PER {
			return true
		}
	}
	return false
}

// twoLetters is the first two letters of w, "" when it has fewer. A
// contraction starts with at least two letters of its first word
// ("Госдеп": "Го…"), so its candidates are indexed by them: by the first
// letter alone, a long text gave each short form hundreds of candidates.
func twoLetters(w string) string {
	_, a := utf8.DecodeRuneInString(w)
	_, b := utf8.DecodeRuneInString(w[a:])
	if b == 0 {
		return ""
	}
	return w[:a+b]
}

// longForm is a multi-word form of a group.
type longForm struct {
	g      *group
	member int
}

// appendGroup appends g unless it is already last in gs (a group's forms
// are indexed one after another).
func appendGroup(gs []*group, g *group) []*group {
	if len(gs) > 0 && gs[len(gs)-1] == g {
		return gs
	}
	return append(gs, g)
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

func (r *Resolver) find(m litopys.Mention, lang string) (Known, bool) {
	if r.Dir == nil {
		return Known{}, false
	}
	if bareInstitution(m.Base) {
		return Known{}, false
	}
	for _, name := range []string{m.Base, m.Text} {
		if k, ok := r.Dir.Find(name, lang); ok && r.spells(m, k) && !r.generic(m, k, lang) {
			return k, true
		}
	}
	// A place or organisation of one word whose base form missed (an
	// upper-case "МОСКВЫ", a form read as its own lemma: "Польшей") is
	// looked up by its other readings.
	if r.Readings != nil && m.Type != litopys.PER && len(nameWords(m.Text)) == 1 {
		for _, w := range []string{m.Text, textcase.Lower(m.Text)} {
			for _, l := range r.Readings.Lemmas(w, lang) {
				if k, ok := r.Dir.Find(restoreCase(m.Text, l), lang); ok && k.Type != litopys.PER && !r.generic(m, k, lang) {
					return k, true
				}
				if k, ok := r.Dir.Find(title(l), lang); ok && k.Type != litopys.PER && !r.generic(m, k, lang) {
					return k, true
				}
			}
		}
	}
	return Known{}, false
}

// generic reports whether a one-word mention is a common word that a
// gazetteer entry of an event or a product lists as its name ("Олимпиада"
// for the 2012 Games, "референдум" for the Brexit referendum): a common
// noun names a particular event only in the text it was annotated in.
func (r *Resolver) generic(m litopys.Mention, k Known, lang string) bool {
	if k.Type != litopys.EVT && k.Type != litopys.PRO || r.Common == nil || len(nameWords(m.Base)) != 1 {
		return false
	}
	return r.Common.Common(m.Text, lang)
}

// bareInstitutions are names of national institutions that say nothing
// of whose they are: without an owner ("МИД России", "МЗС України") they
// name the institution of whatever country the text is about, and the
// gazetteer's answer, learnt from one annotated topic (the British Foreign
// Office for "МИД"), is not taken.
var bareInstitutions = wordSet(`мид мзс мвд мвс минобороны міноборони минфин мінфін минюст мінюст минздрав моз минэкономразвития
	генпрокуратура генштаб правительство уряд кабмин кабмін парламент прокуратура полиция поліція суд вс`)

// bareInstitutionNames are bare institution names of several words.
var bareInstitutionNames = map[string]bool{
	"министерство иностранных дел": true, "міністерство закордонних справ": true, "министерство обороны": true,
	"міністерство оборони": true, "министерство внутренних дел": true, "міністерство внутрішніх справ": true,
	"министерство финансов": true, "міністерство фінансів": true, "верховный суд": true, "верховний суд": true,
	"конституционный суд": true, "конституційний суд": true, "кабинет министров": true, "кабінет міністрів": true,
	"генеральный штаб": true, "генеральний штаб": true, "генеральная прокуратура": true, "генеральна прокуратура": true,
}

func bareInstitution(base string) bool {
	b := textcase.Lower(strings.Join(strings.Fields(base), " "))
	return bareInstitutions[b] || bareInstitutionNames[b]
}

// spells reports whether a person's mention can name the gazetteer's
// person k: its last word is the surname of one of k's canonical names
// (a lone given name — "Юлия" — names no one in particular), and its first
// word, if it has two, is that name's given name or an initial of it. A
// gazetteer built from annotated text lists stray aliases ("Т.Мей" under
// Donald Trump, two persons glued into one span); a name must spell its
// referent to join it.
func (r *Resolver) spells(m litopys.Mention, k Known) bool {
	if m.Type != litopys.PER || k.Type != litopys.PER {
		return true
	}
	words := personWords(m.Base)
	if len(words) == 0 {
		return false
	}
	for _, names := range k.Names {
		if len(names) == 0 {
			continue
		}
		canon := personWords(names[0])
		if len(canon) == 0 || r.Key(words[len(words)-1]) != r.Key(canon[len(canon)-1]) {
			continue
		}
		if len(words) == 1 || len(canon) == 1 {
			return true
		}
		first, given := r.Key(words[0]), r.Key(canon[0])
		if initial(words[0]) {
			if firstLetter(first) == firstLetter(given) {
				return true
			}
			continue
		}
		if first == given || consonants(first) == consonants(given) && consonants(first) != "" {
			return true
		}
	}
	return false
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
	for i, p := range parts {
		// A one-letter word after the first is a linking particle of a
		// transcribed name ("Техрик-э-Лабаик Пакистан": ТЛП).
		if functionWords[textcase.Lower(p)] || i > 0 && utf8.RuneCountInString(p) == 1 {
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
		w := []rune(textcase.Lower(p))
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
				next := []rune(textcase.Lower(parts[i+1]))
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

// latinName reports whether s has letters and all of them Latin.
func latinName(s string) bool {
	n := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			if !unicode.Is(unicode.Latin, c) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// latinType returns the type the directory gives a name in Latin script
// that it knows in another language only ("Brexit" annotated in a Ukrainian
// text, met in a Russian one): such a name is written the same in every
// language. Not a person's (a tagger's person stays one), nor a name of a
// public list (typeByList or the tagger decide those: media go both ways),
// nor a common word; "" when none.
// The mention is not linked by it: linking stays with the document's own
// language.
func (r *Resolver) latinType(text, typ, lang string) string {
	if r.Dir == nil || lang == "" || typ == litopys.PER || !latinName(text) {
		return ""
	}
	if listed()[textcase.Lower(strings.Join(strings.Fields(text), " "))] {
		return ""
	}
	if _, ok := r.Dir.Find(text, lang); ok {
		return ""
	}
	k, ok := r.Dir.Find(text, "")
	if !ok || k.Type == litopys.PER || k.Type == typ {
		return ""
	}
	m := litopys.Mention{Text: text, Base: text, Type: k.Type}
	if !r.spells(m, k) || r.generic(m, k, lang) {
		return ""
	}
	return k.Type
}
