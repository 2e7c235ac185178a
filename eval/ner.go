package eval

import (
	"sort"
)

// NERReport is the result of ScoreNER. Languages has one entry per language
// of the gold documents and "all" for all of them together.
type NERReport struct {
	Languages map[string]LangReport `json:"languages"`
	// Topics breaks the scores down by topic and language
	// (topics.{topic}.{lang}); Worst names, per language, the topic with
	// the lowest score of each kind.
	Topics map[string]map[string]LangReport `json:"topics"`
	Worst  map[string]WorstReport           `json:"worst"`
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

// LangReport holds the recognition and normalisation scores of one language
// (or of one topic in one language).
type LangReport struct {
	Documents int `json:"documents"`
	// RelaxedPartial and RelaxedExact are the BSNLP relaxed modes, counted
	// per entity and type (see the package doc); Strict per distinct form
	// and type.
	RelaxedPartial PRF `json:"relaxed_partial"`
	RelaxedExact   PRF `json:"relaxed_exact"`
	Strict         PRF `json:"strict"`
	// PerType is RelaxedPartial per type; StrictPerType is Strict per type.
	PerType          map[string]PRF `json:"per_type"`
	StrictPerType    map[string]PRF `json:"strict_per_type"`
	BaseFormAccuracy float64        `json:"base_form_accuracy"`
	BaseForms        Accuracy       `json:"base_forms"`
	Linking          LinkReport     `json:"linking"`
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
	perType, strictType    map[string]PRF
	baseOK, baseAll        int
}

func (r *LangReport) add(s docScore) {
	if r.PerType == nil {
		r.PerType = make(map[string]PRF, len(Types))
		r.StrictPerType = make(map[string]PRF, len(Types))
		for _, t := range Types {
			r.PerType[t], r.StrictPerType[t] = PRF{}, PRF{}
		}
	}
	r.Documents++
	r.RelaxedPartial = r.RelaxedPartial.Add(s.partial)
	r.RelaxedExact = r.RelaxedExact.Add(s.exact)
	r.Strict = r.Strict.Add(s.strict)
	for t, p := range s.perType {
		r.PerType[t] = r.PerType[t].Add(p)
	}
	for t, p := range s.strictType {
		r.StrictPerType[t] = r.StrictPerType[t].Add(p)
	}
	r.BaseForms = newAccuracy(r.BaseForms.Correct+s.baseOK, r.BaseForms.Total+s.baseAll)
	r.BaseFormAccuracy = r.BaseForms.Accuracy
}

// ScoreNER scores system documents against gold documents with the same
// key (see the package doc for the definitions). A gold document without a
// system document counts as one where nothing was found. In a topic whose
// gold uses the BSNLP 2017 type MISC, the system's EVT and PRO count as
// MISC.
func ScoreNER(gold, system map[string]Doc) NERReport {
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	misc := MiscTopics(gold)
	rep := NERReport{Languages: map[string]LangReport{}, Topics: map[string]map[string]LangReport{}}
	links := map[string]*linkSet{"all": newLinkSet()}
	topicLinks := map[[2]string]*linkSet{}
	for _, k := range keys {
		g := gold[k]
		s := system[k]
		sm := s.Mentions
		if misc[g.Topic] {
			sm = asMisc(sm)
		}
		gu, su := units(g.Mentions), units(sm)
		ds := scoreDoc(gu, su, entityUnits(g.Mentions))
		for _, lang := range []string{g.Lang, "all"} {
			r := rep.Languages[lang]
			r.add(ds)
			rep.Languages[lang] = r
			if links[lang] == nil {
				links[lang] = newLinkSet()
			}
			links[lang].addDoc(k, gu, su)
			if rep.Topics[g.Topic] == nil {
				rep.Topics[g.Topic] = map[string]LangReport{}
			}
			tr := rep.Topics[g.Topic][lang]
			tr.add(ds)
			rep.Topics[g.Topic][lang] = tr
			tk := [2]string{g.Topic, lang}
			if topicLinks[tk] == nil {
				topicLinks[tk] = newLinkSet()
			}
			topicLinks[tk].addDoc(k, gu, su)
		}
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
	for tk, ls := range topicLinks {
		r := rep.Topics[tk[0]][tk[1]]
		r.Linking = ls.recognised.score()
		rep.Topics[tk[0]][tk[1]] = r
	}
	rep.Linking = links["all"].recognised.score()
	rep.LinkingEndToEnd = links["all"].endToEnd.score()
	rep.CrossLingual = ScoreCrossLingual(gold, system)
	rep.Worst = worstTopics(rep.Topics)
	return rep
}

// MiscTopics returns the topics whose gold documents use the type MISC
// (BSNLP 2017, where MISC stands for EVT or PRO).
func MiscTopics(gold map[string]Doc) map[string]bool {
	out := map[string]bool{}
	for _, d := range gold {
		for _, m := range d.Mentions {
			if NormType(m.Type) == "MISC" {
				out[d.Topic] = true
				break
			}
		}
	}
	return out
}

// asMisc returns the mentions with EVT and PRO typed MISC.
func asMisc(ms []Mention) []Mention {
	out := make([]Mention, len(ms))
	for i, m := range ms {
		if t := NormType(m.Type); t == "EVT" || t == "PRO" {
			m.Type = "MISC"
		}
		out[i] = m
	}
	return out
}

// scoreDoc scores the distinct mentions of one document; goldEnt are the
// gold units with every id a form was given (see entityUnits).
func scoreDoc(gold, sys, goldEnt []unit) docScore {
	ds := docScore{perType: map[string]PRF{}, strictType: map[string]PRF{}}
	types := map[string]bool{}
	for _, u := range gold {
		types[u.typ] = true
	}
	for _, u := range sys {
		types[u.typ] = true
	}
	sysPair := make(map[[2]string]unit, len(sys))
	for _, u := range sys {
		sysPair[[2]string{u.form, u.typ}] = u
	}
	for t := range types {
		g, s := ofType(gold, t), ofType(sys, t)
		ge := ofType(goldEnt, t)
		p := relaxed(ge, s, partialMatch)
		ds.perType[t] = p
		ds.partial = ds.partial.Add(p)
		ds.exact = ds.exact.Add(relaxed(ge, s, func(a, b string) bool { return a == b }))
		tp := 0
		for _, u := range g {
			su, ok := sysPair[[2]string{u.form, u.typ}]
			if !ok {
				continue
			}
			tp++
			ds.baseAll++
			if su.base == u.base {
				ds.baseOK++
			}
		}
		st := NewPRF(len(g), len(s), tp, tp)
		ds.strictType[t] = st
		ds.strict = ds.strict.Add(st)
	}
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

// relaxed scores one type of one document the way the BSNLP relaxed modes
// count: the unit is the gold entity (its cross-lingual id, else its base
// form, else its form). An entity is found when some system form matches
// one of its forms; each system form that matches no gold form is one
// false positive; system forms that match an entity found anyway count
// neither way. So P = found / (found + unmatched system forms) and
// R = found / entities.
func relaxed(gold, sys []unit, match func(sysForm, goldForm string) bool) PRF {
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
	for _, g := range gold {
		entities[entity(g)] = true
	}
	found := map[string]bool{}
	unmatched := 0
	for _, s := range sys {
		hit := false
		for _, g := range gold {
			if match(s.form, g.form) {
				found[entity(g)], hit = true, true
			}
		}
		if !hit {
			unmatched++
		}
	}
	return NewPRF(len(entities), len(found)+unmatched, len(found), len(found))
}
