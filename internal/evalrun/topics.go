package evalrun

import (
	"sort"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/story"
)

// TopicsReport is a clustering of BSNLP-layout documents scored against their
// topics, each topic being one gold story.
type TopicsReport struct {
	eval.ClusterReport
	// Threads scores the system's threads against the topics, which are
	// broad enough to be threads rather than stories.
	Threads eval.ClusterReport `json:"threads"`
	// Duplicates counts the articles flagged as near-duplicates.
	Duplicates int `json:"duplicates"`
	// Topics scores the documents of each gold topic: B-cubed averaged
	// over them, and the number of system stories they fell into.
	Topics map[string]TopicReport `json:"topics"`
	// Stories maps each document key to its story id.
	Stories map[string]string `json:"-"`
}

// TopicReport is the score of one gold topic.
type TopicReport struct {
	Documents int           `json:"documents"`
	Stories   int           `json:"stories"`
	BCubed    eval.PRFScore `json:"bcubed"`
}

// ClusterTopics clusters docs (the analyses of raw, index for index) in a fixed
// order, by publication date and then document key, and scores the stories
// with B-cubed against the topics.
func ClusterTopics(raw []eval.RawDoc, docs []*litopys.Document, opts story.Options) TopicsReport {
	order := make([]int, len(raw))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ta, tb := raw[order[a]].Published.Time(), raw[order[b]].Published.Time()
		if !ta.Equal(tb) {
			return ta.Before(tb)
		}
		return raw[order[a]].Key() < raw[order[b]].Key()
	})
	c := story.New(opts)
	sys := make(map[string]string, len(raw))
	dups := 0
	for _, i := range order {
		id, dup := c.Add(docs[i])
		sys[raw[i].Key()] = id
		if dup {
			dups++
		}
	}
	thread := map[string]string{}
	for _, s := range c.Stories() {
		thread[s.ID] = s.Thread
	}
	sysThread := make(map[string]string, len(sys))
	for k, s := range sys {
		sysThread[k] = thread[s]
	}
	gold := eval.TopicClusters(raw)
	return TopicsReport{ClusterReport: eval.ScoreClusters(gold, sys), Threads: eval.ScoreClusters(gold, sysThread),
		Duplicates: dups, Topics: topicScores(gold, sys), Stories: sys}
}

// topicScores computes B-cubed precision and recall per document and
// averages them over the documents of each gold cluster.
func topicScores(gold, sys map[string]string) map[string]TopicReport {
	goldSize, sysSize, both := map[string]int{}, map[string]int{}, map[[2]string]int{}
	for d, g := range gold {
		goldSize[g]++
		sysSize[sys[d]]++
		both[[2]string{g, sys[d]}]++
	}
	type acc struct {
		p, r    float64
		n       int
		stories map[string]bool
	}
	accs := map[string]*acc{}
	for d, g := range gold {
		a := accs[g]
		if a == nil {
			a = &acc{stories: map[string]bool{}}
			accs[g] = a
		}
		s := sys[d]
		common := float64(both[[2]string{g, s}])
		a.p += common / float64(sysSize[s])
		a.r += common / float64(goldSize[g])
		a.n++
		a.stories[s] = true
	}
	out := make(map[string]TopicReport, len(accs))
	for g, a := range accs {
		p, r := a.p/float64(a.n), a.r/float64(a.n)
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		out[g] = TopicReport{Documents: a.n, Stories: len(a.stories), BCubed: eval.PRFScore{P: p, R: r, F1: f}}
	}
	return out
}
