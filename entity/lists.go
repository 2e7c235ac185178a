package entity

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

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

// productModels makes a product (PRO) of every maker-number model the
// pattern of package gazetteer finds ("Boeing-737-800", "Ан-124", "Airbus
// A320"; public.ModelAt) when the tagger left it out or took only part of
// it or typed it otherwise: a model's number never names a company or a
// place. A longer span around the model ("Boeing 737 MAX") is left as is.
func (r *Resolver) productModels(doc *litopys.Document, spans []Span) []Span {
	added := false
	toks := doc.Tokens
	for i := 0; i < len(toks); i++ {
		next := ""
		if i+1 < len(toks) && toks[i+1].Start == toks[i].End+1 && doc.Text[toks[i].End] == ' ' {
			next = toks[i+1].Text
		}
		n := public.ModelAt(toks[i].Text, next)
		if n == 0 {
			continue
		}
		if n == 2 && (utf8.RuneCountInString(toks[i].Text) < 3 || i+2 < len(toks) && quantityWord(toks[i+2].Text)) {
			continue // "Як 20 років тому": a short designator apart from its number, or a count
		}
		m := Span{Start: toks[i].Start, End: toks[i+n-1].End, Type: litopys.PRO}
		i += n - 1
		covered := false
		for _, sp := range spans {
			if sp.End > m.Start && sp.Start < m.End && (sp.Start < m.Start || sp.End > m.End) {
				covered = true // a longer name around the model, or a span across its edge: the tagger's reading stays
			}
		}
		if covered {
			continue
		}
		kept := spans[:0]
		for _, sp := range spans {
			if sp.Start >= m.Start && sp.End <= m.End {
				continue // inside the model (or the model itself): replaced
			}
			kept = append(kept, sp)
		}
		spans = kept
		spans = append(spans, m)
		added = true
	}
	if added {
		sort.SliceStable(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	}
	return spans
}
