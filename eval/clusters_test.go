package eval

import (
	"math"
	"testing"
)

func TestScoreClusters(t *testing.T) {
	gold := map[string]string{"d1": "A", "d2": "A", "d3": "A", "d4": "B", "d5": "B"}
	tests := []struct {
		name string
		sys  map[string]string
		want ClusterReport
	}{{
		name: "perfect",
		sys:  map[string]string{"d1": "x", "d2": "x", "d3": "x", "d4": "y", "d5": "y"},
		want: ClusterReport{BCubed: PRFScore{P: 1, R: 1, F1: 1}, Documents: 5, GoldClusters: 2, SystemClusters: 2},
	}, {
		// System {d1,d2} {d3,d4,d5}.
		// P per doc: d1 2/2, d2 2/2, d3 1/3, d4 2/3, d5 2/3 → 11/15.
		// R per doc: d1 2/3, d2 2/3, d3 1/3, d4 2/2, d5 2/2 → 11/15.
		name: "one document misplaced",
		sys:  map[string]string{"d1": "x", "d2": "x", "d3": "y", "d4": "y", "d5": "y"},
		want: ClusterReport{BCubed: PRFScore{P: 11.0 / 15, R: 11.0 / 15, F1: 11.0 / 15}, Documents: 5, GoldClusters: 2, SystemClusters: 2},
	}, {
		// System {d1,d2} {d3,d4}, d5 unclustered (a singleton), d9 not gold.
		// P: 1, 1, 1/2, 1/2, 1 → 4/5. R: 2/3, 2/3, 1/3, 1/2, 1/2 → 8/15.
		// F1 = 2·(4/5)(8/15)/(4/5+8/15) = 16/25.
		name: "missing and extra documents",
		sys:  map[string]string{"d1": "x", "d2": "x", "d3": "y", "d4": "y", "d9": "y"},
		want: ClusterReport{BCubed: PRFScore{P: 0.8, R: 8.0 / 15, F1: 0.64}, Documents: 5, GoldClusters: 2, SystemClusters: 3},
	}, {
		// Everything in one cluster: P = (3·3/5 + 2·2/5)/5 = 13/25, R = 1.
		name: "one big cluster",
		sys:  map[string]string{"d1": "x", "d2": "x", "d3": "x", "d4": "x", "d5": "x"},
		want: ClusterReport{BCubed: PRFScore{P: 13.0 / 25, R: 1, F1: 26.0 / 38}, Documents: 5, GoldClusters: 2, SystemClusters: 1},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreClusters(gold, tt.sys)
			for _, f := range []*float64{&got.BCubed.P, &got.BCubed.R, &got.BCubed.F1, &tt.want.BCubed.P, &tt.want.BCubed.R, &tt.want.BCubed.F1} {
				*f = math.Round(*f*1e9) / 1e9
			}
			if got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
