package http

import (
	"reflect"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

func TestHighlight(t *testing.T) {
	doc := fixtureDoc("a1", "en", 6)
	got := highlight(doc, "s1")
	want := [][]Segment{
		{
			{Text: "Ivan Petrov", Kind: "entity", Type: "PER", Link: "/entities/PER-petrov", Title: "PER: Ivan Petrov"},
			{Text: " " + hostile + " "},
			{Text: "said", Kind: "attribution", Type: "said", Link: "/entities/PER-petrov", Title: "attributed to: Ivan Petrov"},
			{Text: " on "},
			{Text: "5 May", Kind: "date", Type: "2024-05-05", Link: "/stories/s1#chronology", Title: "date: 2024-05-05"},
			{Text: " that the "},
			{Text: "bridge", Kind: "entity", Type: "LOC", Link: "/entities/LOC-bridge", Title: "LOC: bridge"},
			{Text: " "},
			{Text: "opened", Kind: "event", Type: "open", Link: "/stories/s1#chronology", Title: "event: open, 2024-05-05"},
			{Text: "."},
		},
		{{Text: "Second paragraph."}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("highlight:\n got %+v\nwant %+v", got, want)
	}
}

// TestHighlightOverlaps keeps the higher-ranked of overlapping marks and
// drops spans that are out of range or split a character.
func TestHighlightOverlaps(t *testing.T) {
	doc := &litopys.Document{
		Text: "Київ, 5 травня",
		Mentions: []litopys.Mention{
			{Start: 0, End: 8, Type: "LOC", Base: "Київ", Entity: "LOC-kyiv"},
			{Start: 1, End: 3, Type: "LOC", Entity: "bad"}, // inside "К": not a rune boundary
			{Start: 10, End: 99, Type: "LOC", Entity: "bad"},
		},
		Times: []litopys.TimeExpr{{Start: 8, End: 24, Value: litopys.TimexOf(litopys.DayDate(2024, 5, 5))}, {Start: 10, End: 24}, {Start: 10, End: 21}},
	}
	got := highlight(doc, "")
	want := [][]Segment{{
		{Text: "Київ", Kind: "entity", Type: "LOC", Link: "/entities/LOC-kyiv", Title: "LOC: Київ"},
		{Text: ", 5 травня", Kind: "date", Type: "2024-05-05", Title: "date: 2024-05-05"},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("highlight:\n got %+v\nwant %+v", got, want)
	}
}

func TestSnippetSegments(t *testing.T) {
	got := snippetSegments("a **bridge** over **x**")
	want := []Segment{{Text: "a "}, {Text: "bridge", Kind: "match"}, {Text: " over "}, {Text: "x", Kind: "match"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// FuzzHighlight checks that any spans, however wrong, give segments that
// put the text back together.
func FuzzHighlight(f *testing.F) {
	f.Add("Київ, 5 травня", 0, 8, 4, 21, 2, 5)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		doc := &litopys.Document{
			Text:       text,
			Mentions:   []litopys.Mention{{Start: a, End: b, Entity: "x"}},
			Times:      []litopys.TimeExpr{{Start: c, End: d}},
			Events:     []litopys.Event{{TriggerSpan: litopys.Span{Start: e, End: g}}},
			Paragraphs: []litopys.Span{{Start: 0, End: len(text)}},
		}
		var sb strings.Builder
		for _, p := range highlight(doc, "s") {
			for _, s := range p {
				sb.WriteString(s.Text)
			}
		}
		if text != "" && sb.String() != text {
			t.Fatalf("segments give %q, want %q", sb.String(), text)
		}
	})
}
