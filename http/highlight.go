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

// highlight cuts doc's text into paragraphs of segments.
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
		out = append(out, segments(doc.Text, p, marks))
	}
	return out
}

// docMarks gathers the non-overlapping marks of doc, in text order.
func docMarks(doc *litopys.Document, story string) []mark {
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
		all = append(all, mark{litopys.Span{Start: t.Start, End: t.End}, 1, Segment{Kind: "date", Type: t.Value, Link: storyLink, Title: "date: " + t.Value}})
	}
	for _, e := range doc.Events {
		title := "event: " + e.Type
		if e.Date != "" {
			title += ", " + e.Date
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
	all = slices.DeleteFunc(all, func(m mark) bool { return !validSpan(doc.Text, m.Span) })
	slices.SortStableFunc(all, func(a, b mark) int { return cmp.Or(a.rank-b.rank, a.Start-b.Start) })
	var kept []mark
	for _, m := range all {
		if !slices.ContainsFunc(kept, func(k mark) bool { return k.Start < m.End && m.Start < k.End }) {
			kept = append(kept, m)
		}
	}
	slices.SortFunc(kept, func(a, b mark) int { return a.Start - b.Start })
	return kept
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

// segments cuts the paragraph p of text at the marks.
func segments(text string, p litopys.Span, marks []mark) []Segment {
	var out []Segment
	pos := p.Start
	for _, m := range marks {
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
