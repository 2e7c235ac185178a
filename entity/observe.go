package entity

import (
	"slices"
	"strings"

	"github.com/litopys/litopys"
)

// LocalsOf returns what a document says of each entity it names: its id,
// type and key, and the base forms of its mentions with their count, in the
// document's language. The result is sorted by id.
func LocalsOf(doc *litopys.Document) []Local {
	byID := map[string]*Local{}
	var out []*Local
	for _, e := range doc.Entities {
		if e.ID == "" || byID[e.ID] != nil {
			continue
		}
		l := &Local{ID: e.ID, Type: e.Type, Key: e.Key}
		byID[e.ID] = l
		out = append(out, l)
	}
	lang := doc.Lang
	if lang == "" {
		lang = "other"
	}
	for _, m := range doc.Mentions {
		l := byID[m.Entity]
		if l == nil {
			continue
		}
		l.Mentions++
		base := strings.TrimSpace(m.Base)
		if base == "" {
			continue
		}
		if k := slices.IndexFunc(l.Names, func(n Name) bool { return n.Text == base }); k >= 0 {
			l.Names[k].N++
		} else {
			l.Names = append(l.Names, Name{Lang: lang, Text: base, N: 1})
		}
	}
	res := make([]Local, 0, len(out))
	for _, l := range out {
		if l.Mentions > 0 {
			res = append(res, *l)
		}
	}
	slices.SortFunc(res, func(a, b Local) int { return strings.Compare(a.ID, b.ID) })
	return res
}

// MergeLocals adds up locals with the same id (mentions and name counts),
// keeping the first type and key. The result is sorted by id.
func MergeLocals(ls []Local) []Local {
	byID := map[string]int{}
	var out []Local
	for _, l := range ls {
		i, ok := byID[l.ID]
		if !ok {
			byID[l.ID] = len(out)
			c := l
			c.Names = slices.Clone(l.Names)
			out = append(out, c)
			continue
		}
		o := &out[i]
		o.Mentions += l.Mentions
		if o.Key == "" {
			o.Key = l.Key
		}
		o.Names = append(o.Names, l.Names...)
	}
	for i := range out {
		out[i].Names = sumNames(out[i].Names)
	}
	slices.SortFunc(out, func(a, b Local) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// Assignments maps every member of the entities to its entity's id.
func Assignments(cs []Canonical) map[string]string {
	out := map[string]string{}
	for _, c := range cs {
		for _, m := range c.Members {
			out[m] = c.ID
		}
	}
	return out
}
