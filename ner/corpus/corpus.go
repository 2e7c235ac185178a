package corpus

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Types are the entity types of the BSNLP scheme, in a fixed order.
var Types = litopys.EntityTypeCodes()

// Mention is a typed entity occurrence at byte offsets [Start, End) into
// Doc.Text.
type Mention struct {
	Start, End int
	Type       string
}

// Doc is one annotated text.
type Doc struct {
	ID     string
	Source string // bsnlp, ner-uk, factru, collection5
	Topic  string // BSNLP topic; the source name elsewhere
	Lang   string
	Text   string
	// Mentions are sorted by Start and do not overlap.
	Mentions []Mention
}

// runeOffsets maps rune offsets of text to byte offsets; the result has
// one entry per rune plus one for the end.
func runeOffsets(text string) []int {
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return append(offs, len(text))
}

// addRuneSpan converts a rune span to bytes, trims surrounding spaces and
// appends it; spans out of range are reported.
func addRuneSpan(dst []Mention, offs []int, text string, start, end int, typ string) ([]Mention, error) {
	if start < 0 || end > len(offs)-1 || start >= end {
		return dst, fmt.Errorf("span %d:%d out of range (%d runes)", start, end, len(offs)-1)
	}
	s, e := offs[start], offs[end]
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	if s == e {
		return dst, nil
	}
	return append(dst, Mention{Start: s, End: e, Type: typ}), nil
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0
}

// resolve sorts mentions and drops overlaps, keeping the longer mention
// (the earlier one on ties).
func resolve(ms []Mention) []Mention {
	sort.SliceStable(ms, func(i, j int) bool {
		li, lj := ms[i].End-ms[i].Start, ms[j].End-ms[j].Start
		if li != lj {
			return li > lj
		}
		return ms[i].Start < ms[j].Start
	})
	var kept []Mention
	for _, m := range ms {
		ok := true
		for _, k := range kept {
			if m.Start < k.End && k.Start < m.End {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}
