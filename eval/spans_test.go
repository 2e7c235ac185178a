package eval

import "testing"

// TestScoreSpans: exact offsets and type; a system type the gold does not
// annotate is not counted; a duplicate system span counts once.
func TestScoreSpans(t *testing.T) {
	gold := [][]Span{{{0, 5, "PER"}, {10, 16, "LOC"}}, {{0, 3, "ORG"}}}
	sys := [][]Span{{{0, 5, "PER"}, {0, 5, "PER"}, {10, 16, "ORG"}, {20, 25, "EVT"}}, {}}
	r := ScoreSpans(gold, sys, []string{"PER", "ORG", "LOC"})
	want := PRF{P: 0.5, R: 1.0 / 3, F1: 0.4, Gold: 3, System: 2, MatchedGold: 1, MatchedSystem: 1}
	if r.All != want {
		t.Errorf("all = %+v, want %+v", r.All, want)
	}
	if p := r.PerType["PER"]; p.P != 1 || p.R != 1 {
		t.Errorf("PER = %+v, want 1/1", p)
	}
	if p := r.PerType["ORG"]; p.Gold != 1 || p.System != 1 || p.MatchedSystem != 0 {
		t.Errorf("ORG = %+v", p)
	}
	if _, ok := r.PerType["EVT"]; ok {
		t.Error("EVT counted though the gold has no EVT")
	}
}
