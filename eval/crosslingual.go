package eval

import (
	"sort"
	"strings"
)

// CrossLingualReport is the BSNLP cross-lingual entity matching score (the
// official evaluator's setting "3c"): LEA over the distinct mention forms of
// every document of every language of a topic at once (the evaluator runs
// on one topic's documents; the figure over several topics pools theirs, so
// no link across topics counts either way — BSNLP 2017's numeric ids repeat
// across topics), end to end — a gold mention the
// system did not recognise is a miss, a system mention the gold lacks counts
// against precision. A mention is (document, form), compared as the
// recognition scores compare forms (case-insensitive, spaces collapsed);
// its type does not matter, its entity is the gold id and the system id.
//
// Errors of linking are counted apart from those of recognition, over the
// mentions both sides have: FalseMerges are pairs the system put in one
// entity whose gold ids differ (a share of SystemLinks in FalseMergeRate),
// MissedMerges pairs with one gold id that the system keeps apart (a share
// of GoldLinks in MissedMergeRate).
type CrossLingualReport struct {
	LinkReport
	GoldLinks       int     `json:"gold_links"`
	MissedMerges    int     `json:"missed_merges"`
	FalseMergeRate  float64 `json:"false_merge_rate"`
	MissedMergeRate float64 `json:"missed_merge_rate"`
	// Recognised is the number of gold mentions the system has.
	Recognised int `json:"recognised"`
	// Topics holds the score of each topic alone (empty inside it).
	Topics map[string]CrossLingualReport `json:"topics,omitempty"`
}

// ScoreCrossLingual computes the 3c score of system documents against gold
// documents with the same key.
func ScoreCrossLingual(gold, system map[string]Doc) CrossLingualReport {
	r := scoreCrossLingual(gold, system)
	byTopic := map[string]map[string]Doc{}
	for k, d := range gold {
		t, _, _ := strings.Cut(k, "/")
		if byTopic[t] == nil {
			byTopic[t] = map[string]Doc{}
		}
		byTopic[t][k] = d
	}
	if len(byTopic) > 1 {
		r.Topics = map[string]CrossLingualReport{}
		for t, g := range byTopic {
			r.Topics[t] = scoreCrossLingual(g, system)
		}
	}
	return r
}

func scoreCrossLingual(gold, system map[string]Doc) CrossLingualReport {
	c := newClustering()
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		topic, _, _ := strings.Cut(k, "/")
		add := func(side map[string]string, ms []Mention) {
			for _, u := range units(ms) {
				m := k + "\x00" + u.form
				if _, ok := side[m]; ok {
					continue // the same form under a second type
				}
				e := topic + "\x00" + u.id
				if u.id == "" {
					e = "\x00" + m // a singleton
				}
				side[m] = e
			}
		}
		add(c.key, gold[k].Mentions)
		add(c.resp, system[k].Mentions)
	}
	r := CrossLingualReport{LinkReport: c.score()}
	// Missed merges, over the gold mentions the system has.
	both := map[string]map[string]int{} // gold entity → system entity → mentions
	for m, g := range c.key {
		s, ok := c.resp[m]
		if !ok {
			continue
		}
		r.Recognised++
		if both[g] == nil {
			both[g] = map[string]int{}
		}
		both[g][s]++
	}
	for _, bySys := range both {
		n := 0
		for _, k := range bySys {
			n += k
		}
		r.GoldLinks += pairs(n)
		r.MissedMerges += pairs(n)
		for _, k := range bySys {
			r.MissedMerges -= pairs(k)
		}
	}
	r.FalseMergeRate = ratio(r.FalseMerges, r.SystemLinks)
	r.MissedMergeRate = ratio(r.MissedMerges, r.GoldLinks)
	return r
}
