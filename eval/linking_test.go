package eval

import (
	"math"
	"reflect"
	"testing"
)

func TestLEA(t *testing.T) {
	tests := []struct {
		name      string
		key, resp map[string]string
		want      LinkReport
	}{{
		// Key {a,b,c} {d,e}; response {a,b} {c,d} {e}.
		// Recall: {a,b,c} has 3 links, the response keeps a–b: 3·1/3 = 1;
		// {d,e} keeps none: 0. R = 1/5.
		// Precision: {a,b} keeps its link: 2·1/1 = 2; {c,d} none; {e} is a
		// singleton whose mention is not a key singleton: 0. P = 2/5.
		// F1 = 2·0.4·0.2/0.6 = 4/15. Links: a–b, c–d; c–d is a false merge.
		name: "moosavi-strube style example",
		key:  map[string]string{"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"},
		resp: map[string]string{"a": "1", "b": "1", "c": "2", "d": "2", "e": "3"},
		want: LinkReport{P: 0.4, R: 0.2, F1: 4.0 / 15, Mentions: 5, SystemLinks: 2, FalseMerges: 1},
	}, {
		name: "singletons kept",
		key:  map[string]string{"a": "X", "b": "Y"},
		resp: map[string]string{"a": "1", "b": "2"},
		want: LinkReport{P: 1, R: 1, F1: 1, Mentions: 2},
	}, {
		// Two key singletons merged: no self-link survives on either side.
		name: "singletons merged",
		key:  map[string]string{"a": "X", "b": "Y"},
		resp: map[string]string{"a": "1", "b": "1"},
		want: LinkReport{Mentions: 2, SystemLinks: 1, FalseMerges: 1},
	}, {
		// Key {a,b,c}; response {a,b} and d (not in key). Recall 3·1/3 / 3
		// = 1/3. Precision: {a,b} 2·1 = 2, {d} 0 → 2/3.
		name: "different mention sets",
		key:  map[string]string{"a": "X", "b": "X", "c": "X"},
		resp: map[string]string{"a": "1", "b": "1", "d": "2"},
		want: LinkReport{P: 2.0 / 3, R: 1.0 / 3, F1: 4.0 / 9, Mentions: 3, SystemLinks: 1},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clustering{key: tt.key, resp: tt.resp}.score()
			for _, f := range []*float64{&got.P, &got.R, &got.F1, &tt.want.P, &tt.want.R, &tt.want.F1} {
				*f = math.Round(*f*1e9) / 1e9
			}
			if got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestScoreNERLinking checks that linking runs across documents and
// languages and only over recognised mentions.
func TestScoreNERLinking(t *testing.T) {
	gold := map[string]Doc{}
	sys := map[string]Doc{}
	add := func(m map[string]Doc, lang string, ms ...Mention) {
		d := Doc{Topic: "t", ID: "d", Lang: lang, Mentions: ms}
		m[d.Key()] = d
	}
	// Gold: Россия (ru) and Росія (uk) are GPE-Russia; Украина (ru) is
	// GPE-Ukraine. The system links all three as "e1" and misses "Киев".
	// Recognised mentions: 3. Key {ru:россия, uk:росія} {ru:украина};
	// response {all three}. R = (2·1/1 + 0)/3 = 2/3 (the Ukraine singleton
	// is merged away). P = 3·(1/3)/3 = 1/3. One link kept, two false merges.
	add(gold, "ru", Mention{"Россия", "Россия", "LOC", "GPE-Russia"}, Mention{"Украина", "Украина", "LOC", "GPE-Ukraine"},
		Mention{"Киев", "Киев", "LOC", "GPE-Kyiv"})
	add(gold, "uk", Mention{"Росія", "Росія", "LOC", "GPE-Russia"})
	add(sys, "ru", Mention{"Россия", "Россия", "LOC", "e1"}, Mention{"Украина", "Украина", "LOC", "e1"})
	add(sys, "uk", Mention{"Росія", "Росія", "LOC", "e1"})
	got := ScoreNER(gold, sys).Linking
	want := LinkReport{P: 1.0 / 3, R: 2.0 / 3, F1: 4.0 / 9, Mentions: 3, SystemLinks: 3, FalseMerges: 2}
	for _, f := range []*float64{&got.P, &got.R, &got.F1, &want.P, &want.R, &want.F1} {
		*f = math.Round(*f*1e9) / 1e9
	}
	if got != want {
		t.Errorf("linking = %+v\nwant %+v", got, want)
	}
	if m := GoldIDMap(gold, sys); !reflect.DeepEqual(m, map[string]string{"e1": "GPE-Russia"}) {
		t.Errorf("GoldIDMap = %v", m)
	}
}
