package pipeline

import (
	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/morph"
)

// grammar answers entity.Grammar from the morphological dictionary.
type grammar struct{ m *morph.Analyzer }

func (g grammar) Grammar(lemma, lang string) (adj bool, gender string, ok bool) {
	for _, a := range g.m.Analyses(lemma, lang) {
		if a.Lemma == lemma && a.Known && (a.POS == morph.PosAdj || a.POS == morph.PosNoun) {
			return a.POS == morph.PosAdj, a.Gender.String(), true
		}
	}
	return false, "", false
}

// directory answers entity.Directory from the gazetteer: the most frequent
// entity of a name.
type directory struct{ g *gazetteer.Gazetteer }

func (d directory) Find(name, lang string) (entity.Known, bool) {
	es := d.g.Lookup(name, lang)
	if len(es) == 0 {
		return entity.Known{}, false
	}
	e := es[0]
	return entity.Known{ID: e.ID, Type: e.Type, Names: e.Names}, true
}
