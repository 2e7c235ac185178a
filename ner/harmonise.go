package ner

import (
	"strings"

	"github.com/litopys/litopys/ner/corpus"
)

// harmonise relabels mentions of the corpora other than BSNLP whose form
// BSNLP (training topics only) consistently tags with another type: the
// corpora differ in conventions (Collection5 and ner-uk tag "ЄС" or media
// differently), and BSNLP's is the target. A form BSNLP does not settle
// takes the type of the public list that names it (media), when given:
// news agencies are ORG, outlets and social networks PRO.
func harmonise(docs []corpus.Doc, media map[string]int) {
	byForm, byStem := gazCounts{}, gazCounts{}
	for _, d := range docs {
		if d.Source != "bsnlp" {
			continue
		}
		for _, m := range d.Mentions {
			form := d.Text[m.Start:m.End]
			byForm.add(form, typeIndex(m.Type))
			byStem.add(stemForm(form), typeIndex(m.Type))
		}
	}
	for _, d := range docs {
		if d.Source == "bsnlp" {
			continue
		}
		for k, m := range d.Mentions {
			form := d.Text[m.Start:m.End]
			t := byForm.dominant(form)
			if t < 0 {
				t = byStem.dominant(stemForm(form))
			}
			if mt, ok := media[strings.ToLower(strings.Join(strings.Fields(form), " "))]; t < 0 && ok {
				t = mt
			}
			if t >= 0 {
				d.Mentions[k].Type = typeNames[t]
			}
		}
	}
}

// stemForm returns the form with each token stemmed, lower-cased.
func stemForm(form string) string {
	toks := tokenizeForm(strings.ToLower(form))
	for i, t := range toks {
		r := []rune(t)
		toks[i] = string(r[:stemLen(r)])
	}
	return strings.Join(toks, " ")
}
