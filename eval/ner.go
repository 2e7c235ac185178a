package eval

import (
	"sort"
)

// NERReport is the result of ScoreNER. Languages has one entry per language
// of the gold documents and "all" for all of them together.
type NERReport struct {
	Languages map[string]LangReport `json:"languages"`
	// Linking is LEA over the correctly recognised mentions of all documents
	// in all languages (see the package doc).
	Linking LinkReport `json:"linking"`
	// LinkingEndToEnd is LEA over all gold and all system mentions, so that
	// missed and spurious mentions count against it too.
	LinkingEndToEnd LinkReport `json:"linking_end_to_end"`
	// CrossLingual is the official BSNLP cross-lingual matching score (3c):
	// end to end, mentions as (document, form) whatever their type.
	CrossLingual CrossLingualReport `json:"cross_lingual_3c"`
	// UnmatchedSystem counts system documents with no gold document.
	UnmatchedSystem int `json:"unmatched_system_documents"`
}

// LangReport holds the recognition and normalisation scores of one language.
type LangReport struct {
	Documents        int            `json:"documents"`
	RelaxedPartial   PRF            `json:"relaxed_partial"`
	RelaxedExact     PRF            `json:"relaxed_exact"`
	Strict           PRF            `json:"strict"`
	PerType          map[string]PRF `json:"per_type"`
	BaseFormAccuracy float64        `json:"base_form_accuracy"`
	BaseForms        Accuracy       `json:"base_forms"`
	// EntityRelaxedPartial and EntityRelaxedExact are the official BSNLP
	// relaxed modes: recall over gold entities (ids) of each document.
	EntityRelaxedPartial PRF        `json:"entity_relaxed_partial"`
	EntityRelaxedExact   PRF        `json:"entity_relaxed_exact"`
	Linking              LinkReport `json:"linking"`
}

// Accuracy is a share with its counts.
type Accuracy struct {
	Accuracy float64 `json:"accuracy"`
	Correct  int     `json:"correct"`
	Total    int     `json:"total"`
}

func newAccuracy(correct, total int) Accuracy {
	return Accuracy{Accuracy: ratio(correct, total), Correct: correct, Total: total}
}

// docScore is what one document contributes to a LangReport.
type docScore struct {
	partial, exact, strict PRF
	perType                map[string]PRF
	baseOK, baseAll        int
	entPartial, entExact   PRF
}

// ScoreNER scores system documents against gold documents with the same
// key (see the package doc for the definitions). A gold document without a
// system document counts as one where nothing was found.
func ScoreNER(gold, system map[string]Doc) NERReport {
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	rep := NERReport{Languages: map[string]LangReport{}}
	links := map[string]*linkSet{"all": newLinkSet()}
	add := func(lang string, s docScore) {
		r := rep.Languages[lang]
		if r.PerType == nil {
			r.PerType = make(map[string]PRF, len(Types))
			for _, t := range Types {
				r.PerType[t] = PRF{}
			}
		}
		r.Documents++
		r.RelaxedPartial = r.RelaxedPartial.Add(s.partial)
		r.RelaxedExact = r.RelaxedExact.Add(s.exact)
		r.Strict = r.Strict.Add(s.strict)
		for t, p := range s.perType {
			r.PerType[t] = r.PerType[t].Add(p)
		}
		r.BaseForms = newAccuracy(r.BaseForms.Correct+s.baseOK, r.BaseForms.Total+s.baseAll)
		r.BaseFormAccuracy = r.BaseForms.Accuracy
		r.EntityRelaxedPartial = r.EntityRelaxedPartial.Add(s.entPartial)
		r.EntityRelaxedExact = r.EntityRelaxedExact.Add(s.entExact)
		rep.Languages[lang] = r
	}
	for _, k := range keys {
		g := gold[k]
		s := system[k]
		gu, su := units(g.Mentions), units(s.Mentions)
		ds := scoreDoc(gu, su)
		add(g.Lang, ds)
		add("all", ds)
		if links[g.Lang] == nil {
			links[g.Lang] = newLinkSet()
		}
		links[g.Lang].addDoc(k, gu, su)
		links["all"].addDoc(k, gu, su)
	}
	for k := range system {
		if _, ok := gold[k]; !ok {
			rep.UnmatchedSystem++
		}
	}
	for lang, ls := range links {
		r := rep.Languages[lang]
		r.Linking = ls.recognised.score()
		rep.Languages[lang] = r
	}
	rep.Linking = links["all"].recognised.score()
	rep.LinkingEndToEnd = links["all"].endToEnd.score()
	rep.CrossLingual = ScoreCrossLingual(gold, system)
	return rep
}

// scoreDoc scores the distinct mentions of one document.
func scoreDoc(gold, sys []unit) docScore {
	ds := docScore{perType: map[string]PRF{}}
	types := map[string]bool{}
	for _, u := range gold {
		types[u.typ] = true
	}
	for _, u := range sys {
		types[u.typ] = true
	}
	for t := range types {
		g, s := ofType(gold, t), ofType(sys, t)
		adj := make([][]int, len(g))
		for i, gu := range g {
			for j, su := range s {
				if partial(gu.form, su.form) {
					adj[i] = append(adj[i], j)
				}
			}
		}
		_, n := maxBipartite(len(g), len(s), adj)
		p := NewPRF(len(g), len(s), n, n)
		ds.perType[t] = p
		ds.partial = ds.partial.Add(p)
	}

	// Strict: (form, type) pairs. Relaxed exact: distinct forms, matched
	// when they share a type.
	sysPair := make(map[[2]string]unit, len(sys))
	sysForms := map[string]bool{}
	for _, u := range sys {
		sysPair[[2]string{u.form, u.typ}] = u
		sysForms[u.form] = true
	}
	goldForms, exactForms := map[string]bool{}, map[string]bool{}
	strictTP := 0
	for _, u := range gold {
		goldForms[u.form] = true
		su, ok := sysPair[[2]string{u.form, u.typ}]
		if !ok {
			continue
		}
		strictTP++
		exactForms[u.form] = true
		ds.baseAll++
		if su.base == u.base {
			ds.baseOK++
		}
	}
	ds.strict = NewPRF(len(gold), len(sys), strictTP, strictTP)
	ds.exact = NewPRF(len(goldForms), len(sysForms), len(exactForms), len(exactForms))
	ds.entPartial, ds.entExact = entityRelaxed(gold, sys)
	return ds
}

func ofType(us []unit, t string) []unit {
	var out []unit
	for _, u := range us {
		if u.typ == t {
			out = append(out, u)
		}
	}
	return out
}

// entityRelaxed scores the official BSNLP relaxed modes: a gold entity (its
// id, or its base form when it has none) is found when some system mention
// of the same type matches one of its forms; a system mention is correct
// when it matches some gold form of its type.
func entityRelaxed(gold, sys []unit) (partialScore, exactScore PRF) {
	entity := func(u unit) string {
		switch {
		case u.id != "":
			return "id:" + u.id
		case u.base != "":
			return "base:" + u.base
		}
		return "form:" + u.form
	}
	entities := map[string]bool{}
	foundP, foundE := map[string]bool{}, map[string]bool{}
	sysP, sysE := make([]bool, len(sys)), make([]bool, len(sys))
	for _, g := range gold {
		e := entity(g)
		entities[e] = true
		for j, s := range sys {
			if s.typ != g.typ {
				continue
			}
			if s.form == g.form {
				foundE[e], sysE[j] = true, true
			}
			if partial(s.form, g.form) {
				foundP[e], sysP[j] = true, true
			}
		}
	}
	return NewPRF(len(entities), len(sys), len(foundP), count(sysP)),
		NewPRF(len(entities), len(sys), len(foundE), count(sysE))
}

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
