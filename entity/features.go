package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/litopys/litopys"
)

// features are what clustering compares of a local.
type features struct {
	known string   // the gazetteer id, if the local is one
	keys  []string // match keys that join locals: of its main name (gazetteer: of its canonical names)
	full  []string // those of keys that are keys of names of several words
	// full names of a person: keys of the given name (one letter for an
	// initial) and of the surname, one pair per spelling
	names []fullName
	lone  bool   // a lone surname (a person known by one word)
	key   string // key of the lone word
}

func (f features) fullKey(k string) bool { return slices.Contains(f.full, k) }

// describeLocal derives the features of l. A gazetteer id is described by
// the gazetteer's canonical names, which corpus noise cannot change.
func (r *Registry) describeLocal(l *Local) features {
	var f features
	var main []string // names that define the local
	if r.Known != nil {
		if k, ok := r.Known(l.ID); ok {
			f.known = l.ID
			for _, lang := range []string{"en", "ru", "uk"} {
				if ns := k.Names[lang]; len(ns) > 0 {
					main = append(main, ns[0])
				}
			}
		}
	}
	if f.known == "" {
		if n, ok := mainName(l, r.Key); ok {
			main = append(main, n)
		}
	}
	for _, n := range main {
		k := r.Key(n)
		if k == "" || slices.Contains(f.keys, k) {
			continue
		}
		f.keys = append(f.keys, k)
		if len(personWords(n)) > 1 {
			f.full = append(f.full, k)
		}
	}
	if l.Type != litopys.PER {
		return f
	}
	for _, n := range main {
		w := personWords(n)
		switch {
		case len(w) > 1:
			fn := fullName{given: r.Key(w[0]), surname: r.Key(w[len(w)-1])}
			if initial(w[0]) {
				fn.given = firstLetter(fn.given)
			}
			if fn.given != "" && fn.surname != "" && !slices.Contains(f.names, fn) {
				f.names = append(f.names, fn)
			}
		case len(w) == 1 && f.known == "" && !initial(w[0]):
			f.lone, f.key = true, r.Key(w[0])
		}
	}
	return f
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
// agree when their consonants are the same and they start alike (both with
// a vowel or with the same letter): Энтони/Antony/Ентоні, Майк/Mike, but
// not Анна/Нина or Иван/Иванка.
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
	return consonants(a) == consonants(b) && consonants(a) != ""
}

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func consonants(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if !vowel(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// union is a union-find over locals that refuses to join two gazetteer
// entries or locals an analyst split apart, unless forced.
type union struct {
	parent []int
	known  map[int]string // root → gazetteer id of the set, if any
	split  map[int]int    // local → split group (Rules.Split index + 1)
	splits map[int][]int  // root → split groups in the set
}

func newUnion(n int) *union {
	u := &union{parent: make([]int, n), known: map[int]string{}, split: map[int]int{}, splits: map[int][]int{}}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of a and b. Unless forced it refuses sets with
// different split groups and, unless knownOK, sets holding different
// gazetteer entries.
func (u *union) union(a, b int, force, knownOK bool) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return true
	}
	ga, gb := u.groups(ra), u.groups(rb)
	if !force {
		if (len(ga) > 0 || len(gb) > 0) && !slices.Equal(ga, gb) {
			return false
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
	u.splits[ra] = mergeSorted(ga, gb)
	return true
}

// groups returns the split groups of the set with root r.
func (u *union) groups(r int) []int {
	if g, ok := u.splits[r]; ok {
		return g
	}
	if g := u.split[r]; g != 0 {
		return []int{g}
	}
	return nil
}

func mergeSorted(a, b []int) []int {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

func byMentions(a, b Name) int {
	return cmp.Or(cmp.Compare(b.N, a.N), strings.Compare(a.Text, b.Text))
}
