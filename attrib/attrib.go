package attrib

import (
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/textcase"
)

// sentence is the view of one sentence the finders work on.
type sentence struct {
	doc       *litopys.Document
	idx       int      // index into doc.Sentences
	a, b      int      // token range [a, b)
	mentionAt []int    // per document token: index into doc.Mentions, -1 when none
	lowered   []string // per document token: its text lower-cased
}

// Find returns the attributions of doc, which must carry tokens (with
// lemmas), sentences and mentions.
func Find(doc *litopys.Document) []litopys.Attribution {
	mentionAt := make([]int, len(doc.Tokens))
	for i := range mentionAt {
		mentionAt[i] = -1
	}
	mi := 0
	for ti, t := range doc.Tokens {
		for mi < len(doc.Mentions) && doc.Mentions[mi].End <= t.Start {
			mi++
		}
		if mi < len(doc.Mentions) && doc.Mentions[mi].Start <= t.Start && t.End <= doc.Mentions[mi].End {
			mentionAt[ti] = mi
		}
	}
	lowered := make([]string, len(doc.Tokens)) // filled on demand
	var out []litopys.Attribution
	ti := 0
	for si, s := range doc.Sentences {
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < s.Start {
			ti++
		}
		j := ti
		for j < len(doc.Tokens) && doc.Tokens[j].End <= s.End {
			j++
		}
		st := &sentence{doc: doc, idx: si, a: ti, b: j, mentionAt: mentionAt, lowered: lowered}
		out = append(out, st.find()...)
		ti = j
	}
	return out
}

func (s *sentence) tok(i int) litopys.Token { return s.doc.Tokens[i] }

// lower returns token i lower-cased, computing it once.
func (s *sentence) lower(i int) string {
	if s.lowered[i] == "" {
		s.lowered[i] = textcase.Lower(s.doc.Tokens[i].Text)
	}
	return s.lowered[i]
}

func (s *sentence) lemma(i int) string {
	if l := s.doc.Tokens[i].Lemma; l != "" {
		return l
	}
	return s.lower(i)
}

// find runs the finders over the sentence: citation chains first, then
// impersonal and "according to" phrases, then reporting verbs, which extend
// an attribution already found for the same source rather than repeat it.
func (s *sentence) find() []litopys.Attribution {
	var out []*litopys.Attribution
	used := map[int]bool{} // mentions already taken as a source or via
	for i := s.a; i < s.b; i++ {
		if a := s.citation(i, used); a != nil {
			out = append(out, a)
		}
	}
	for i := s.a; i < s.b; i++ {
		if a := s.impersonal(i, used); a != nil {
			out = append(out, a)
		} else if a := s.according(i, used); a != nil {
			out = append(out, a)
		}
	}
	for i := s.a; i < s.b; i++ {
		if !reporting[s.lemma(i)] {
			continue
		}
		// A citation of the sentence takes its reporting verb ("у The New
		// York Times із посиланням на чиновників США … повідомили").
		if c := citationWithoutCue(out); c != nil {
			c.Cue = s.lemma(i)
			s.extend(c, i)
			continue
		}
		m := s.speaker(i)
		if m < 0 {
			continue
		}
		if prev := find(out, s.doc.Mentions[m].Entity); prev != nil {
			if prev.Cue == "" {
				prev.Cue = s.lemma(i)
				s.extend(prev, i)
			}
			continue
		}
		if used[m] {
			continue
		}
		used[m] = true
		a := s.attribution(m, i)
		s.quote(a, i)
		out = append(out, a)
	}
	res := make([]litopys.Attribution, len(out))
	for i, a := range out {
		res[i] = *a
	}
	return res
}

func citationWithoutCue(as []*litopys.Attribution) *litopys.Attribution {
	for _, a := range as {
		if a.Cue == "" && a.ViaText != "" || a.Cue == "" && a.Source != "" {
			return a
		}
	}
	return nil
}

func find(as []*litopys.Attribution, entity string) *litopys.Attribution {
	for _, a := range as {
		if a.Source == entity && entity != "" {
			return a
		}
	}
	return nil
}

// attribution makes the attribution of mention m by the cue at token i.
func (s *sentence) attribution(m, cue int) *litopys.Attribution {
	mn := s.doc.Mentions[m]
	a := &litopys.Attribution{Source: mn.Entity, SourceText: mn.Text, Evidence: litopys.Span{Start: mn.Start, End: mn.End}}
	if cue >= 0 {
		a.Cue = s.lemma(cue)
		s.extend(a, cue)
	}
	s.scope(a)
	return a
}

// extend grows the evidence of a to cover the token i.
func (s *sentence) extend(a *litopys.Attribution, i int) {
	t := s.tok(i)
	a.Evidence.Start = min(a.Evidence.Start, t.Start)
	a.Evidence.End = max(a.Evidence.End, t.End)
	a.Text = s.doc.Text[a.Evidence.Start:a.Evidence.End]
}

// scope sets what a covers: the sentence before for "Об этом сообщает …",
// whose evidence then starts at the anaphoric phrase; else its own sentence.
func (s *sentence) scope(a *litopys.Attribution) {
	sent := s.doc.Sentences[s.idx]
	a.Scope = litopys.Span{Start: sent.Start, End: sent.End}
	for i := s.a; i < s.b && i < s.a+3; i++ {
		if anaphora[s.lower(i)] {
			if s.idx > 0 {
				prev := s.doc.Sentences[s.idx-1]
				a.Scope = litopys.Span{Start: prev.Start, End: prev.End}
			}
			s.extend(a, s.a)
			break
		}
	}
	a.Text = s.doc.Text[a.Evidence.Start:a.Evidence.End]
}

// mentionStarting returns the mention that starts within n tokens after
// token i (skipping nothing but the tokens counted), or -1.
func (s *sentence) mentionStarting(i, n int) int {
	for j := i; j < s.b && j < i+n; j++ {
		if m := s.mentionAt[j]; m >= 0 {
			return m
		}
	}
	return -1
}

func isPunct(t litopys.Token) bool { return t.Kind == litopys.TokenPunct }

func isDash(t litopys.Token) bool {
	return t.Text == "-" || t.Text == "—" || t.Text == "–" || t.Text == "―"
}

func isQuoteMark(t litopys.Token) bool {
	for _, r := range t.Text {
		if !strings.ContainsRune("\"«»„“”‘’'", r) {
			return false
		}
	}
	return t.Text != ""
}
