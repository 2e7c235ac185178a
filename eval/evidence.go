package eval

import (
	"regexp"
	"strings"

	"github.com/litopys/litopys"
)

// evidence is a piece of text an event or attribution rests on: its words
// and, when the document text is known and holds it, where it occurs.
type evidence struct {
	words []string
	spans []litopys.Span
}

// evidenceFinder locates evidence in the system's text of one document.
type evidenceFinder struct {
	text    string
	hasText bool
}

func newEvidenceFinder(text string, hasText bool) evidenceFinder {
	return evidenceFinder{text: text, hasText: hasText}
}

// find returns the evidence of s, at span when span is a valid range of the
// text, else at every occurrence of s in the text: exactly, or with any
// white space between words, any apostrophe and any case.
func (f evidenceFinder) find(s string, span *litopys.Span) evidence {
	e := evidence{words: strings.Fields(normForm(s))}
	if !f.hasText {
		return e
	}
	if span != nil && 0 <= span.Start && span.Start < span.End && span.End <= len(f.text) {
		e.spans = []litopys.Span{*span}
		if len(e.words) == 0 {
			e.words = strings.Fields(normForm(f.text[span.Start:span.End]))
		}
		return e
	}
	if strings.TrimSpace(s) == "" {
		return e
	}
	for i := 0; i < len(f.text); {
		j := strings.Index(f.text[i:], s)
		if j < 0 {
			break
		}
		e.spans = append(e.spans, litopys.Span{Start: i + j, End: i + j + len(s)})
		i += j + len(s)
	}
	if len(e.spans) > 0 {
		return e
	}
	for _, loc := range loosePattern(e.words).FindAllStringIndex(f.text, -1) {
		e.spans = append(e.spans, litopys.Span{Start: loc[0], End: loc[1]})
	}
	return e
}

// loosePattern matches the words in order with any white space between
// them, ignoring case and the kind of apostrophe.
func loosePattern(words []string) *regexp.Regexp {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = strings.ReplaceAll(regexp.QuoteMeta(w), "'", "['\u2019\u02bc\u2018`\u00b4]")
	}
	return regexp.MustCompile(`(?i)` + strings.Join(parts, `[\s\p{Zs}]+`))
}

// overlaps reports whether two pieces of evidence share text: at least one
// byte of their spans when both were located, else one's words contain the
// other's or they share a run of words at least half as long as the
// shorter and at least two words long (one word only when both are one
// word).
func overlaps(a, b evidence) bool {
	if len(a.spans) > 0 && len(b.spans) > 0 {
		for _, x := range a.spans {
			for _, y := range b.spans {
				if x.Start < y.End && y.Start < x.End {
					return true
				}
			}
		}
		return false
	}
	if len(a.words) == 0 || len(b.words) == 0 {
		return false
	}
	short, long := min(len(a.words), len(b.words)), max(len(a.words), len(b.words))
	need := max((short+1)/2, min(2, long))
	return longestRun(a.words, b.words) >= need
}

// longestRun returns the length of the longest common run of words.
func longestRun(a, b []string) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}
