package langid

import (
	"fmt"
	"strings"

	"github.com/litopys/litopys"
)

// shortWords is the length, in words, up to which a sentence counts as
// short in a Report.
const shortWords = 5

// Accuracy counts right answers out of a total.
type Accuracy struct {
	Right, Total int
}

// Rate is Right/Total, or 0 for no total.
func (a Accuracy) Rate() float64 {
	if a.Total == 0 {
		return 0
	}
	return float64(a.Right) / float64(a.Total)
}

func (a *Accuracy) add(ok bool) {
	a.Total++
	if ok {
		a.Right++
	}
}

// Scores are the accuracies for the documents of one language.
type Scores struct {
	Docs       Accuracy // document language from Tag
	Sentences  Accuracy // every sentence, tagged in its document by Tag
	Short      Accuracy // sentences of at most 5 words, by Tag
	Alone      Accuracy // every sentence with letters, by Detect on its own
	ShortAlone Accuracy // short sentences with letters, by Detect on its own
	// Foreign and ForeignShort are sentences of this language put into a
	// document of the other Cyrillic language, by Tag: how well a mixed
	// document keeps its mixed tags.
	Foreign, ForeignShort Accuracy
}

// Report holds Scores by the language of the documents.
type Report map[string]*Scores

// Evaluate tags every document and each of its sentences (split at line
// breaks and sentence punctuation) and counts the tags that match the
// document's language. Every sentence of a document is taken to be in
// its language, so a quoted English sentence in a Russian article counts
// against the model.
func Evaluate(m *Model, docs []Doc) Report {
	r := Report{}
	for _, d := range docs {
		s := r[d.Lang]
		if s == nil {
			s = &Scores{}
			r[d.Lang] = s
		}
		spans := splitSentences(d.Text)
		doc, per := m.Tag(d.Text, spans)
		s.Docs.add(doc == d.Lang)
		for i, sp := range spans {
			text := d.Text[sp.Start:sp.End]
			short := len(strings.Fields(text)) <= shortWords
			s.Sentences.add(per[i] == d.Lang)
			if short {
				s.Short.add(per[i] == d.Lang)
			}
			if lang, conf := m.Detect(text); conf > 0 {
				s.Alone.add(lang == d.Lang)
				if short {
					s.ShortAlone.add(lang == d.Lang)
				}
			}
		}
	}
	mixed(m, docs, r)
	return r
}

// mixed puts one sentence of a document of the other Cyrillic language
// into the middle of each Russian and Ukrainian document (donors taken in
// turn, the sentence picked by position) and scores its tag.
func mixed(m *Model, docs []Doc, r Report) {
	byLang := map[string][]Doc{}
	for _, d := range docs {
		byLang[d.Lang] = append(byLang[d.Lang], d)
	}
	other := map[string]string{RU: UK, UK: RU}
	for k, d := range docs {
		donors := byLang[other[d.Lang]]
		if len(donors) == 0 || other[d.Lang] == "" {
			continue
		}
		donor := donors[k%len(donors)]
		dspans := splitSentences(donor.Text)
		spans := splitSentences(d.Text)
		if len(dspans) == 0 || len(spans) == 0 {
			continue
		}
		ds := dspans[k%len(dspans)]
		foreign := donor.Text[ds.Start:ds.End]
		cut := spans[len(spans)/2].End
		text := d.Text[:cut] + "\n" + foreign + "\n" + d.Text[cut:]
		ins := litopys.Span{Start: cut + 1, End: cut + 1 + len(foreign)}
		all := make([]litopys.Span, 0, len(spans)+1)
		for _, sp := range spans {
			if sp.Start >= cut {
				sp.Start += len(foreign) + 2
				sp.End += len(foreign) + 2
			}
			all = append(all, sp)
		}
		at := len(spans)/2 + 1
		all = append(all[:at], append([]litopys.Span{ins}, all[at:]...)...)
		_, per := m.Tag(text, all)
		s := r[donor.Lang]
		if s == nil {
			s = &Scores{}
			r[donor.Lang] = s
		}
		s.Foreign.add(per[at] == donor.Lang)
		if len(strings.Fields(foreign)) <= shortWords {
			s.ForeignShort.add(per[at] == donor.Lang)
		}
	}
}

// String formats the report as a Markdown table.
func (r Report) String() string {
	var b strings.Builder
	b.WriteString("| lang | docs | sentences | ≤5 words | alone | ≤5 words alone | foreign | ≤5 words foreign |\n|---|---|---|---|---|---|---|---|\n")
	for _, lang := range []string{RU, UK, EN, Other} {
		s := r[lang]
		if s == nil {
			continue
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", lang,
			s.Docs.format(), s.Sentences.format(), s.Short.format(), s.Alone.format(), s.ShortAlone.format(),
			s.Foreign.format(), s.ForeignShort.format())
	}
	return b.String()
}

func (a Accuracy) format() string {
	return fmt.Sprintf("%.2f%% (%d/%d)", 100*a.Rate(), a.Right, a.Total)
}
