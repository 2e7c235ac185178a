package evalrun

import (
	"fmt"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/event"
	"github.com/litopys/litopys/morph"
)

// Roles scores the agents and patients the event package's grammar gives
// (event.RolesAt, as for a trigger) against the dependency trees of UD
// treebanks: each sentence becomes a document whose tokens are the
// treebank's words (lemmatised by morph, as the pipeline would) and whose
// mentions are its names (a run of proper nouns, the treebank's lemmas its
// base form); every verb of the tree is scored, name by name, with
// eval.GoldRole. lang is the treebanks' language ("ru", "uk").
func Roles(files []string, lang string) (eval.RolesReport, error) {
	an, err := morph.Load()
	if err != nil {
		return eval.RolesReport{}, err
	}
	var pairs []eval.RolePair
	sents, preds := 0, 0
	for _, f := range files {
		ss, err := eval.ReadUDFile(f)
		if err != nil {
			return eval.RolesReport{}, err
		}
		for _, s := range ss {
			doc, heads := udDocument(s, lang, an)
			sents++
			for p, t := range s.Tokens {
				if t.UPOS != "VERB" || len(doc.Mentions) == 0 {
					continue
				}
				preds++
				role := map[string]string{}
				for _, pt := range event.RolesAt(doc, 0, p) {
					if pt.Role == litopys.RoleAgent || pt.Role == litopys.RolePatient {
						role[pt.Entity] = pt.Role
					}
				}
				for i, m := range doc.Mentions {
					g := eval.GoldRole(s, p+1, heads[i]+1)
					if sys := role[m.Entity]; g != "" || sys != "" {
						pairs = append(pairs, eval.RolePair{Gold: g, System: sys})
					}
				}
			}
		}
	}
	rep := eval.ScoreRoles(pairs)
	rep.Sentences, rep.Predicates = sents, preds
	return rep, nil
}

// udDocument makes a one-sentence document of a treebank sentence; heads
// gives, per mention, the index of its head word (the word of the name
// whose head lies outside it).
func udDocument(s eval.UDSentence, lang string, an *morph.Analyzer) (*litopys.Document, []int) {
	var b strings.Builder
	doc := &litopys.Document{ID: s.ID, Lang: lang}
	for _, t := range s.Tokens {
		start := b.Len()
		b.WriteString(t.Form)
		kind := litopys.TokenWord
		if t.UPOS == "PUNCT" {
			kind = litopys.TokenPunct
		}
		tk := litopys.Token{Start: start, End: b.Len(), Text: t.Form, Kind: kind}
		if kind == litopys.TokenWord {
			tk.Lemma, tk.Known = an.Lemma(t.Form, lang)
		}
		doc.Tokens = append(doc.Tokens, tk)
		if t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	doc.Text = b.String()
	doc.Sentences = []litopys.Sentence{{Start: 0, End: len(doc.Text), Lang: lang}}
	doc.Paragraphs = []litopys.Span{{Start: 0, End: len(doc.Text)}}
	var heads []int
	for i := 0; i < len(s.Tokens); i++ {
		t := s.Tokens[i]
		if t.UPOS != "PROPN" {
			continue
		}
		j := i + 1
		for t.UPOS == "PROPN" && j < len(s.Tokens) && s.Tokens[j].UPOS == "PROPN" {
			j++
		}
		head, base := i, make([]string, 0, j-i)
		for k := i; k < j; k++ {
			if h := s.Tokens[k].Head - 1; h < i || h >= j {
				head = k
			}
			base = append(base, s.Tokens[k].Lemma)
		}
		typ := litopys.LOC
		if strings.Contains(s.Tokens[head].Feats, "Animacy=Anim") {
			typ = litopys.PER
		}
		id := fmt.Sprintf("%s-%d", typ, i)
		m := litopys.Mention{Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End, Type: typ, Entity: id}
		m.Text = doc.Text[m.Start:m.End]
		m.Base = strings.Join(base, " ")
		if t.UPOS == "PROPN" {
			m.Base = capitalise(m.Base, m.Text)
		}
		doc.Mentions = append(doc.Mentions, m)
		doc.Entities = append(doc.Entities, litopys.Entity{ID: id, Type: typ, Name: m.Base})
		heads = append(heads, head)
		i = j - 1
	}
	return doc, heads
}

// capitalise gives base the capitals of the words of text (UD lemmas of
// names keep their case, but not always).
func capitalise(base, text string) string {
	bw, tw := strings.Fields(base), strings.Fields(text)
	for k := range bw {
		if k < len(tw) && tw[k] != "" && bw[k] != "" {
			r := []rune(bw[k])
			if t := []rune(tw[k]); strings.ToUpper(string(t[0])) == string(t[0]) {
				r[0] = []rune(strings.ToUpper(string(r[0])))[0]
			}
			bw[k] = string(r)
		}
	}
	return strings.Join(bw, " ")
}
