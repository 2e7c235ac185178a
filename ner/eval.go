package ner

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ner/corpus"
)

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// P is the precision.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is the recall.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F is the F1 score.
func (c Counts) F() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report holds scores on distinct mention forms per document (lower-cased),
// keyed by language ("ru") and language/type ("ru/PER"). Relaxed counts a
// gold form as found when a predicted mention of its type overlaps one of
// its occurrences (and a predicted form as right when it overlaps a gold
// one of its type); Strict needs the same form and type.
type Report struct {
	Relaxed, Strict map[string]*Counts
	// Missed and Wrong count the gold forms not found and the predicted
	// forms not right (relaxed), keyed "lang/type form".
	Missed, Wrong map[string]int
}

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{Relaxed: map[string]*Counts{}, Strict: map[string]*Counts{}, Missed: map[string]int{}, Wrong: map[string]int{}}
}

func (r *Report) add(m map[string]*Counts, lang, typ string, tp, fp, fn int) {
	for _, k := range []string{lang, lang + "/" + typ} {
		c := m[k]
		if c == nil {
			c = &Counts{}
			m[k] = c
		}
		c.TP += tp
		c.FP += fp
		c.FN += fn
	}
}

type formKey struct{ form, typ string }

func forms(text string, ms []Span) map[formKey][]Span {
	out := map[formKey][]Span{}
	for _, m := range ms {
		k := formKey{strings.ToLower(text[m.Start:m.End]), m.Type}
		out[k] = append(out[k], m)
	}
	return out
}

func overlapsAny(spans []Span, other map[formKey][]Span, typ string) bool {
	for k, os := range other {
		if k.typ != typ {
			continue
		}
		for _, o := range os {
			for _, s := range spans {
				if s.Start < o.End && o.Start < s.End {
					return true
				}
			}
		}
	}
	return false
}

// scoreDoc adds one document's gold and predicted mentions to the report.
func (r *Report) scoreDoc(lang, text string, gold, pred []Span) {
	g, p := forms(text, gold), forms(text, pred)
	for k, spans := range g {
		_, exact := p[k]
		found := exact || overlapsAny(spans, p, k.typ)
		r.add(r.Relaxed, lang, k.typ, b2i(found), 0, b2i(!found))
		if !found {
			r.Missed[lang+"/"+k.typ+" "+k.form]++
		}
		r.add(r.Strict, lang, k.typ, b2i(exact), 0, b2i(!exact))
	}
	for k, spans := range p {
		_, exact := g[k]
		right := exact || overlapsAny(spans, g, k.typ)
		r.add(r.Relaxed, lang, k.typ, 0, b2i(!right), 0)
		if !right {
			r.Wrong[lang+"/"+k.typ+" "+k.form]++
		}
		r.add(r.Strict, lang, k.typ, 0, b2i(!exact), 0)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Score tags the documents and scores the result against their mentions.
// lemmatize, if not nil, fills the words' Token.Lemma as the pipeline does.
func (t *Tagger) Score(docs []corpus.Doc, lemmatize Lemmatizer) *Report {
	r := NewReport()
	for _, d := range docs {
		sents, toks := segmentText(d.Text)
		fillLemmas(toks, d.Lang, lemmatize)
		pred := t.Tag(d.Text, toks, sents, d.Lang)
		gold := make([]Span, len(d.Mentions))
		for i, m := range d.Mentions {
			gold[i] = Span{Start: m.Start, End: m.End, Type: m.Type}
		}
		r.scoreDoc(d.Lang, d.Text, gold, pred)
	}
	return r
}

// Evaluate trains on everything but o.HoldOut and scores the held-out
// BSNLP topics; nothing is written.
func Evaluate(o TrainOptions) (*Report, error) {
	m, test, err := trainModel(o)
	if err != nil {
		return nil, err
	}
	if len(test) == 0 {
		return nil, fmt.Errorf("ner: evaluate: no documents in held-out topics %v", o.HoldOut)
	}
	return newTagger(m).Score(test, o.Lemmatize), nil
}

// Merge adds the counts of o to r.
func (r *Report) Merge(o *Report) {
	for _, pair := range [][2]map[string]*Counts{{r.Relaxed, o.Relaxed}, {r.Strict, o.Strict}} {
		for k, c := range pair[1] {
			d := pair[0][k]
			if d == nil {
				d = &Counts{}
				pair[0][k] = d
			}
			d.TP += c.TP
			d.FP += c.FP
			d.FN += c.FN
		}
	}
	for k, n := range o.Missed {
		r.Missed[k] += n
	}
	for k, n := range o.Wrong {
		r.Wrong[k] += n
	}
}

// WriteErrors prints the n most frequent missed and wrong forms.
func (r *Report) WriteErrors(w io.Writer, n int) {
	for _, l := range []struct {
		name string
		m    map[string]int
	}{{"missed", r.Missed}, {"wrong", r.Wrong}} {
		keys := make([]string, 0, len(l.m))
		for k := range l.m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if l.m[keys[i]] != l.m[keys[j]] {
				return l.m[keys[i]] > l.m[keys[j]]
			}
			return keys[i] < keys[j]
		})
		fmt.Fprintf(w, "%s:", l.name)
		for _, k := range keys[:min(n, len(keys))] {
			fmt.Fprintf(w, " %s×%d;", k, l.m[k])
		}
		fmt.Fprintln(w)
	}
}

// Write prints the report as a table.
func (r *Report) Write(w io.Writer) {
	keys := make([]string, 0, len(r.Relaxed))
	for k := range r.Relaxed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "%-8s %6s  %5s %5s %5s   %5s %5s %5s\n", "", "gold", "rP", "rR", "rF1", "sP", "sR", "sF1")
	for _, k := range keys {
		rc, sc := r.Relaxed[k], r.Strict[k]
		if sc == nil {
			sc = &Counts{}
		}
		fmt.Fprintf(w, "%-8s %6d  %.3f %.3f %.3f   %.3f %.3f %.3f\n", k, rc.TP+rc.FN,
			rc.P(), rc.R(), rc.F(), sc.P(), sc.R(), sc.F())
	}
}

// fillLemmas sets the Lemma of word tokens, as the pipeline does.
func fillLemmas(toks []litopys.Token, lang string, lemmatize Lemmatizer) {
	if lemmatize == nil {
		return
	}
	for i := range toks {
		if toks[i].Kind == litopys.TokenWord {
			toks[i].Lemma, toks[i].Known = lemmatize(toks[i].Text, lang)
		}
	}
}
