package eval

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/litopys/litopys"
)

const tlText = "On 8 May the army attacked the town. Later, the minister said peace was near. " +
	"Reuters reported this after failures in May and August."

// span returns the span of the first occurrence of s in tlText.
func span(tb testing.TB, s string) *litopys.Span {
	tb.Helper()
	i := strings.Index(tlText, s)
	if i < 0 {
		tb.Fatalf("%q not in text", s)
	}
	return &litopys.Span{Start: i, End: i + len(s)}
}

func TestScoreTimeline(t *testing.T) {
	gold := Timeline{
		Events: []GoldEvent{
			{Doc: "d", Date: "2023-05-08", Granularity: "day", Type: "attack", Participants: []string{"ORG-Army"}, Evidence: "On 8 May the army attacked"},
			{Doc: "d", Date: "2023-05", Granularity: "month", Type: "statement", Participants: []string{"PER-Minister"}, Evidence: "the minister said peace"},
		},
		Attributions: []GoldAttribution{{Doc: "d", Source: "ORG-Reuters", Evidence: "Reuters reported"}},
	}
	ids := map[string]string{"s-army": "ORG-Army", "s-reuters": "ORG-Reuters", "s-mfa": "ORG-MFA"}
	mapID := func(id string) string { return ids[id] }
	tests := []struct {
		name string
		gold Timeline
		sys  SystemTimeline
		want TimelineReport
	}{{
		// S1 overlaps gold 1 by span, right date (granularity from the
		// date), right type and participant. S2 overlaps gold 2 by located
		// text but has the wrong date and no type. S3 overlaps nothing.
		// Events: 2 of 3 system, 2 of 2 gold. Dated: 1. Dates 1/2, types
		// 1/2. Participants: gold {ORG-Army} {PER-Minister}, system
		// {ORG-Army} {} → 1 of 1 system, 1 of 2 gold. The attribution
		// matches through the id map and overlapping text.
		name: "mixed",
		gold: gold,
		sys: SystemTimeline{
			Texts: map[string]string{"d": tlText},
			MapID: mapID,
			Events: []SystemEvent{
				{Doc: "d", Date: "2023-05-08", Type: "attack", Participants: []string{"s-army"}, Span: span(t, "army attacked")},
				{Doc: "d", Date: "2023-05-10", Evidence: "minister  said"},
				{Doc: "d", Date: "2023-05", Evidence: "Later,"},
				{Doc: "other", Date: "2023-05", Evidence: "not scored"},
			},
			Attributions: []SystemAttribution{{Doc: "d", Source: "s-reuters", Evidence: "reported this"}},
		},
		want: TimelineReport{
			Events:       NewPRF(2, 3, 2, 2),
			EventsDated:  NewPRF(2, 3, 1, 1),
			Dates:        Accuracy{Accuracy: 0.5, Correct: 1, Total: 2},
			Types:        Accuracy{Accuracy: 0.5, Correct: 1, Total: 2},
			Participants: NewPRF(2, 1, 1, 1),
			Attributions: NewPRF(1, 1, 1, 1),
		},
	}, {
		// Two gold events on one evidence (May and August); the system has
		// them in the other order. A greedy matching would pair them
		// crosswise with both dates wrong; the Hungarian matching pairs
		// them by date. The gold attribution names a via the system lacks.
		name: "shared evidence prefers dates",
		gold: Timeline{
			Events: []GoldEvent{
				{Doc: "d", Date: "2023-05", Granularity: "month", Evidence: "failures in May and August"},
				{Doc: "d", Date: "2023-08", Granularity: "month", Evidence: "failures in May and August"},
			},
			Attributions: []GoldAttribution{{Doc: "d", Source: "ORG-Reuters", Via: "ORG-MFA", Evidence: "Reuters reported"}},
		},
		sys: SystemTimeline{
			Texts: map[string]string{"d": tlText},
			MapID: mapID,
			Events: []SystemEvent{
				{Doc: "d", Date: "2023-08-02", Granularity: "month", Evidence: "August"},
				{Doc: "d", Date: "2023-05", Evidence: "failures in May"},
			},
			Attributions: []SystemAttribution{{Doc: "d", Source: "s-reuters", Evidence: "Reuters reported"}},
		},
		want: TimelineReport{
			Events:       NewPRF(2, 2, 2, 2),
			EventsDated:  NewPRF(2, 2, 2, 2),
			Dates:        Accuracy{Accuracy: 1, Correct: 2, Total: 2},
			Types:        Accuracy{Accuracy: 1, Correct: 2, Total: 2},
			Attributions: NewPRF(1, 1, 0, 0),
		},
	}, {
		// No texts: evidence strings are compared as words. "the army
		// attacked the town" shares a 3-word run with the gold evidence
		// (shorter has 5 words, needs 3); "said" alone is 1 of 4 words.
		name: "without text",
		gold: gold,
		sys: SystemTimeline{
			Events: []SystemEvent{
				{Doc: "d", Date: "2023-05-08", Evidence: "the army attacked the town"},
				{Doc: "d", Date: "2023-05", Evidence: "said"},
			},
		},
		want: TimelineReport{
			Events:       NewPRF(2, 2, 1, 1),
			EventsDated:  NewPRF(2, 2, 1, 1),
			Dates:        Accuracy{Accuracy: 1, Correct: 1, Total: 1},
			Types:        Accuracy{Correct: 0, Total: 1},
			Participants: NewPRF(1, 0, 0, 0),
			Attributions: NewPRF(1, 0, 0, 0),
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roundTimeline(ScoreTimeline(tt.gold, tt.sys))
			if want := roundTimeline(tt.want); !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func roundTimeline(r TimelineReport) TimelineReport {
	for _, f := range []*float64{&r.Events.P, &r.Events.R, &r.Events.F1, &r.EventsDated.P, &r.EventsDated.R, &r.EventsDated.F1,
		&r.Participants.P, &r.Participants.R, &r.Participants.F1, &r.Attributions.P, &r.Attributions.R, &r.Attributions.F1,
		&r.Dates.Accuracy, &r.Types.Accuracy} {
		*f = math.Round(*f*1e9) / 1e9
	}
	return r
}

func TestMaxWeightMatching(t *testing.T) {
	tests := []struct {
		name string
		w    [][]int
		n, m int
		want []int
	}{
		{"empty", nil, 0, 0, []int{}},
		{"no edges", [][]int{{0, 0}}, 1, 2, []int{-1}},
		// Greedy would take (0,0)=3 and leave row 1 alone; 2+2 beats 3.
		{"cardinality via weight", [][]int{{3, 2}, {2, 0}}, 2, 2, []int{1, 0}},
		{"more rows than columns", [][]int{{1}, {5}, {2}}, 3, 1, []int{-1, 0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := maxWeightMatching(tt.w, tt.n, tt.m)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func FuzzReadTimeline(f *testing.F) {
	f.Add(`{"events":[{"date":"2023-05","granularity":"month","doc":"d","type":"x","evidence":"a b"}],"attributions":[{"doc":"d","source":"S","evidence":"c"}]}`)
	f.Add(`{"events":[{"date":"2023-09-12","granularity":"day","doc":"d","evidence":"x"},{"date":"2023","doc":"d","evidence":"x"}]}`)
	f.Add(`{"events":null}`)
	f.Fuzz(func(t *testing.T, in string) {
		tl, err := ReadTimeline(strings.NewReader(in))
		if err != nil {
			return
		}
		// A valid gold timeline scored against itself, without texts, finds
		// every event with its date and every attribution.
		r := ScoreTimeline(tl, asSystem(tl, nil))
		if r.Events.MatchedGold != len(tl.Events) || r.Dates.Correct != len(tl.Events) || r.Attributions.MatchedGold != len(tl.Attributions) {
			t.Errorf("against itself: %+v", r)
		}
	})
}

// TestScoreTimelineExplain: with Explain, every error gets a note: a gold
// event missed, a system event matching none, a matched one with a wrong
// date; a perfect match gets none.
func TestScoreTimelineExplain(t *testing.T) {
	gold := Timeline{Events: []GoldEvent{
		{Doc: "d", Date: "2023-05-08", Granularity: "day", Type: "attack", Evidence: "On 8 May the army attacked"},
		{Doc: "d", Date: "2023-05", Granularity: "month", Type: "statement", Evidence: "the minister said peace"},
		{Doc: "d", Date: "2023-08", Granularity: "month", Type: "launch-failure", Evidence: "failures in May and August"},
	}}
	sys := SystemTimeline{Texts: map[string]string{"d": tlText}, Explain: true, Events: []SystemEvent{
		{Doc: "d", Date: "2023-05-08", Type: "attack", Span: span(t, "army attacked")},
		{Doc: "d", Date: "2023-05-10", Type: "statement", Evidence: "minister said"},
		{Doc: "d", Date: "2023-05", Evidence: "Later,"},
	}}
	notes := ScoreTimeline(gold, sys).Notes
	want := []string{"missed 2023-08", "matched gold 2023-05 statement", "spurious 2023-05"}
	if len(notes) != len(want) {
		t.Fatalf("notes %q, want %d", notes, len(want))
	}
	for _, w := range want {
		if !slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, w) }) {
			t.Errorf("no note with %q in %q", w, notes)
		}
	}
	sys.Explain = false
	if n := ScoreTimeline(gold, sys).Notes; n != nil {
		t.Errorf("notes without Explain: %q", n)
	}
}
