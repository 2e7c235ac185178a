package entity

import (
	"strings"
	"sync"

	"github.com/litopys/litopys"
	public "github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/internal/textcase"
)

// typedKinds are the public lists of package gazetteer whose names have
// one type in BSNLP's scheme whatever the sentence: social networks and
// messengers named as the medium, scriptures, software, medicines and
// vehicle models are products. (Media outlets and broadcasters go both
// ways in the annotations, so the tagger decides those.)
var typedKinds = map[string]bool{"social": true, "scriptures": true, "software": true, "medicines": true, "vehicles": true}

// listTypes maps the lower-cased forms of the typedKinds lists to their
// type; a form two lists type differently is left out.
var listTypes = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	names, err := public.Public()
	if err != nil {
		return out
	}
	for _, n := range names {
		if !typedKinds[n.Kind] {
			continue
		}
		f := textcase.Lower(n.Form)
		if t, ok := out[f]; ok && t != n.Type {
			out[f] = ""
			continue
		}
		out[f] = n.Type
	}
	return out
})

// typeByList gives a span whose words are a name of a typedKinds list
// ("Facebook", "Корану") that list's type.
func (r *Resolver) typeByList(doc *litopys.Document, spans []Span) []Span {
	for k, sp := range spans {
		form := textcase.Lower(strings.Join(strings.Fields(doc.Text[sp.Start:sp.End]), " "))
		if t := listTypes()[form]; t != "" && t != sp.Type && (t == litopys.PRO || t == litopys.EVT) {
			spans[k].Type = t
		}
	}
	return spans
}

// listTyped returns, per mention, the type a typedKinds list gives its
// words when the mention has that type (typeByList gave it or the tagger
// agreed), else "".
func listTyped(ms []litopys.Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		if t := listTypes()[textcase.Lower(strings.Join(strings.Fields(m.Text), " "))]; t == m.Type && (t == litopys.PRO || t == litopys.EVT) {
			out[i] = t
		}
	}
	return out
}

// listed holds the lower-cased forms of every public list of package
// gazetteer, whatever their kind.
var listed = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	names, err := public.Public()
	if err != nil {
		return out
	}
	for _, n := range names {
		out[textcase.Lower(n.Form)] = true
	}
	return out
})
