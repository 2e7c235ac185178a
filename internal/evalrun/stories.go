package evalrun

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
	"github.com/litopys/litopys/story"
)

// StoryOptions says what Stories clusters and scores.
type StoryOptions struct {
	// Gold is a story gold file (eval.ReadStoryGold); empty scores nothing
	// and only describes the clustering.
	Gold string
	// Corpus is the source of the gold's articles (or the corpus to
	// describe): files or directories of any input format.
	Corpus []string
	// All clusters every article of the corpus, not only the gold's.
	All bool
	// Cache is a directory for the corpus's analyses (AnalyzeCorpus).
	Cache   string
	Options story.Options
}

// StoryReport is the result of Stories.
type StoryReport struct {
	// Stories and Threads are B-cubed of the system's stories and threads
	// against the gold's, over the gold's articles.
	Stories eval.ClusterReport `json:"stories"`
	Threads eval.ClusterReport `json:"threads"`
	// Missing counts the gold's articles the corpus does not have.
	Missing    int `json:"missing"`
	Clustered  int `json:"clustered"`
	Duplicates int `json:"duplicates"`
	// Stats describe the clustering of every clustered article.
	Stats eval.StoryStats `json:"stats"`
	// Largest are the largest stories, with a few titles each.
	Largest []StorySample `json:"largest"`
}

// StorySample is a story as a reader would check it.
type StorySample struct {
	ID       string   `json:"id"`
	Articles int      `json:"articles"`
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	Titles   []string `json:"titles"`
	Gold     []string `json:"gold,omitempty"` // gold stories of its labelled articles
}

// corpusDoc is an article of the corpus kept for clustering.
type corpusDoc struct {
	index      int
	url, title string
	article    story.Article
}

// Stories clusters the articles of a corpus in publication order (those
// without a date last, in input order, as if they came in now) and scores
// the stories and threads against a hand-made story gold.
func Stories(ctx context.Context, p *pipeline.Pipeline, o StoryOptions) (StoryReport, error) {
	labels, docs, err := loadStories(ctx, p, o)
	if err != nil {
		return StoryReport{}, err
	}
	return clusterStories(labels, docs, o.Options), nil
}

// loadStories reads the gold and analyses the articles to cluster, in the
// order they are added.
func loadStories(ctx context.Context, p *pipeline.Pipeline, o StoryOptions) ([]eval.StoryLabel, []corpusDoc, error) {
	var labels []eval.StoryLabel
	byURL := map[string]bool{}
	if o.Gold != "" {
		var err error
		if labels, err = eval.ReadStoryGold(o.Gold); err != nil {
			return nil, nil, err
		}
		for _, l := range labels {
			byURL[l.URL] = true
		}
	}
	var docs []corpusDoc
	var want func(input.Record) bool
	if !o.All && o.Cache == "" {
		want = func(r input.Record) bool { return byURL[r.URL] }
	}
	err := AnalyzeCorpus(ctx, p, o.Corpus, o.Cache, want, func(i int, d *litopys.Document) {
		if o.All || byURL[d.URL] {
			docs = append(docs, corpusDoc{index: i, url: d.URL, title: d.Title, article: story.Extract(d)})
		}
	})
	if err != nil {
		return nil, nil, fmt.Errorf("eval stories: %w", err)
	}
	slices.SortStableFunc(docs, func(a, b corpusDoc) int {
		pa, pb := a.article.Published, b.article.Published
		if pa.IsZero() != pb.IsZero() {
			if pa.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(pa.Time().Compare(pb.Time()), a.index-b.index)
	})
	return labels, docs, nil
}

// clusterStories clusters docs in order and scores the result against
// the labels.
func clusterStories(labels []eval.StoryLabel, docs []corpusDoc, opts story.Options) StoryReport {
	var rep StoryReport
	byURL := map[string]eval.StoryLabel{}
	for _, l := range labels {
		byURL[l.URL] = l
	}
	c := story.New(opts)
	sysStory := map[string]string{} // url → story
	byDoc := map[string]*corpusDoc{}
	for i := range docs {
		d := &docs[i]
		id, dup := c.AddArticle(d.article)
		sysStory[d.url] = id
		byDoc[d.article.Doc] = d
		if dup {
			rep.Duplicates++
		}
	}
	rep.Clustered = len(docs)
	stories := c.Stories()
	thread := map[string]string{}
	var members []eval.StoryMember
	for _, s := range stories {
		thread[s.ID] = s.Thread
		for _, m := range s.Members {
			var day time.Time
			if !m.Published.IsZero() {
				day = m.Published.Time()
			}
			members = append(members, eval.StoryMember{Story: s.ID, Day: day})
		}
	}
	rep.Stats = eval.ComputeStoryStats(members)
	if len(labels) > 0 {
		goldStory, goldThread, sysThread := map[string]string{}, map[string]string{}, map[string]string{}
		for _, l := range labels {
			if _, ok := sysStory[l.URL]; !ok {
				rep.Missing++
			}
			goldStory[l.URL], goldThread[l.URL] = l.Story, l.Thread
			sysThread[l.URL] = thread[sysStory[l.URL]]
		}
		rep.Stories = eval.ScoreClusters(goldStory, sysStory)
		rep.Threads = eval.ScoreClusters(goldThread, sysThread)
	}
	slices.SortStableFunc(stories, func(a, b story.Story) int { return len(b.Members) - len(a.Members) })
	for _, s := range stories[:min(len(stories), 12)] {
		sm := StorySample{ID: s.ID, Articles: len(s.Members)}
		golds := map[string]int{}
		var first, last litopys.Date
		for k, m := range s.Members {
			d := byDoc[m.Doc]
			if k < 3 || k == len(s.Members)-1 {
				sm.Titles = append(sm.Titles, d.title)
			}
			if l, ok := byURL[d.url]; ok {
				golds[l.Story]++
			}
			if !m.Published.IsZero() {
				if first.IsZero() || m.Published.Time().Before(first.Time()) {
					first = m.Published
				}
				if last.IsZero() || m.Published.Time().After(last.Time()) {
					last = m.Published
				}
			}
		}
		if !first.IsZero() {
			sm.First, sm.Last = first.String(), last.String()
		}
		for g, n := range golds {
			sm.Gold = append(sm.Gold, fmt.Sprintf("%s:%d", g, n))
		}
		slices.SortFunc(sm.Gold, strings.Compare)
		rep.Largest = append(rep.Largest, sm)
	}
	return rep
}
