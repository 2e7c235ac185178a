package entity

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/litopys/litopys"
)

// Local is an entity as the analyser names it in documents — a gazetteer
// id, or a type and a match key (PER-antoniblinken) — with what the corpus
// said of it: every base form it was mentioned by, with the language and a
// count, and the number of its mentions. The registry groups the locals of
// a corpus into canonical entities (Cluster).
type Local struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	// Key is the match key of its name (for a gazetteer id, of its
	// canonical name).
	Key      string `json:"key"`
	Mentions int    `json:"mentions"`
	Names    []Name `json:"names"`
}

// Name is a base form an entity was mentioned by, in a language, N times.
type Name struct {
	Lang string `json:"lang"`
	Text string `json:"text"`
	N    int    `json:"n"`
}

// Canonical is one real entity of a corpus: the locals that name it, its
// id, type and names.
type Canonical struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	// Name is its name in the language it is most mentioned in; Names its
	// canonical name per language (ru, uk, en) where one is known.
	Name     string            `json:"name"`
	Names    map[string]string `json:"names"`
	Members  []string          `json:"members"`
	Mentions int               `json:"mentions"`
	// Types counts its mentions by the type the analyser gave them: a
	// disagreeing type is reported here, not made a second entity.
	Types map[string]int `json:"types"`
}

// Rules are an analyst's corrections, applied on every clustering so that
// they survive re-analysis: Merge pairs of locals that name one entity;
// Split keeps some locals (Off) apart from others (Rest: the rest of the
// entity they were split from).
type Rules struct {
	Merge [][2]string `json:"merge,omitempty"`
	Split []Split     `json:"split,omitempty"`
}

// Split is an analyst's judgement that the locals Off are not the entity
// the locals Rest are.
type Split struct {
	Off  []string `json:"off"`
	Rest []string `json:"rest"`
}

// Gazetteer gives the entry behind a gazetteer id, for the names the
// registry trusts more than the corpus's.
type Gazetteer func(id string) (Known, bool)

// Registry clusters locals. Key is the cross-language match key of a name
// (translit.Key); Known may be nil. Dir, when set, finds gazetteer entries
// by name: the country a word for its people names.
type Registry struct {
	Key   func(string) string
	Known Gazetteer
	Dir   Directory
	// Words, when set, gives the Ukrainian → Russian word table (built on
	// first use: WordTable) by which Ukrainian names meet Russian ones.
	Words func() Words
}

// Cluster groups locals into canonical entities, deterministically: the
// same locals and rules give the same entities and ids whatever their
// order. Two locals are one entity when
//   - they share a match key (ru, uk and en spellings of one name, whatever
//     type the tagger gave each mention: the type of the entity is the one
//     with most mentions);
//   - one is named in Ukrainian and the other by its word-by-word Russian
//     translation (Північна Ірландія, Северная Ирландия), within a type
//     or through the gazetteer's entry of the translation;
//   - one is a word for a country's people ("британцев", "пакистанцы") and
//     the other the country the gazetteer names by its stem;
//   - both are full person names with one surname whose given names agree
//     (Энтони/Antony/Ентоні by their consonants, an initial with the given
//     name it spells: "Т. Мэй" joins Theresa May, never Donald Trump), or
//     whose given names and surnames both agree so (Тасир/Тазир), uniquely;
//   - one is a lone surname and the other the only full name in the corpus
//     with that surname (with two candidates it stays apart);
//   - one is a bare institution ("Верховный суд") and the other the only
//     institution of a country named by it (joinBare), or a name cut short
//     and the one longer name it begins (joinPrefixes), or a Latin word and
//     the one Latin name that ends in it (joinLatinHeads);
//   - one is a title with its article or a gazetteer company with its legal
//     form ("The Times", "BBC Ltd") and the other the name alone;
//   - an analyst merged them (Rules).
//
// Two different gazetteer entries are never joined but by a shared key of
// their full names (duplicates of one person), and locals an analyst split
// off never rejoin the rest.
func (r *Registry) Cluster(locals []Local, rules Rules) []Canonical {
	locals = slices.Clone(locals)
	slices.SortFunc(locals, func(a, b Local) int { return strings.Compare(a.ID, b.ID) })
	locals = slices.CompactFunc(locals, func(a, b Local) bool { return a.ID == b.ID })
	fs := make([]features, len(locals))
	index := make(map[string]int, len(locals))
	for i := range locals {
		fs[i] = r.describeLocal(&locals[i])
		index[locals[i].ID] = i
	}
	u := newUnion(len(locals))
	for i := range fs {
		if fs[i].known != "" {
			u.known[i] = fs[i].known
		}
	}
	for g, sp := range rules.Split {
		for side, ids := range [][]string{sp.Off, sp.Rest} {
			for _, id := range ids {
				if i, ok := index[id]; ok {
					u.side(i)[g] |= 1 << side
				}
			}
		}
	}
	// A place and an organisation named after it stay apart.
	for g, sides := range r.homonyms(locals, fs) {
		for i, side := range sides {
			u.side(i)[-1-g] |= side
		}
	}
	// Manual merges first: they win over everything.
	for _, m := range rules.Merge {
		a, okA := index[m[0]]
		b, okB := index[m[1]]
		if okA && okB {
			u.union(a, b, true, true)
		}
	}
	r.joinByKey(locals, fs, u)
	// A gazetteer entry whose name the exonyms give to another entry is a
	// duplicate of it (a list's "Америка" beside the country's "США").
	for i, f := range fs {
		if f.exonym != "" {
			if j, ok := index[f.exonym]; ok {
				u.union(i, j, false, true)
			}
		}
	}
	r.joinClubs(locals, fs, u)
	r.joinLegal(locals, fs, u)
	r.joinFullNames(locals, fs, u)
	r.joinSpellings(locals, fs, u)
	r.joinLatinPersons(locals, fs, u)
	r.joinSurnames(locals, fs, u)
	r.joinBare(locals, fs, u)
	r.joinPrefixes(locals, fs, u)
	r.joinLatinHeads(locals, fs, u)
	return r.canonicals(locals, fs, u)
}

// joinByKey joins locals that share a match key of their names, or a weak
// key within one type.
func (r *Registry) joinByKey(locals []Local, fs []features, u *union) {
	byKey := map[string][]int{}
	for i, f := range fs {
		for _, k := range f.keys {
			byKey[k] = append(byKey[k], i)
		}
	}
	for _, k := range sortedKeys(byKey) {
		is := byKey[k]
		for x, b := range is[1:] {
			// b joins the first it may of those before it (a homonym's
			// organisation, kept from the place, joins the organisations).
			for _, a := range is[:x+1] {
				// Two gazetteer entries meet only on a key of their full names,
				// within one type, and when their English names do not tell
				// them apart (one person entered twice, not the Council of
				// Europe and the European Council).
				both := fs[a].known != "" && fs[b].known != ""
				if both && (locals[a].Type != locals[b].Type || !fs[a].fullKey(k) || !fs[b].fullKey(k) ||
					fs[a].en != "" && fs[b].en != "" && fs[a].en != fs[b].en) {
					continue
				}
				if u.union(a, b, false, both) {
					break
				}
			}
		}
	}
	weak := map[string][]int{}
	for i, f := range fs {
		for _, k := range slices.Concat(f.keys, f.weak) {
			if tk := locals[i].Type + "\x00" + k; !slices.Contains(weak[tk], i) {
				weak[tk] = append(weak[tk], i)
			}
		}
	}
	for _, k := range sortedKeys(weak) {
		is := weak[k]
		if !slices.ContainsFunc(is, func(i int) bool { return slices.Contains(fs[i].weak, k[strings.IndexByte(k, 0)+1:]) }) {
			continue // only shared keys: joined above
		}
		for _, j := range is[1:] {
			u.union(is[0], j, false, false)
		}
	}
	r.joinAliases(locals, fs, u)
}

// homonyms finds the match keys that name both a place and an
// organisation named after it (the city Краснодар and the club
// «Краснодар»): keys the corpus also names a club by, with its kind
// ("ФК «Краснодар»"), shared by locals the tagger typed as places and
// locals it typed as organisations, each with at least homonymMentions
// mentions and neither outweighing the other homonymRatio times — a type
// the corpus gives a name that often is no tagging slip, which the
// entity's type would absorb. For each, the sides of its locals: 1 the places, 2 the
// organisations and products.
func (r *Registry) homonyms(locals []Local, fs []features) []map[int]uint8 {
	byKey := map[string][]int{}
	clubs := map[string]bool{}
	for i, f := range fs {
		for _, k := range f.keys {
			if !strings.HasPrefix(k, "id:") {
				byKey[k] = append(byKey[k], i)
			}
		}
		if f.club != "" {
			clubs[f.club] = true
		}
	}
	var out []map[int]uint8
	for _, k := range sortedKeys(byKey) {
		if !clubs[k] {
			continue
		}
		is := byKey[k]
		var place, org int
		for _, i := range is {
			switch locals[i].Type {
			case litopys.LOC:
				place += locals[i].Mentions
			case litopys.ORG:
				org += locals[i].Mentions
			}
		}
		if min(place, org) < homonymMentions || homonymRatio*min(place, org) < max(place, org) {
			continue
		}
		sides := map[int]uint8{}
		for _, i := range is {
			switch locals[i].Type {
			case litopys.LOC:
				sides[i] = 1
			case litopys.ORG, litopys.PRO:
				sides[i] = 2
			}
		}
		out = append(out, sides)
	}
	return out
}

// homonymMentions is how many mentions each of a place and an
// organisation of one name needs for the two to be told apart, and
// homonymRatio how many times the one may outweigh the other: a club is
// named in sports news many times more than its city (FC Rostov 391
// mentions to the city's 41 in the audited store, and a store clusters a
// local again only when its mentions double), while the stray types of a
// club (a hashtag, a headline: 18 "Локомотив" typed as a place against
// 503 as the club) stay below a twentieth.
const (
	homonymMentions = 10
	homonymRatio    = 20
)

// joinClubs joins a club named with its kind ("ФК «Зенит»", "ФК
// Локомотив") to the one entity of locals typed as organisations with the
// key of its name that is mostly an organisation or product — never to a
// place a stray organisation type joined (ФК Урал is not the Urals).
func (r *Registry) joinClubs(locals []Local, fs []features, u *union) {
	joinNamed(locals, fs, u,
		func(f features) string { return f.club },
		func(l Local) bool { return l.Type == litopys.ORG },
		func(v map[string]int) bool {
			return v[litopys.ORG]+v[litopys.PRO] > v[litopys.LOC]+v[litopys.PER]
		})
}

// joinLegal joins a company named with its legal form ("Uniper SE", "BBC
// Ltd") to the one entity with the key of its name alone that is mostly an
// organisation: a pipe or a product named like its company ("Nord Stream",
// "Nord Stream AG") stays apart.
func (r *Registry) joinLegal(locals []Local, fs []features, u *union) {
	joinNamed(locals, fs, u,
		func(f features) string { return f.legal },
		func(Local) bool { return true },
		func(v map[string]int) bool {
			return 2*v[litopys.ORG] > v[litopys.PER]+v[litopys.LOC]+v[litopys.ORG]+v[litopys.PRO]+v[litopys.EVT]
		})
}

// joinNamed joins each local with a name key (name(f) ≠ "") to the one
// entity that has that key among the locals indexed and whose mentions by
// type fit; with none or two such entities it stays apart.
func joinNamed(locals []Local, fs []features, u *union, name func(features) string, indexed func(Local) bool, fits func(map[string]int) bool) {
	byKey := map[string][]int{}
	votes := map[int]map[string]int{} // root → mentions by type
	for i, f := range fs {
		rt := u.find(i)
		if votes[rt] == nil {
			votes[rt] = map[string]int{}
		}
		votes[rt][locals[i].Type] += locals[i].Mentions
		if indexed(locals[i]) {
			for _, k := range f.keys {
				byKey[k] = append(byKey[k], i)
			}
		}
	}
	for i, f := range fs {
		key := name(f)
		if key == "" {
			continue
		}
		var roots []int
		for _, j := range byKey[key] {
			rt := u.find(j)
			if rt != u.find(i) && fits(votes[rt]) && !slices.Contains(roots, rt) {
				roots = append(roots, rt)
			}
		}
		if len(roots) == 1 {
			u.union(i, roots[0], false, false)
		}
	}
}

// joinAliases joins the locals whose key is the acronym another local is
// mostly mentioned by to that local, when one such local outweighs every
// other of its language aliasDominance times (ФБР: the FBI, not the bobsleigh
// federation); the winners of the languages join one another (СБУ:
// Служба безопасности Украины and Служба безпеки України).
func (r *Registry) joinAliases(locals []Local, fs []features, u *union) {
	owners := map[string][]int{}  // type + key → locals with that key
	offered := map[string][]int{} // type + key → locals mostly named by it
	for i, f := range fs {
		for _, k := range f.keys {
			owners[locals[i].Type+"\x00"+k] = append(owners[locals[i].Type+"\x00"+k], i)
		}
		if f.alias != "" {
			k := locals[i].Type + "\x00" + f.alias + "\x00" + f.aliasLang
			offered[k] = append(offered[k], i)
		}
	}
	for _, k := range sortedKeys(offered) {
		os, ws := offered[k], owners[k[:strings.LastIndexByte(k, 0)]]
		if len(ws) == 0 {
			continue
		}
		total := map[int]int{}
		for _, i := range os {
			total[u.find(i)] += locals[i].Mentions
		}
		roots := slices.Sorted(maps.Keys(total))
		slices.SortStableFunc(roots, func(a, b int) int { return cmp.Compare(total[b], total[a]) })
		if len(roots) > 1 && total[roots[0]] < aliasDominance*total[roots[1]] {
			continue
		}
		for _, w := range ws {
			u.union(roots[0], w, false, false)
		}
	}
}

// joinFullNames joins full person names with one surname whose given names
// agree, when the agreement is unique: an initial that several given names
// start with joins none of them.
func (r *Registry) joinFullNames(locals []Local, fs []features, u *union) {
	bySurname := map[string][]nameEntry{}
	for i, f := range fs {
		for _, n := range f.names {
			// One surname, whatever the ending a base form left on it
			// ("Лавров", "Лаврова" after "Сергея Лаврова"): the surnames
			// must then be equal or the given names the same.
			s := strings.TrimSuffix(n.surname, "a")
			bySurname[s] = append(bySurname[s], nameEntry{i, n.given, n.surname})
		}
	}
	for _, s := range sortedKeys(bySurname) {
		es := bySurname[s]
		// Full given names first, then initials.
		slices.SortStableFunc(es, func(a, b nameEntry) int { return cmp.Compare(len(b.given), len(a.given)) })
		for x, a := range es {
			var match []int // roots
			for _, b := range es[:x] {
				same := a.surname == b.surname || a.given == b.given
				if rb := u.find(b.i); same && givenAgree(a.given, b.given) && !slices.Contains(match, rb) {
					match = append(match, rb)
				}
			}
			if len(match) > 1 && len(a.given) == 1 {
				match = dominant(match, es, locals, u)
			}
			if ra := u.find(a.i); len(match) == 1 || len(match) == 2 && slices.Contains(match, ra) {
				for _, m := range match {
					u.union(a.i, m, false, false)
				}
			}
		}
	}
}

// joinSpellings joins full person names whose given names agree and whose
// surnames are spellings of one another by the same test (consonants and
// pattern of vowels alike: "Салман Тасир"/"Салман Тазир", "Мішель
// Барньє"/"Мишель Барния", "Азія Біба"/"Асия Биби" — transliterations and
// the lemma slips of indeclinable foreign names), when one entity alone
// agrees. Initials and surnames of fewer than four letters take no part.
func (r *Registry) joinSpellings(locals []Local, fs []features, u *union) {
	bySkeleton := map[string][]nameEntry{}
	for i, f := range fs {
		for _, n := range f.names {
			if len(n.given) < 2 || len(n.surname) < 4 {
				continue
			}
			if s := consonants(n.surname); len(s) >= 2 {
				bySkeleton[s] = append(bySkeleton[s], nameEntry{i, n.given, n.surname})
			}
		}
	}
	for _, s := range sortedKeys(bySkeleton) {
		es := bySkeleton[s]
		for _, a := range es {
			ra := u.find(a.i)
			var match []int // roots
			for _, b := range es {
				rb := u.find(b.i)
				if rb != ra && !slices.Contains(match, rb) && givenAgree(a.given, b.given) && givenAgree(a.surname, b.surname) {
					match = append(match, rb)
				}
			}
			if len(match) == 1 {
				u.union(a.i, match[0], false, false)
			}
		}
	}
}

// joinLatinPersons joins a name of two words in Latin letters, whatever
// the tagger typed it (a Latin name in a Cyrillic text is often taken for
// an organisation), to the one person whose full name in Cyrillic sounds
// alike (personSound): "Martin Locher" to Мартин Лохер; and a person's
// full name in Ukrainian to the one in Russian that sounds alike (Мішель
// Барньє, Мишель Барнье). With two such persons it stays apart.
func (r *Registry) joinLatinPersons(locals []Local, fs []features, u *union) {
	persons := map[string][]int{} // sound → persons' locals named in Cyrillic
	for i, f := range fs {
		if locals[i].Type == litopys.PER && !f.latin {
			for _, k := range f.sounds {
				persons[k] = append(persons[k], i)
			}
		}
	}
	for i, f := range fs {
		if !f.latin && (locals[i].Type != litopys.PER || f.lang != "uk") {
			continue
		}
		ri := u.find(i)
		var roots []int
		for _, k := range f.sounds {
			for _, j := range persons[k] {
				if rt := u.find(j); rt != ri && (f.latin || fs[j].lang == "ru") && !slices.Contains(roots, rt) {
					roots = append(roots, rt)
				}
			}
		}
		if len(roots) == 1 {
			u.union(i, roots[0], false, false)
		}
	}
}

// joinBare joins a local named by a bare institution name ("Верховный
// суд", "МИД") to the institution of a country named by it ("Верховный
// суд Пакистана") when the corpus has one such institution only. With two
// it stays apart: whose institution a bare name is depends on the document,
// and a corpus of many countries' news has many (the audit's bare "МИД" is
// neither the British nor the Russian ministry).
func (r *Registry) joinBare(locals []Local, fs []features, u *union) {
	byHead := map[string][]int{} // bare key → locals with an institution key of it
	for i, f := range fs {
		for _, k := range f.keys {
			if strings.HasPrefix(k, "inst:") {
				h := k[:strings.IndexByte(k, '@')+1]
				byHead[h] = append(byHead[h], i)
			}
		}
	}
	for i, f := range fs {
		if f.bare == "" || locals[i].Type != litopys.ORG {
			continue
		}
		ri := u.find(i)
		var roots []int
		for _, j := range byHead[f.bare] {
			if rt := u.find(j); rt != ri && !slices.Contains(roots, rt) {
				roots = append(roots, rt)
			}
		}
		if len(roots) == 1 {
			u.union(i, roots[0], false, false)
		}
	}
}

// joinPrefixes joins a name of several words that begins the name of
// exactly one other entity of its type in the corpus, mentioned at least as
// often, to that entity: the name cut short ("Техрик-э-Лабаик" of
// "Техрик-э-Лабаик Пакистан", "Восточный комитет" of "Восточный комитет
// немецкой экономики"). Words are compared by their match keys; two
// longer names leave it apart ("Северный поток" of "Северный поток-2" and
// "Северный поток – 1"), and so does a name the gazetteer knows.
func (r *Registry) joinPrefixes(locals []Local, fs []features, u *union) {
	total := map[int]int{}
	for i := range fs {
		total[u.find(i)] += locals[i].Mentions
	}
	starts := map[string][]int{} // type + keys of a name's first words → locals
	for i, f := range fs {
		if locals[i].Type == litopys.PER || locals[i].Mentions < 2 {
			continue
		}
		for _, ws := range f.words {
			for n := max(2, len(ws)-maxPrefixCut); n < len(ws); n++ {
				k := locals[i].Type + "\x00" + strings.Join(ws[:n], " ")
				if !slices.Contains(starts[k], i) {
					starts[k] = append(starts[k], i)
				}
			}
		}
	}
	for i, f := range fs {
		if f.known != "" || locals[i].Type == litopys.PER || locals[i].Mentions < 2 {
			continue
		}
		ri := u.find(i)
		var roots []int
		for _, ws := range f.words {
			for _, j := range starts[locals[i].Type+"\x00"+strings.Join(ws, " ")] {
				if rt := u.find(j); rt != ri && !slices.Contains(roots, rt) {
					roots = append(roots, rt)
				}
			}
		}
		if len(roots) == 1 && total[roots[0]] >= total[ri] {
			n := total[ri] + total[roots[0]]
			if u.union(i, roots[0], false, false) {
				total[u.find(i)] = n
			}
		}
	}
}

// joinLatinHeads joins a one-word name in Latin letters to the one name
// of several Latin words of its type in the corpus that ends in it, both
// mentioned twice or more: the name a Latin-script organisation is known
// by after its kind ("Cockpit" of "Vereinigung Cockpit", "Shell" of "Royal
// Dutch Shell"). Two such names leave it apart ("Times": The New York
// Times, Financial Times).
func (r *Registry) joinLatinHeads(locals []Local, fs []features, u *union) {
	ends := map[string][]int{} // type + key of the last word → locals
	for i, f := range fs {
		if locals[i].Type == litopys.PER || locals[i].Mentions < 2 {
			continue
		}
		for _, e := range f.ends {
			k := locals[i].Type + "\x00" + e
			if !slices.Contains(ends[k], i) {
				ends[k] = append(ends[k], i)
			}
		}
	}
	for i, f := range fs {
		if f.known != "" || !f.latin || len(f.words) > 0 || len(f.keys) == 0 || locals[i].Type == litopys.PER || locals[i].Mentions < 2 {
			continue
		}
		ri := u.find(i)
		var roots []int
		for _, j := range ends[locals[i].Type+"\x00"+f.keys[0]] {
			if rt := u.find(j); rt != ri && !slices.Contains(roots, rt) {
				roots = append(roots, rt)
			}
		}
		if len(roots) == 1 {
			u.union(i, roots[0], false, false)
		}
	}
}

// maxPrefixCut is the most words a name cut short (joinPrefixes) may lack:
// "Європейська комісія" is no short form of "Європейська комісія за
// демократію через право" (the Venice Commission).
const maxPrefixCut = 2

// nameEntry is a full name of a local (by index) in joinFullNames.
type nameEntry struct {
	i              int
	given, surname string
}

// dominant narrows the roots an initial agrees with to the one whose full
// names of the surname are mentioned dominance times more than every
// other's, by the weight of evidence joinSurnames uses too ("П.Порошенко"
// is Petro Poroshenko, not a tagger's stray "Политтехнолог Порошенко");
// without such a root the initial stays ambiguous and all are returned.
func dominant(roots []int, es []nameEntry, locals []Local, u *union) []int {
	total := map[int]int{}
	seen := map[int]bool{}
	for _, e := range es {
		if i := e.i; !seen[i] {
			seen[i] = true
			total[u.find(i)] += locals[i].Mentions
		}
	}
	roots = slices.Clone(roots)
	slices.SortFunc(roots, func(a, b int) int { return cmp.Or(cmp.Compare(total[b], total[a]), cmp.Compare(a, b)) })
	if total[roots[0]] >= dominance*total[roots[1]] {
		return roots[:1]
	}
	return roots
}

// joinSurnames joins each lone surname to the only entity with a full name
// of that surname. By weight of evidence, a candidate mentioned at least ten
// times as often as every other counts as the only one (a tagger's stray
// "Тоня Блинкен" does not keep "Блинкен" from Antony Blinken).
func (r *Registry) joinSurnames(locals []Local, fs []features, u *union) {
	full := map[string][]int{} // surname → locals with a full name
	total := map[int]int{}     // root → mentions of its set
	for i, f := range fs {
		for _, n := range f.names {
			if !slices.Contains(full[n.surname], i) {
				full[n.surname] = append(full[n.surname], i)
			}
		}
		total[u.find(i)] += locals[i].Mentions
	}
	votes := map[int]map[string]int{} // root → mentions by type
	for i := range fs {
		rt := u.find(i)
		if votes[rt] == nil {
			votes[rt] = map[string]int{}
		}
		votes[rt][locals[i].Type] += locals[i].Mentions
	}
	for i, f := range fs {
		// A lone surname whose entity is mostly something else (the "Ун"
		// that shares a key with the UN) does not bring it to a person.
		if !f.lone || majorityType(votes[u.find(i)], litopys.PER) != litopys.PER {
			continue
		}
		var roots []int
		for _, j := range full[f.key] {
			if rt := u.find(j); !slices.Contains(roots, rt) {
				roots = append(roots, rt)
			}
		}
		if len(roots) > 1 {
			slices.SortFunc(roots, func(a, b int) int { return cmp.Or(cmp.Compare(total[b], total[a]), cmp.Compare(a, b)) })
			if total[roots[0]] >= dominance*total[roots[1]] {
				roots = roots[:1]
			}
		}
		if len(roots) == 1 {
			u.union(i, roots[0], false, false)
		}
	}
}

// aliasDominance is how many times more often the local most named by an
// acronym must be mentioned than the next local named mostly by it for
// the acronym to join it. Lower than a lone surname's dominance: only
// locals whose own mentions are mostly the acronym compete, so the
// runner-up is a name the acronym also abbreviates (a satirical expansion
// of ЦРУ in one article, 9 mentions against the agency's 82), not a stray
// tagging.
const aliasDominance = 5

// dominance is how many times more often the most mentioned candidate of a
// lone surname must be mentioned than the next for the surname to join it.
const dominance = 10

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
