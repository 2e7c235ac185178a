package http

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

// Segment is a piece of a document's text as a page shows it: plain, or
// marked as an entity mention, a date, an event trigger or an attribution
// cue, with the page it links to. Text stays text: templates escape it.
type Segment struct {
	Text  string
	Kind  string // "", "entity", "date", "event" or "attribution"
	Type  string // the entity type, event type or date value
	Link  string
	Title string
}

// mark is a span of text to highlight; lower rank wins an overlap.
type mark struct {
	litopys.Span
	rank int
	seg  Segment
}

// highlight cuts doc's text into paragraphs of segments, in time linear
// in the text and the marks (a paragraph finds its first mark by binary
// search).
func highlight(doc *litopys.Document, story string) [][]Segment {
	marks := docMarks(doc, story)
	paras := doc.Paragraphs
	if len(paras) == 0 {
		paras = []litopys.Span{{Start: 0, End: len(doc.Text)}}
	}
	var out [][]Segment
	for _, p := range paras {
		if p.Start < 0 || p.End > len(doc.Text) || p.Start >= p.End {
			continue
		}
		// marks do not overlap and are in text order, so their ends are
		// in order too: the first that ends inside p is found by search.
		i, _ := slices.BinarySearchFunc(marks, p.Start, func(m mark, start int) int { return cmp.Compare(m.End, start+1) })
		out = append(out, segments(doc.Text, p, marks[i:]))
	}
	return out
}

// docMarks gathers the non-overlapping marks of doc, in text order.
func docMarks(doc *litopys.Document, story string) []mark {
	return dropOverlaps(candidateMarks(doc, story))
}

// candidateMarks lists every mark of doc on a valid span, overlapping or
// not.
func candidateMarks(doc *litopys.Document, story string) []mark {
	storyLink := ""
	if story != "" {
		storyLink = "/stories/" + url.PathEscape(story) + "#chronology"
	}
	var all []mark
	for _, m := range doc.Mentions {
		seg := Segment{Kind: "entity", Type: m.Type, Title: m.Type + ": " + m.Base}
		if m.Entity != "" {
			seg.Link = "/entities/" + url.PathEscape(m.Entity)
		}
		all = append(all, mark{litopys.Span{Start: m.Start, End: m.End}, 0, seg})
	}
	for _, t := range doc.Times {
		if t.Boilerplate {
			continue // its offsets are into a removed piece, not the text
		}
		all = append(all, mark{litopys.Span{Start: t.Start, End: t.End}, 1, Segment{Kind: "date", Type: t.Value.String(), Link: storyLink, Title: "date: " + t.Value.String()}})
	}
	for _, e := range doc.Events {
		title := "event: " + e.Type
		if !e.Date.IsZero() {
			title += ", " + e.Date.String()
		}
		all = append(all, mark{e.TriggerSpan, 2, Segment{Kind: "event", Type: e.Type, Link: storyLink, Title: title}})
	}
	for _, a := range doc.Attributions {
		sp, ok := cueSpan(doc.Text, a)
		if !ok {
			continue
		}
		seg := Segment{Kind: "attribution", Type: a.Cue, Title: "attributed to: " + cmp.Or(a.SourceText, "?")}
		if a.Source != "" {
			seg.Link = "/entities/" + url.PathEscape(a.Source)
		}
		all = append(all, mark{sp, 3, seg})
	}
	return slices.DeleteFunc(all, func(m mark) bool { return !validSpan(doc.Text, m.Span) })
}

// dropOverlaps keeps, of overlapping marks, the one of lower rank, and of
// one rank the one that starts first (the first given on a tie), and
// returns the kept marks in text order. It takes the ranks in turn, each
// in one pass over its marks beside the marks already kept, so it is
// linear in the marks (after sorting) where a check of every pair was
// quadratic.
func dropOverlaps(all []mark) []mark {
	sortByRank(all)
	var kept, merged []mark
	for len(all) > 0 {
		n := 1
		for n < len(all) && all[n].rank == all[0].rank {
			n++
		}
		var took []mark
		j := 0 // the first kept mark that ends after the candidate's start
		for _, m := range all[:n] {
			for j < len(kept) && kept[j].End <= m.Start {
				j++
			}
			if j < len(kept) && kept[j].Start < m.End {
				continue // overlaps a mark of a lower rank
			}
			if len(took) > 0 && took[len(took)-1].End > m.Start {
				continue // overlaps an earlier mark of this rank
			}
			took = append(took, m)
		}
		merged = mergeMarks(merged[:0], kept, took)
		kept, merged = merged, kept
		all = all[n:]
	}
	return kept
}

// sortByRank puts marks in the order they win overlaps: by rank, then
// start, then as given.
func sortByRank(marks []mark) {
	slices.SortStableFunc(marks, func(a, b mark) int { return cmp.Or(a.rank-b.rank, a.Start-b.Start) })
}

// mergeMarks appends to dst the marks of a and b, two lists in text order
// that do not overlap each other, in text order.
func mergeMarks(dst, a, b []mark) []mark {
	for len(a) > 0 && len(b) > 0 {
		if a[0].Start <= b[0].Start {
			dst, a = append(dst, a[0]), a[1:]
		} else {
			dst, b = append(dst, b[0]), b[1:]
		}
	}
	return append(append(dst, a...), b...)
}

// cueSpan finds the attribution's cue word inside its evidence.
func cueSpan(text string, a litopys.Attribution) (litopys.Span, bool) {
	if a.Cue == "" || !validSpan(text, a.Evidence) {
		return litopys.Span{}, false
	}
	i := strings.Index(text[a.Evidence.Start:a.Evidence.End], a.Cue)
	if i < 0 {
		return litopys.Span{}, false
	}
	s := a.Evidence.Start + i
	return litopys.Span{Start: s, End: s + len(a.Cue)}, true
}

// segments cuts the paragraph p of text at the marks, which are in text
// order and start with the first that may reach into p.
func segments(text string, p litopys.Span, marks []mark) []Segment {
	var out []Segment
	pos := p.Start
	for _, m := range marks {
		if m.Start >= p.End {
			break
		}
		s, e := max(m.Start, p.Start), min(m.End, p.End)
		if s >= e || s < pos {
			continue
		}
		if s > pos {
			out = append(out, Segment{Text: text[pos:s]})
		}
		seg := m.seg
		seg.Text = text[s:e]
		out = append(out, seg)
		pos = e
	}
	if pos < p.End {
		out = append(out, Segment{Text: text[pos:p.End]})
	}
	return out
}

// validSpan reports whether s is a non-empty span of text on rune
// boundaries.
func validSpan(text string, s litopys.Span) bool {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return false
	}
	return utf8.RuneStart(text[s.Start]) && (s.End == len(text) || utf8.RuneStart(text[s.End]))
}

// snippetSegments turns a search snippet, whose matched words are marked
// as **word**, into segments.
func snippetSegments(snippet string) []Segment {
	var out []Segment
	for i, part := range strings.Split(snippet, "**") {
		if part == "" {
			continue
		}
		kind := ""
		if i%2 == 1 {
			kind = "match"
		}
		out = append(out, Segment{Text: part, Kind: kind})
	}
	return out
}
