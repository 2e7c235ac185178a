package story

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
)

// bsnlpFloor is the least B-cubed F1 on the four BSNLP topics plus the
// seeds (0.951 when it was set; 0.947 since articles keep their 150 heaviest lemmas).
const bsnlpFloor = 0.93

// TestBSNLPClusters pins the quality floor of the clustering on the BSNLP
// topics and the seeds, each topic one gold story.
func TestBSNLPClusters(t *testing.T) {
	raw, docs := analyzeAll(t)
	rep := Evaluate(raw, docs, Options{})
	t.Logf("B-cubed P %.3f R %.3f F1 %.3f, %d stories, %d duplicates", rep.BCubed.P, rep.BCubed.R, rep.BCubed.F1, rep.SystemClusters, rep.Duplicates)
	if rep.BCubed.F1 < bsnlpFloor {
		t.Errorf("B-cubed F1 %.3f < floor %.2f", rep.BCubed.F1, bsnlpFloor)
	}
	if s := rep.Topics["russia_dprk"].Stories; s != 1 {
		t.Errorf("the seeds fall into %d stories, want 1", s)
	}
	// Determinism: the same input in the same order gives the same stories.
	if again := Evaluate(raw, docs, Options{}); !equalMaps(again.Stories, rep.Stories) {
		t.Error("a second run gives other stories")
	}
}

// TestThresholdSweep prints B-cubed by threshold for the held-out protocol
// of the package documentation: tune on two topics, check on the other
// two, and all together. Set LITOPYS_STORY_SWEEP=1 to run it.
func TestThresholdSweep(t *testing.T) {
	if os.Getenv("LITOPYS_STORY_SWEEP") == "" {
		t.Skip("set LITOPYS_STORY_SWEEP=1 to sweep the thresholds")
	}
	raw, docs := analyzeAll(t)
	for _, set := range []string{"asia_bibi,brexit", "nord_stream,ryanair", ""} {
		rr, dd := topics(raw, docs, set)
		for _, th := range []float64{0.04, 0.06, 0.08, 0.10, 0.12, 0.15, 0.2} {
			rep := Evaluate(rr, dd, Options{Threshold: th})
			var ts []string
			for k, v := range rep.Topics {
				ts = append(ts, fmt.Sprintf("%s %d/%.3f", k, v.Stories, v.BCubed.F1))
			}
			sort.Strings(ts)
			t.Logf("[%s] threshold %.2f: P %.3f R %.3f F1 %.3f; %s", set, th, rep.BCubed.P, rep.BCubed.R, rep.BCubed.F1, strings.Join(ts, ", "))
		}
	}
}

// analyzeAll analyses the BSNLP topics and the seeds.
func analyzeAll(tb testing.TB) ([]eval.RawDoc, []*litopys.Document) {
	tb.Helper()
	raw, docs := analyze(tb, sharedDir(tb, "data/bsnlp"))
	r2, d2 := analyze(tb, sharedDir(tb, "seeds/bsnlp"))
	return append(raw, r2...), append(docs, d2...)
}

// topics keeps the documents of the comma-separated topics ("" keeps all).
func topics(raw []eval.RawDoc, docs []*litopys.Document, set string) ([]eval.RawDoc, []*litopys.Document) {
	var rr []eval.RawDoc
	var dd []*litopys.Document
	for i, r := range raw {
		if set == "" || strings.Contains(","+set+",", ","+r.Topic+",") {
			rr, dd = append(rr, r), append(dd, docs[i])
		}
	}
	return rr, dd
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
