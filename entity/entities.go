package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// entities builds the entity list of a document from its mention groups and
// writes each mention's entity ID.
//
// A known entity's type is the entity's, except where a mention of the group
// has its type from a public list of one type (listTyped): the directory's
// type was learnt from annotations that may follow other conventions
// ("Facebook" a company in a 2017 topic, a product as a medium in 2019),
// while the list states the type of the name in every sentence.
func (r *Resolver) entities(docLang string, ms []litopys.Mention, langs []string, groups []*group, listed []string) []litopys.Entity {
	out := make([]litopys.Entity, 0, len(groups))
	for _, g := range groups {
		typ := majority(g.types)
		// The canonical name is the longest base form, the first one on a tie.
		canon := ""
		for _, i := range g.members {
			if b := ms[i].Base; len([]rune(b)) > len([]rune(canon)) {
				canon = b
			}
		}
		e := litopys.Entity{Type: typ, Name: canon, Names: map[string]string{}, Key: r.Key(canon)}
		for _, i := range g.members {
			if _, ok := e.Names[langs[i]]; !ok || len(ms[i].Base) > len(e.Names[langs[i]]) {
				e.Names[langs[i]] = ms[i].Base
			}
		}
		if g.known != nil {
			e.ID = g.known.ID
			if g.known.Type != "" {
				e.Type = g.known.Type
			}
			if t := listedType(g, listed); t != "" {
				e.Type = t
			}
			for lang, names := range g.known.Names {
				if len(names) > 0 {
					if _, ok := e.Names[lang]; !ok {
						e.Names[lang] = names[0]
					}
				}
			}
			if n := g.known.Names[docLang]; len(n) > 0 {
				e.Name = n[0]
			}
		} else {
			e.ID = typ + "-" + slug(e.Key)
		}
		seen := map[string]bool{textcase.Lower(e.Name): true}
		e.Aliases = []string{}
		for _, i := range g.members {
			b := ms[i].Base
			if !seen[textcase.Lower(b)] {
				seen[textcase.Lower(b)] = true
				e.Aliases = append(e.Aliases, b)
			}
		}
		sort.Strings(e.Aliases)
		for _, i := range g.members {
			ms[i].Entity = e.ID
			// One entity, one type: a known entity's type wins over the
			// tagger's reading of one mention ("Кремлі" is the Kremlin, an
			// organisation, not a place).
			ms[i].Type = e.Type
		}
		out = append(out, e)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}

// listedType returns the type the public lists give the mentions of g, ""
// when none has one or they disagree.
func listedType(g *group, listed []string) string {
	t := ""
	for _, i := range g.members {
		switch {
		case listed[i] == "":
		case t == "":
			t = listed[i]
		case t != listed[i]:
			return ""
		}
	}
	return t
}

func majority(types map[string]int) string {
	best, n := "", -1
	for _, t := range []string{litopys.PER, litopys.LOC, litopys.ORG, litopys.EVT, litopys.PRO} {
		if types[t] > n {
			best, n = t, types[t]
		}
	}
	return best
}

// voteNames gives the groups of a document that are one name typed
// several ways one type: the tagger reads a name by its sentence ("Ryanair"
// a company in one, a product in the next), while a document means one
// thing by one name. A numbered name joins the name it numbers when that
// has more than one word ("Северный поток-2", "Северный поток – 1" and
// "Северный поток" name things of one kind; a one-word name with a number
// is often a maker's model, "Boeing 737", which is not its maker). The
// pooled mentions decide by a strict majority; on a tie each group keeps
// its type. A group linked to a directory entry takes the entry's type
// (entities) and takes no part.
func voteNames(info []nameInfo, groups []*group) {
	byName := map[string][]*group{}
	var order []string
	for _, g := range groups {
		if g.known != nil {
			continue
		}
		name := info[g.members[0]].lower
		if stem, num := seriesStem(name); num && strings.Contains(stem, " ") {
			name = stem
		}
		if byName[name] == nil {
			order = append(order, name)
		}
		byName[name] = append(byName[name], g)
	}
	for _, name := range order {
		gs := byName[name]
		if len(gs) < 2 {
			continue
		}
		pooled := map[string]int{}
		for _, g := range gs {
			for t, n := range g.types {
				pooled[t] += n
			}
		}
		t := majority(pooled)
		tie := false
		for o, n := range pooled {
			tie = tie || o != t && n == pooled[t]
		}
		if tie {
			continue
		}
		for _, g := range gs {
			n := 0
			for _, c := range g.types {
				n += c
			}
			g.types = map[string]int{t: n}
		}
	}
}

// slug turns a match key into the tail of an entity ID: letters and digits,
// words joined by "-".
func slug(key string) string {
	f := strings.FieldsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range f {
		f[i] = textcase.Lower(w)
	}
	if len(f) == 0 {
		return "x"
	}
	return strings.Join(f, "-")
}
