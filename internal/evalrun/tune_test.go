package evalrun

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"testing"

	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/story"
)

// TestStoryTune prints the story gold scores (uk: tuning set; ru: held
// out) and BSNLP B-cubed for a grid of options, the analyses cached in
// $LITOPYS_STORY_TUNE (a directory).
func TestStoryTune(t *testing.T) {
	cache := os.Getenv("LITOPYS_STORY_TUNE")
	if cache == "" {
		t.Skip("set LITOPYS_STORY_TUNE=DIR to tune the story options")
	}
	p := newPipeline(t)
	news := sharedDir(t, "data/news")
	gold := filepath.Join("..", "..", "story", "testdata", "gold")
	type set struct {
		name   string
		labels []any
	}
	ukL, ukD, err := loadStories(context.Background(), p, StoryOptions{Gold: filepath.Join(gold, "uk_news_nov2024.stories.jsonl"),
		Corpus: []string{filepath.Join(news, "uk_news_nov2024.csv")}, Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	ruL, ruD, err := loadStories(context.Background(), p, StoryOptions{Gold: filepath.Join(gold, "ru_rt_ng.stories.jsonl"),
		Corpus: []string{filepath.Join(news, "ru_rt_ng.jsonl.gz")}, Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	raw, docs := topicDocs(t)
	var allD []corpusDoc
	if os.Getenv("LITOPYS_STORY_TUNE_ALL") != "" {
		if _, allD, err = loadStories(context.Background(), p, StoryOptions{Corpus: []string{filepath.Join(news, "ru_rt_ng.jsonl.gz")}, Cache: cache, All: true}); err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range tuneGrid() {
		if allD != nil {
			all := clusterStories(nil, allD, o)
			t.Logf("ru corpus: %d stories, sizes p95 %v max %v, spans p95 %v max %v", all.Stats.Stories, all.Stats.Size.P95, all.Stats.Size.Max, all.Stats.SpanDays.P95, all.Stats.SpanDays.Max)
		}
		uk := clusterStories(ukL, ukD, o)
		ru := clusterStories(ruL, ruD, o)
		bs := ClusterTopics(raw, docs, o)
		t.Logf("%+v\n\tuk P %.3f R %.3f F1 %.3f | ru P %.3f R %.3f F1 %.3f | bsnlp P %.3f R %.3f F1 %.3f | uk max %d\n\tthreads uk P %.3f R %.3f F1 %.3f | ru P %.3f R %.3f F1 %.3f | bsnlp P %.3f R %.3f F1 %.3f",
			o, uk.Stories.BCubed.P, uk.Stories.BCubed.R, uk.Stories.BCubed.F1,
			ru.Stories.BCubed.P, ru.Stories.BCubed.R, ru.Stories.BCubed.F1,
			bs.BCubed.P, bs.BCubed.R, bs.BCubed.F1, int(uk.Stats.Size.Max),
			uk.Threads.BCubed.P, uk.Threads.BCubed.R, uk.Threads.BCubed.F1,
			ru.Threads.BCubed.P, ru.Threads.BCubed.R, ru.Threads.BCubed.F1,
			bs.Threads.BCubed.P, bs.Threads.BCubed.R, bs.Threads.BCubed.F1)
	}
}

// tuneGrid is the grid TestStoryTune scores.
func tuneGrid() []story.Options {
	var out []story.Options
	out = append(out, story.Options{})
	return out
}

// TestStoryGridUK prints the uk story gold's B-cubed (the tuning set; the
// ru file, held out, is not scored) over a grid of EntityShare and Growth
// around the defaults, the analyses cached in $LITOPYS_STORY_TUNE.
func TestStoryGridUK(t *testing.T) {
	cache := os.Getenv("LITOPYS_STORY_TUNE")
	if cache == "" {
		t.Skip("set LITOPYS_STORY_TUNE=DIR to tune the story options")
	}
	gold := filepath.Join("..", "..", "story", "testdata", "gold")
	labels, docs, err := loadStories(context.Background(), newPipeline(t), StoryOptions{Gold: filepath.Join(gold, "uk_news_nov2024.stories.jsonl"),
		Corpus: []string{filepath.Join(sharedDir(t, "data/news"), "uk_news_nov2024.csv")}, Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	for _, es := range []float64{0.2, 0.25, 0.3, 0.35, 0.4} {
		for _, g := range []float64{0.1, 0.2, 0.3} {
			r := clusterStories(labels, docs, story.Options{EntityShare: es, Growth: g})
			t.Logf("entity share %.2f growth %.1f: uk P %.3f R %.3f F1 %.3f", es, g, r.Stories.BCubed.P, r.Stories.BCubed.R, r.Stories.BCubed.F1)
		}
	}
}

// TestStoryDump prints, for the uk gold at the default options, the gold
// stories the clusterer splits and the system stories that mix gold ones.
func TestStoryDump(t *testing.T) {
	cache := os.Getenv("LITOPYS_STORY_TUNE")
	if cache == "" {
		t.Skip("set LITOPYS_STORY_TUNE=DIR")
	}
	news := sharedDir(t, "data/news")
	gold := filepath.Join("..", "..", "story", "testdata", "gold")
	name, corpus := "uk_news_nov2024", "uk_news_nov2024.csv"
	if os.Getenv("LITOPYS_STORY_DUMP") == "ru" {
		name, corpus = "ru_rt_ng", "ru_rt_ng.jsonl.gz"
	}
	labels, docs, err := loadStories(context.Background(), newPipeline(t), StoryOptions{Gold: filepath.Join(gold, name+".stories.jsonl"),
		Corpus: []string{filepath.Join(news, corpus)}, Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	c := story.New(story.Options{})
	sys := map[string]string{}
	title := map[string]string{}
	for _, d := range docs {
		id, _ := c.AddArticle(d.article)
		sys[d.url] = id
		title[d.url] = d.title
	}
	bySys, byGold := map[string][]eval.StoryLabel{}, map[string][]eval.StoryLabel{}
	for _, l := range labels {
		if _, ok := sys[l.URL]; !ok {
			continue
		}
		bySys[sys[l.URL]] = append(bySys[sys[l.URL]], l)
		byGold[l.Story] = append(byGold[l.Story], l)
	}
	for s, ls := range bySys {
		golds := map[string]bool{}
		for _, l := range ls {
			golds[l.Story] = true
		}
		if len(golds) > 1 {
			t.Logf("MIXED %s", s)
			for _, l := range ls {
				t.Logf("    %-30s %.90s", l.Story, l.Title)
			}
		}
	}
	for g, ls := range byGold {
		syss := map[string]bool{}
		for _, l := range ls {
			syss[sys[l.URL]] = true
		}
		if len(syss) > 1 {
			t.Logf("SPLIT %s", g)
			for _, l := range ls {
				t.Logf("    %-30s %.90s", sys[l.URL][:min(20, len(sys[l.URL]))], l.Title)
			}
		}
	}
}

// rtPerDay is how many Russia Today article numbers pass in a day:
// 493718 (the first report of the 18 March 2018 election result) to
// 494590 (21 March) in the story gold's README, about three days.
const rtPerDay = 290

// TestStorySpanRT estimates the time spans of the stories of the whole ru
// corpus's Russia Today articles, which carry no date, from their article
// numbers (rtPerDay), the analyses cached in $LITOPYS_STORY_TUNE.
func TestStorySpanRT(t *testing.T) {
	cache := os.Getenv("LITOPYS_STORY_TUNE")
	if cache == "" {
		t.Skip("set LITOPYS_STORY_TUNE=DIR")
	}
	_, docs, err := loadStories(context.Background(), newPipeline(t), StoryOptions{Corpus: []string{filepath.Join(sharedDir(t, "data/news"), "ru_rt_ng.jsonl.gz")}, Cache: cache, All: true})
	if err != nil {
		t.Fatal(err)
	}
	c := story.New(story.Options{})
	num := map[string]int{}
	re := regexp.MustCompile(`rt\.com/.*/article/(\d+)-`)
	for _, d := range docs {
		c.AddArticle(d.article)
		if m := re.FindStringSubmatch(d.url); m != nil {
			num[d.article.Doc], _ = strconv.Atoi(m[1])
		}
	}
	var spans []float64
	over, largest := 0, 0
	for _, s := range c.Stories() {
		lo, hi, n := math.MaxInt, 0, 0
		for _, m := range s.Members {
			if x, ok := num[m.Doc]; ok {
				lo, hi, n = min(lo, x), max(hi, x), n+1
			}
		}
		if n < 2 {
			continue
		}
		sp := float64(hi-lo) / rtPerDay
		spans = append(spans, sp)
		if sp > 10 {
			over++
		}
		largest = max(largest, n)
	}
	if len(spans) == 0 {
		t.Fatal("no story of two Russia Today articles")
	}
	sort.Float64s(spans)
	q := func(p float64) float64 { return spans[int(p*float64(len(spans)-1))] }
	t.Logf("%d stories of 2+ Russia Today articles (largest %d): estimated span p50 %.1f, p95 %.1f, max %.1f days; %d over 10 days",
		len(spans), largest, q(0.5), q(0.95), spans[len(spans)-1], over)
}
