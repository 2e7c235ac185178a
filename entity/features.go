package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// features are what clustering compares of a local.
type features struct {
	known string   // the gazetteer id, if the local is one
	en    string   // key of the gazetteer's English name, if it has one
	keys  []string // match keys that join locals: of its main name (gazetteer: of its canonical names)
	full  []string // those of keys that are keys of names of several words
	// weak are keys that join locals of one type and never two gazetteer
	// entries: the key of a one-word alias that makes a large share of a
	// name's mentions ("МОК" of the Olympic committee), and the stem key of
	// a name of several words ("Верховный рад" = "Верховная рада").
	weak []string
	// alias is the key of the one-word name a local is mentioned by most
	// ("МОК" of the Olympic committee) when it is not its own key.
	alias, aliasLang string
	// full names of a person: keys of the given name (one letter for an
	// initial) and of the surname, one pair per spelling
	names []fullName
	club  string // key of the name of a club named with its kind ("ФК «Зенит»": of Зенит)
	// sounds are the sound keys of its names of two words read as a
	// person's (personSound); latin whether its main name is in Latin
	// letters
	sounds []string
	latin  bool
	lang   string // the language of its main name
	lone   bool   // a lone surname (a person known by one word)
	key    string // key of the lone word
	bare   string // bareKey of a local named by a bare institution name alone
	legal  string // key of a company's name without its legal form ("Uniper SE": of Uniper)
	exonym string // for a gazetteer entry, the other entry the exonyms give its name to
	// words are the match keys of the words of its main names of several
	// words, one list per name (joinPrefixes); ends the keys of the last
	// words of those in Latin letters, when a space sets them apart
	// (joinLatinHeads: not "Air France-KLM")
	words [][]string
	ends  []string
}

func (f features) fullKey(k string) bool { return slices.Contains(f.full, k) }

// describeLocal derives the features of l. A gazetteer id is described by
// the gazetteer's canonical names, which corpus noise cannot change.
func (r *Registry) describeLocal(l *Local) features {
	var f features
	var main []string  // names that define the local
	var langs []string // their languages
	if r.Known != nil {
		if k, ok := r.Known(l.ID); ok {
			f.known = l.ID
			for _, lang := range []string{"en", "ru", "uk"} {
				// A bare institution name is no name of one institution,
				// and an event or product meets other locals only by a
				// name of several words ("Олимпиада" is every Games).
				if ns := k.Names[lang]; len(ns) > 0 && !bareInstitution(ns[0]) &&
					(k.Type != litopys.EVT && k.Type != litopys.PRO || len(strings.Fields(ns[0])) > 1) {
					main = append(main, ns[0])
					langs = append(langs, lang)
				}
			}
			if ns := k.Names["en"]; len(ns) > 0 {
				f.en = r.Key(ns[0])
			}
			f.keys = append(f.keys, "id:"+l.ID)
			// Its other names of several words meet, within its type, the
			// locals a document named by them and never found in the
			// gazetteer (a lemma slip: "Європейський Союз" of the EU whose
			// Ukrainian name is "ЄС"); a person's aliases learnt from
			// annotations are not trusted so ("Т.Мей" under Donald Trump).
			if k.Type != litopys.PER {
				for _, lang := range []string{"en", "ru", "uk"} {
					for _, n := range k.Names[lang] {
						if len(strings.Fields(n)) > 1 && !bareInstitution(n) {
							if key := r.Key(n); key != "" && !slices.Contains(f.weak, key) {
								f.weak = append(f.weak, key)
							}
						}
					}
				}
			}
		}
	}
	if f.known == "" {
		if n, ok := mainName(l, r.Key); ok {
			main = append(main, n)
			langs = append(langs, nameLang(l, n))
		}
	}
	for _, n := range main {
		k := r.Key(n)
		if k == "" || slices.Contains(f.keys, k) {
			continue
		}
		f.keys = append(f.keys, k)
		if id, ok := exonyms[k]; ok && !slices.Contains(f.keys, "id:"+id) {
			f.keys = append(f.keys, "id:"+id)
			if f.known != "" {
				f.exonym = id
			}
		}
		if len(personWords(n)) > 1 {
			f.full = append(f.full, k)
		}
	}
	if l.Type != litopys.PER {
		// A title without its article ("The Times") is the name alone; a
		// company without its legal form ("Uniper SE", "BBC Ltd") is the
		// organisation of that name (joinLegal).
		for _, n := range main {
			if k, strong := r.plainKey(n); k != "" && strong && !slices.Contains(f.keys, k) {
				f.keys = append(f.keys, k)
			} else if k != "" && !strong && f.known != "" && l.Type == litopys.ORG && f.legal == "" {
				f.legal = k
			}
		}
	}
	for _, n := range main {
		if ws := nameWords(n); len(ws) > 1 && l.Type != litopys.PER {
			ks := make([]string, len(ws))
			for i, w := range ws {
				ks[i] = r.Key(w)
			}
			f.words = append(f.words, ks)
			if fs := strings.Fields(n); len(fs) > 1 && latinWord(strings.Join(fs, "")) && !strings.Contains(fs[len(fs)-1], "-") {
				f.ends = append(f.ends, r.Key(fs[len(fs)-1]))
			}
		}
	}
	for _, n := range main {
		if k := r.personSound(n); k != "" && !slices.Contains(f.sounds, k) {
			f.sounds = append(f.sounds, k)
		}
	}
	f.latin = len(main) > 0 && f.known == "" && latinWord(strings.ReplaceAll(main[0], " ", ""))
	if len(langs) > 0 {
		f.lang = langs[0]
	}
	if id, ok := r.demonymOf(l); ok {
		// Its people are the country's mentions, not a person's name.
		f.keys = append(f.keys, "id:"+id)
		return f
	}
	if l.Type == litopys.ORG {
		// An institution of a country, by any of the names that say so
		// (a document's "МЗС" grouped with its "МЗС Великої Британії").
		names, nl := main, langs
		if f.known == "" {
			names, nl = nil, nil
			for _, n := range l.Names {
				names, nl = append(names, n.Text), append(nl, n.Lang)
			}
		}
		for i, n := range names {
			if k := r.institutionKey(n, nl[i]); k != "" && !slices.Contains(f.keys, k) {
				f.keys = append(f.keys, k)
				f.full = append(f.full, k)
			}
			if k := r.ownerKey(n, nl[i]); k != "" && f.known == "" && !slices.Contains(f.keys, k) {
				f.keys = append(f.keys, k)
			}
		}
	}
	if l.Type == litopys.ORG && f.known == "" && len(main) > 0 {
		f.bare = r.bareKey(main[0])
	}
	if l.Type == litopys.ORG && f.known == "" && len(main) > 0 {
		// A club named with its kind ("ФК «Зенит»", "FC Tosno") meets
		// the organisation named by the name alone (joinClubs).
		f.club = r.clubKey(main[0])
	}
	if l.Type != litopys.PER && f.known == "" && len(main) > 0 {
		// A Ukrainian name meets its Russian translation: by the
		// gazetteer's id of the translation, or its key within the type.
		for _, k := range r.translationKeys(l, main[0], langs[0]) {
			if strings.HasPrefix(k, "id:") && !slices.Contains(f.keys, k) {
				f.keys = append(f.keys, k)
			} else if !slices.Contains(f.weak, k) && !slices.Contains(f.keys, k) {
				f.weak = append(f.weak, k)
			}
		}
	}
	if l.Type != litopys.PER {
		for _, n := range main {
			for _, sk := range append([]string{r.stemKey(n), r.pluralKey(n), r.devoicedKey(n), r.skeletonKey(n), r.caseKey(n), r.endingKey(n)}, r.vowelKeys(n, 6)...) {
				if sk != "" && !slices.Contains(f.weak, sk) {
					f.weak = append(f.weak, sk)
				}
			}
		}
		// The acronym a local is named by most is a weak key of it.
		// (A bare institution name only for a bare institution: "ВС"
		// is not the US armed forces.)
		// A word of the local's own longer name is no acronym of it: the
		// bare "Комиссия" a document uses for its "Европейская комиссия"
		// would draw every other commission's bare "Комиссия" to it.
		if top, ok := topName(l); ok && top.N >= 3 && len(strings.Fields(top.Text)) == 1 && !wordOfName(l, top.Text) &&
			(!bareInstitution(top.Text) || len(main) > 0 && bareInstitution(main[0])) {
			if k := r.Key(top.Text); k != "" && !slices.Contains(f.keys, k) {
				f.alias, f.aliasLang = k, top.Lang
			}
		}
		return f
	}
	for _, n := range main {
		w := personWords(n)
		switch {
		case len(w) > 1:
			fn := fullName{given: r.Key(w[0]), surname: softKey(r.Key(w[len(w)-1]))}
			if initial(w[0]) {
				fn.given = firstLetter(fn.given)
			}
			if fn.given != "" && fn.surname != "" && !slices.Contains(f.names, fn) {
				f.names = append(f.names, fn)
			}
		case len(w) == 1 && f.known == "" && !initial(w[0]):
			f.lone, f.key = true, softKey(r.Key(w[0]))
			// A long lone name meets its spellings that differ in one
			// vowel, among persons (Мухаммед, Мухаммад).
			f.weak = append(f.weak, r.vowelKeys(w[0], 7)...)
		}
	}
	return f
}

// topName is the name a local is mentioned by most.
// wordOfName reports whether w is a word of one of l's names of several
// words, whatever the case.
func wordOfName(l *Local, w string) bool {
	for _, n := range l.Names {
		if ws := nameWords(n.Text); len(ws) > 1 && slices.ContainsFunc(ws, func(x string) bool { return strings.EqualFold(x, w) }) {
			return true
		}
	}
	return false
}

func topName(l *Local) (Name, bool) {
	var best Name
	for _, n := range l.Names {
		if n.N > best.N || n.N == best.N && n.Text < best.Text {
			best = n
		}
	}
	return best, best.N > 0
}

// softKey drops a surname key's final i, which the base forms of one name
// gain or lose ("Саакашвили"/"Саакашвиль", "Зеленский"/"Зеленськ…"); the
// gendered pair Зеленский/Зеленская stays apart.
func softKey(k string) string {
	if len(k) > 4 && k[len(k)-1] == 'i' {
		return k[:len(k)-1]
	}
	return k
}

// stemKey is the key of a name of several words with each word's final
// vowel dropped, so that a name and a badly declined form of it meet
// ("Верховная рада", "Верховный рад"); "" for one word.
func (r *Registry) stemKey(name string) string {
	return r.wordsKey("stem:", name, func(k string) string {
		for len(k) > 3 && vowel(k[len(k)-1]) {
			k = k[:len(k)-1]
		}
		return k
	})
}

// wordsKey is prefix and the keys of the words of a name of several words,
// each cut by cut; "" for one word.
func (r *Registry) wordsKey(prefix, name string, cut func(key string) string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	b.WriteString(prefix)
	for _, w := range words {
		b.WriteString(cut(r.Key(w)))
		b.WriteByte(' ')
	}
	return b.String()
}

// pluralKey is the key of a name whose long words lose a plural case ending,
// so that the forms of a plural name kept as written meet ("Нидерланды",
// "Нидерландов", "Нидерландах"); "" when no word has one.
func (r *Registry) pluralKey(name string) string {
	var b strings.Builder
	cut := false
	for _, w := range strings.Fields(name) {
		k := r.Key(w)
		if len(k) >= 7 {
			for _, e := range []string{"ami", "ah", "am", "ov", "ev", "ih", "ei", "i"} {
				if strings.HasSuffix(k, e) {
					k, cut = k[:len(k)-len(e)], true
					break
				}
			}
		}
		b.WriteString(k)
		b.WriteByte(' ')
	}
	if !cut {
		return ""
	}
	return "pl:" + b.String()
}

// devoicedKey is the key of a one-word name of at least six letters with
// its voiced consonants as their voiceless pairs, so that spellings that
// differ in voicing meet (Брекзит/Брексит, Джабхад/Джабхат); "" when it
// has none.
func (r *Registry) devoicedKey(name string) string {
	if len(strings.Fields(name)) != 1 {
		return ""
	}
	k := r.Key(name)
	if len(k) < 6 {
		return ""
	}
	d := strings.Map(func(c rune) rune {
		if i := strings.IndexRune("zdbv", c); i >= 0 {
			return rune("stpf"[i])
		}
		return c
	}, k)
	return "dv:" + d
}

// vowelKeys are the keys of a one-word name of at least seven letters of
// key with one of its vowels masked, so that spellings that differ in one
// vowel meet ("Палестина", "Палистина") and names that differ in more, or
// short ones (Франке, Франко), do not. With least 6, names of six letters
// have them too, for an inner vowel between consonants (Пенджаб, Панджаб;
// not for persons: Іванів is not Иванов).
func (r *Registry) vowelKeys(name string, least int) []string {
	if len(strings.Fields(name)) != 1 {
		return nil
	}
	k := r.Key(name)
	if len(k) < least {
		return nil
	}
	var out []string
	for i := 0; i < len(k); i++ {
		// Six letters only with an inner vowel masked between
		// consonants (Пенджаб, Панджаб): a final one is a case ending.
		if vowel(k[i]) && (len(k) >= 7 || i > 0 && i < len(k)-1 && !vowel(k[i-1]) && !vowel(k[i+1])) {
			out = append(out, "cv:"+k[:i]+"*"+k[i+1:])
		}
	}
	return out
}

// cognates spell Russian adjective suffixes, as match keys write them, the
// way their Ukrainian cognates are.
var cognates = strings.NewReplacer("chesk", "chn", "zsk", "zk")

// endingKey is the key of a one-word name without its final vowels, at
// least six letters left, so that a foreign name and the form the
// lemmatiser gave it a vowel too many ("Пешавара" from "Пешаваре") meet;
// "" otherwise.
func (r *Registry) endingKey(name string) string {
	if len(strings.Fields(name)) != 1 {
		return ""
	}
	k := r.Key(name)
	for len(k) > 0 && vowel(k[len(k)-1]) {
		k = k[:len(k)-1]
	}
	if len(k) < 6 {
		return ""
	}
	return "fv:" + k
}

// fullName is a person's name as keys of its first and last word.
type fullName struct{ given, surname string }

// mainName is the name that defines a local made from a match key: the
// name with that key mentioned most, else its name mentioned most.
func mainName(l *Local, key func(string) string) (string, bool) {
	best, bestN, found := "", -1, false
	for _, n := range l.Names {
		if key(n.Text) == l.Key && n.N > bestN {
			best, bestN, found = n.Text, n.N, true
		}
	}
	if found {
		return best, true
	}
	for _, n := range l.Names {
		if n.N > bestN {
			best, bestN, found = n.Text, n.N, true
		}
	}
	return best, found
}

// nameLang is the language l was most mentioned by the name text in.
func nameLang(l *Local, text string) string {
	lang, best := "", 0
	for _, n := range l.Names {
		if n.Text == text && n.N > best {
			lang, best = n.Lang, n.N
		}
	}
	return lang
}

// personWords splits a person's name into words at spaces, hyphens and the
// dot after an initial ("Т.Мей" is "Т" and "Мей").
func personWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == '\u00a0' })
}

// initial reports whether a word is one letter (an initial).
func initial(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n == 1
}

func firstLetter(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// givenAgree reports whether two given-name keys name one person: an
// initial agrees with the name it starts ("t" with "tereza"); full names
// agree when they have the same consonants in the same pattern of vowels
// and consonants and start alike (both with a vowel or with the same
// letter): Энтони/Antony/Ентоні, but not Анна/Нина, Иван/Иванка or
// Марина/Марион.
func givenAgree(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	if a == b {
		return true
	}
	if !(a[0] == b[0] || vowel(a[0]) && vowel(b[0])) {
		return false
	}
	return consonants(a) == consonants(b) && consonants(a) != "" && strings.TrimSuffix(shape(a), "v") == strings.TrimSuffix(shape(b), "v")
}

// shape is the pattern of vowels (v) and consonants (c) of a key: Энтони
// and Antony share it, Марина and Марион do not (a final vowel, which
// base forms gain or lose — Ангел/Ангела — is not compared).
func shape(s string) string {
	b := []byte(s)
	for i := range b {
		if vowel(b[i]) {
			b[i] = 'v'
		} else {
			b[i] = 'c'
		}
	}
	return string(b)
}

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// consonants returns the consonants of a key, voiced ones as their
// voiceless pairs (Асия/Азия).
func consonants(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if vowel(c) {
			continue
		}
		if v := strings.IndexByte("zdbv", c); v >= 0 {
			c = "stpf"[v]
		}
		b.WriteByte(c)
	}
	return b.String()
}

// union is a union-find over locals that refuses to join two gazetteer
// entries or two sides of an analyst's split, unless forced.
type union struct {
	parent []int
	known  map[int]string        // root → gazetteer id of the set, if any
	sides  map[int]map[int]uint8 // root → split rule → sides present (1 off, 2 rest)
}

func newUnion(n int) *union {
	u := &union{parent: make([]int, n), known: map[int]string{}, sides: map[int]map[int]uint8{}}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

// side returns the split sides of the set of i (a root before any union).
func (u *union) side(i int) map[int]uint8 {
	if u.sides[i] == nil {
		u.sides[i] = map[int]uint8{}
	}
	return u.sides[i]
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of a and b. Unless forced it refuses to put both
// sides of a split in one set and, unless knownOK, two gazetteer entries.
func (u *union) union(a, b int, force, knownOK bool) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return true
	}
	if !force {
		for g, s := range u.sides[ra] {
			if s|u.sides[rb][g] == 3 {
				return false
			}
		}
		if !knownOK && u.known[ra] != "" && u.known[rb] != "" && u.known[ra] != u.known[rb] {
			return false
		}
	}
	if ra > rb {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.known[ra] == "" {
		u.known[ra] = u.known[rb]
	}
	for g, s := range u.sides[rb] {
		u.side(ra)[g] |= s
	}
	return true
}

func byMentions(a, b Name) int {
	return cmp.Or(cmp.Compare(b.N, a.N), strings.Compare(a.Text, b.Text))
}

// Keys returns the match keys by which l can meet other locals: the keys
// of its names, the surnames of its full names, its lone surname. A store
// indexes locals by them to find the neighbourhood a new local is
// clustered in.
func (r *Registry) Keys(l Local) []string {
	f := r.describeLocal(&l)
	out := slices.Clone(f.keys)
	for _, n := range f.names {
		out = append(out, n.surname)
	}
	if f.lone {
		out = append(out, f.key)
	}
	out = append(out, f.weak...)
	if f.club != "" {
		out = append(out, f.club) // the club meets its name's locals (joinClubs, homonyms)
	}
	if f.alias != "" {
		out = append(out, f.alias)
	}
	// A bare institution meets the institutions of countries named by it
	// (joinBare).
	for _, k := range f.keys {
		if strings.HasPrefix(k, "inst:") {
			out = append(out, k[:strings.IndexByte(k, '@')+1])
		}
	}
	if f.bare != "" {
		out = append(out, f.bare)
	}
	if f.legal != "" {
		out = append(out, f.legal)
	}
	// A name cut short meets the names it begins (joinPrefixes), a Latin
	// word the Latin names it ends (joinLatinHeads).
	for _, ws := range f.words {
		for n := max(2, len(ws)-maxPrefixCut); n <= len(ws); n++ {
			out = append(out, "w:"+strings.Join(ws[:n], " "))
		}
	}
	for _, e := range f.ends {
		out = append(out, "end:"+e)
	}
	if f.latin && len(f.words) == 0 && len(f.keys) > 0 {
		out = append(out, "end:"+f.keys[0])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// clubKinds are the words and abbreviations that say a name is a sports
// club's, before the name itself ("ФК «Зенит»", "Футбольный клуб «Урал»").
var clubKinds = map[string]bool{
	"фк": true, "пфк": true, "хк": true, "fc": true, "fk": true, "cf": true, "ac": true,
	"футбольный клуб": true, "футбольний клуб": true, "хоккейный клуб": true, "хокейний клуб": true,
	"football club": true,
}

// clubKey is the key of a club's name without the word for its kind
// ("ФК «Краснодар»" → the key of Краснодар); "" when the name has none.
func (r *Registry) clubKey(name string) string {
	ws := strings.Fields(strings.Map(func(c rune) rune {
		if isQuote(string(c)) {
			return ' '
		}
		return c
	}, name))
	for n := 1; n <= 2 && n < len(ws); n++ {
		if clubKinds[textcase.Lower(strings.Join(ws[:n], " "))] {
			return r.Key(strings.Join(ws[n:], " "))
		}
	}
	return ""
}

// skeletonKey is the key of a name of several words by the consonants of
// each word alone — doubled ones once, a Latin spelling's digraphs read
// as Cyrillic writes them; voicing is kept (Східна Європа is not Західна
// Європа) — so that the transcriptions of
// one foreign name meet: "Техрик-э-Лабаик Пакистан", "Техрик-и-Лаббаик
// Пакистан", "Tehreek-e-Labbaik Pakistan". Only names of at least
// skeletonConsonants consonants in all, whose words each keep one, have
// one: short names of one consonant pattern are many.
func (r *Registry) skeletonKey(name string) string {
	words := strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == '-' || c == '\u00a0' })
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	b.WriteString("sk:")
	n := 0
	for _, w := range words {
		k := r.Key(w)
		if latinWord(w) {
			k = latinSounds.Replace(k)
		}
		kept := skeleton(k, "")
		if isAcronym(w) {
			kept = []byte(k) // ВВС is not ВС
		}
		if len(kept) == 0 {
			if len(k) > 2 {
				return ""
			}
			continue // a linking vowel ("-э-", "-e-")
		}
		n += len(kept)
		b.Write(kept)
		b.WriteByte(' ')
	}
	if n < skeletonConsonants {
		return ""
	}
	return b.String()
}

// skeleton returns the consonants of a match key, y and the letters of
// drop left out and a doubled letter written once.
func skeleton(key, drop string) []byte {
	var out []byte
	for i := 0; i < len(key); i++ {
		if c := key[i]; !vowel(c) && c != 'y' && strings.IndexByte(drop, c) < 0 && (len(out) == 0 || out[len(out)-1] != c) {
			out = append(out, c)
		}
	}
	return out
}

// skeletonConsonants is the fewest consonants a name's skeleton key needs.
const skeletonConsonants = 6

// latinSounds reads the letter groups of a Latin spelling as the Cyrillic
// transcription writes them (Luchterhandt: Лухтерхандт, Locher: Лохер).
var latinSounds = strings.NewReplacer("sch", "sh", "ch", "h", "ck", "k", "ph", "f", "th", "t", "w", "v", "x", "ks", "q", "k",
	"ce", "se", "ci", "si", "c", "k")

// latinWord reports whether w is written in Latin letters.
func latinWord(w string) bool {
	latin := false
	for _, c := range w {
		if unicode.IsLetter(c) {
			if !unicode.Is(unicode.Latin, c) {
				return false
			}
			latin = true
		}
	}
	return latin
}

// personSound is the key of a name of two words (a given name and a
// surname) by the consonants of each, a Latin spelling's digraphs read as
// Cyrillic writes them, h and j left out (silent, or х and й of one
// transcription and not another) and the given name's first letter kept:
// "Martin Locher" and "Мартин Лохер", "Dieter Kempf" and "Дітер Кемпф",
// "Boris Johnson" and "Борис Джонсон" have one. "" for other names.
func (r *Registry) personSound(name string) string {
	w := personWords(name)
	if len(w) != 2 || initial(w[0]) {
		return ""
	}
	var parts [2]string
	for i, word := range w {
		k := r.Key(word)
		if latinWord(word) {
			k = latinSounds.Replace(k)
		}
		b := skeleton(k, "hj")
		if len(b) == 0 {
			return ""
		}
		parts[i] = string(b)
	}
	if len(parts[0])+len(parts[1]) < 4 {
		return ""
	}
	return "ps:" + firstLetter(latinSounds.Replace(r.Key(w[0]))) + parts[0] + " " + parts[1]
}

// caseKey is the key of a name of several words with every word's case
// ending cut (to a stem of at least four letters), so that the cases of a
// name kept as written meet ("Соединённые Штаты Америки", "Соединённых
// Штатов Америки", "Сполученим Штатам"), and the Russian adjective
// suffixes spelt as their Ukrainian cognates ("Демократическая партия",
// "Демократична партія"); "" for one word.
func (r *Registry) caseKey(name string) string {
	return r.wordsKey("case:", name, func(k string) string {
		k = cognates.Replace(k)
		for _, e := range caseEndings {
			if len(k)-len(e) >= 4 && strings.HasSuffix(k, e) {
				return k[:len(k)-len(e)]
			}
		}
		return k
	})
}

// caseEndings are the case endings of Russian and Ukrainian adjectives and
// nouns as match keys spell them, longest first.
var caseEndings = []string{"imi", "ami", "iami", "ogo", "oho", "omu", "ie", "ih", "im", "ii", "oi", "ei", "ov", "ev", "iv", "am", "ah", "om", "em",
	"a", "e", "i", "o", "u"}

// legalForms are the words for a company's legal form that lead or end its
// name ("ОАО «Газпром»", "Uniper SE", "Royal Dutch Shell plc"), and the
// English article that leads a title ("The Times"), compared lower-cased
// without dots.
var legalForms = wordSet(`ag se sa plc ltd gmbh bv nv inc corp llc`)

// plainKey is the key of a name of several words without the legal forms
// and article at its ends and without quotes ("Uniper SE" → Uniper, "ВАТ
// «Газпром»" → Газпром, "The Telegraph" → Telegraph); "" when it has none
// or nothing else. Strong when only a leading article was dropped.
func (r *Registry) plainKey(name string) (string, bool) {
	ws := strings.Fields(strings.Map(func(c rune) rune {
		if isQuote(string(c)) {
			return ' '
		}
		return c
	}, name))
	legal := func(w string) bool { return legalForms[textcase.Lower(strings.ReplaceAll(w, ".", ""))] }
	n := len(ws)
	strong := len(ws) > 1 && strings.EqualFold(ws[0], "the")
	if strong {
		ws = ws[1:]
	}
	for len(ws) > 1 && legal(ws[0]) {
		ws, strong = ws[1:], false
	}
	for len(ws) > 1 && legal(ws[len(ws)-1]) {
		ws, strong = ws[:len(ws)-1], false
	}
	if len(ws) == n {
		return "", false
	}
	return r.Key(strings.Join(ws, " ")), strong
}
