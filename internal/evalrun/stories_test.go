package evalrun

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/story"
)

// sharedDir returns ../../../shared/<rel>, skipping the test when the
// shared data is absent (and failing it in CI, where it must be present).
func sharedDir(tb testing.TB, rel string) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", rel)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("shared data missing in CI: %v", err)
		}
		tb.Skipf("shared data absent: %v", err)
	}
	return dir
}

var testPipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) { return pipeline.New(pipeline.Options{}) })

func newPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	p, err := testPipeline()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// topicDocs analyses the BSNLP topics and the seeds.
func topicDocs(tb testing.TB) ([]eval.RawDoc, []*litopys.Document) {
	tb.Helper()
	var raw []eval.RawDoc
	var docs []*litopys.Document
	for _, dir := range []string{sharedDir(tb, "data/bsnlp"), sharedDir(tb, "seeds/bsnlp")} {
		r, _, err := eval.ReadBSNLPGold(dir)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := AnalyzeRaw(context.Background(), newPipeline(tb), r, false)
		if err != nil {
			tb.Fatal(err)
		}
		raw, docs = append(raw, r...), append(docs, d...)
	}
	return raw, docs
}

// Floors on the BSNLP topics plus the seeds, each topic one gold cluster.
// The topics run for months and hold many developments each, so they are
// threads rather than stories: a story must not mix topics (precision),
// and threads should gather much of a topic.
const (
	bsnlpFloorPrecision = 0.98
	bsnlpFloorThreadF1  = 0.72
)

// TestBSNLPClusters pins the quality floors of the clustering on the
// BSNLP topics and the seeds.
func TestBSNLPClusters(t *testing.T) {
	raw, docs := topicDocs(t)
	rep := ClusterTopics(raw, docs, story.Options{})
	th := rep.Threads.BCubed
	t.Logf("stories B-cubed P %.3f R %.3f F1 %.3f, %d stories, %d duplicates; threads P %.3f R %.3f F1 %.3f, %d threads",
		rep.BCubed.P, rep.BCubed.R, rep.BCubed.F1, rep.SystemClusters, rep.Duplicates, th.P, th.R, th.F1, rep.Threads.SystemClusters)
	if rep.BCubed.P < bsnlpFloorPrecision {
		t.Errorf("stories: B-cubed precision %.3f < floor %.2f", rep.BCubed.P, bsnlpFloorPrecision)
	}
	if th.F1 < bsnlpFloorThreadF1 {
		t.Errorf("threads: B-cubed F1 %.3f < floor %.2f", th.F1, bsnlpFloorThreadF1)
	}
	// Determinism: the same input in the same order gives the same stories.
	if again := ClusterTopics(raw, docs, story.Options{}); !equalMaps(again.Stories, rep.Stories) {
		t.Error("a second run gives other stories")
	}
}

// TestThresholdSweep prints B-cubed on the BSNLP topics by threshold. Set
// LITOPYS_STORY_SWEEP=1 to run it.
func TestThresholdSweep(t *testing.T) {
	if os.Getenv("LITOPYS_STORY_SWEEP") == "" {
		t.Skip("set LITOPYS_STORY_SWEEP=1 to sweep the thresholds")
	}
	raw, docs := topicDocs(t)
	for _, th := range []float64{0.04, 0.06, 0.08, 0.10, 0.12, 0.15, 0.2} {
		rep := ClusterTopics(raw, docs, story.Options{Threshold: th})
		var ts []string
		for k, v := range rep.Topics {
			ts = append(ts, fmt.Sprintf("%s %d/%.3f", k, v.Stories, v.BCubed.F1))
		}
		sort.Strings(ts)
		t.Logf("threshold %.2f: P %.3f R %.3f F1 %.3f; %s", th, rep.BCubed.P, rep.BCubed.R, rep.BCubed.F1, strings.Join(ts, ", "))
	}
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

// Floors on the hand-made story gold (story/testdata/gold), 0.01 under
// the figures of session 25 (uk 0.853, ru 0.916). The options were tuned
// on the uk file; ru was held out (scored only after the choice).
var storyGoldFloors = []struct {
	name, corpus string
	f1, maxShare float64
}{
	{"uk_news_nov2024", "uk_news_nov2024.csv", 0.84, 0.1},
	{"ru_rt_ng", "ru_rt_ng.jsonl.gz", 0.905, 0.1},
}

// TestStoryGold clusters the gold's articles of each corpus and pins
// B-cubed F1 of the stories, and how much of a day its largest story may
// take (issue 16: a tenth; the ru file's dated articles are Nezavisimaya
// Gazeta's, its Russia Today ones are undated and count in no day).
func TestStoryGold(t *testing.T) {
	news := sharedDir(t, "data/news")
	for _, g := range storyGoldFloors {
		t.Run(g.name, func(t *testing.T) {
			rep, err := Stories(context.Background(), newPipeline(t), StoryOptions{
				Gold: filepath.Join("..", "..", "story", "testdata", "gold", g.name+".stories.jsonl"), Corpus: []string{filepath.Join(news, g.corpus)}})
			if err != nil {
				t.Fatal(err)
			}
			s := rep.Stories.BCubed
			t.Logf("stories P %.3f R %.3f F1 %.3f; threads F1 %.3f; largest %v, largest day share %.3f",
				s.P, s.R, s.F1, rep.Threads.BCubed.F1, rep.Stats.Size.Max, rep.Stats.DayShare.Max)
			if s.F1 < g.f1 {
				t.Errorf("B-cubed F1 %.3f < floor %.2f", s.F1, g.f1)
			}
			if rep.Stats.DayShare.Max > g.maxShare {
				t.Errorf("a story takes %.3f of its day, more than %.2f", rep.Stats.DayShare.Max, g.maxShare)
			}
		})
	}
}
