package eval

import (
	"strings"
	"unicode"
)

// ShingleN is the length of the token shingles ScoreExtraction counts, as in
// the public article-extraction benchmark (scrapinghub's
// article-extraction-benchmark, evaluate.py: string_shingle_matching).
const ShingleN = 4

// ExtractScore compares one system extraction with its reference text.
// Shingles counts the multiset of ShingleN-token shingles (a text shorter
// than ShingleN tokens is one shingle of all its tokens); Tokens counts the
// multiset of tokens (bag of words). Both are P = matched/system,
// R = matched/gold, where a shingle or token matches as many times as it
// occurs on both sides.
type ExtractScore struct {
	Shingles PRF `json:"shingles"`
	Tokens   PRF `json:"tokens"`
}

// Add sums the counts of two scores (micro average).
func (s ExtractScore) Add(o ExtractScore) ExtractScore {
	return ExtractScore{Shingles: s.Shingles.Add(o.Shingles), Tokens: s.Tokens.Add(o.Tokens)}
}

// ScoreExtraction scores the system text against the gold text. Tokens are
// the maximal runs of letters, digits, marks and "_" (Python's \w+ under
// re.UNICODE), compared as written (no case folding), as the benchmark does.
func ScoreExtraction(gold, system string) ExtractScore {
	g, s := ExtractTokens(gold), ExtractTokens(system)
	return ExtractScore{
		Shingles: matchBags(shingles(g, ShingleN), shingles(s, ShingleN)),
		Tokens:   matchBags(g, s),
	}
}

// ExtractTokens splits s into \w+ tokens.
func ExtractTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_')
	})
}

// shingles returns the runs of n consecutive tokens joined by a space; fewer
// than n tokens give one shingle of them all, none give none.
func shingles(toks []string, n int) []string {
	if len(toks) == 0 {
		return nil
	}
	if len(toks) < n {
		return []string{strings.Join(toks, " ")}
	}
	out := make([]string, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		out = append(out, strings.Join(toks[i:i+n], " "))
	}
	return out
}

// matchBags counts the multiset intersection of gold and system.
func matchBags(gold, system []string) PRF {
	bag := make(map[string]int, len(gold))
	for _, g := range gold {
		bag[g]++
	}
	matched := 0
	for _, s := range system {
		if bag[s] > 0 {
			bag[s]--
			matched++
		}
	}
	return NewPRF(len(gold), len(system), matched, matched)
}

// Snippets counts the must-keep snippets found in a system text and the
// must-drop snippets absent from it.
type Snippets struct {
	Keep     int `json:"keep"`
	Kept     int `json:"kept"`
	Drop     int `json:"drop"`
	Dropped  int `json:"dropped"`
	Failures int `json:"failures"` // snippets on the wrong side
}

// Add sums two counts.
func (s Snippets) Add(o Snippets) Snippets {
	return Snippets{s.Keep + o.Keep, s.Kept + o.Kept, s.Drop + o.Drop, s.Dropped + o.Dropped, s.Failures + o.Failures}
}

// KeepRate is the share of must-keep snippets found (1 when there are none).
func (s Snippets) KeepRate() float64 {
	if s.Keep == 0 {
		return 1
	}
	return float64(s.Kept) / float64(s.Keep)
}

// DropRate is the share of must-drop snippets absent (1 when there are none).
func (s Snippets) DropRate() float64 {
	if s.Drop == 0 {
		return 1
	}
	return float64(s.Dropped) / float64(s.Drop)
}

// ScoreSnippets checks each snippet as a run of tokens in system: a
// must-keep snippet passes when its tokens occur there in order and
// adjacent, a must-drop snippet when they do not.
func ScoreSnippets(system string, keep, drop []string) Snippets {
	flat := " " + strings.Join(ExtractTokens(system), " ") + " "
	has := func(s string) bool {
		toks := ExtractTokens(s)
		return len(toks) > 0 && strings.Contains(flat, " "+strings.Join(toks, " ")+" ")
	}
	var sn Snippets
	for _, k := range keep {
		sn.Keep++
		if has(k) {
			sn.Kept++
		} else {
			sn.Failures++
		}
	}
	for _, d := range drop {
		sn.Drop++
		if !has(d) {
			sn.Dropped++
		} else {
			sn.Failures++
		}
	}
	return sn
}
