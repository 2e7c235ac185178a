package eval

import "sort"

// WorstReport names, for one language, the topic with the lowest F1 of
// each score: the headline of a leave-one-topic-out evaluation, where an
// average over topics would hide the topic the model knows least.
type WorstReport struct {
	RelaxedPartial TopicScore `json:"relaxed_partial"`
	Strict         TopicScore `json:"strict"`
	// PerType is the worst relaxed-partial score per type, over the topics
	// with at least MinTypeGold gold entities of the type.
	PerType map[string]TopicScore `json:"per_type"`
}

// TopicScore is a score with the topic it was measured on.
type TopicScore struct {
	Topic string `json:"topic"`
	PRF
}

// MinTypeGold is the least number of gold entities of a type a topic
// needs for its per-type score to compete for the worst: a topic with two
// events says little about events.
const MinTypeGold = 10

// worstTopics finds the worst topic per language (not "all").
func worstTopics(topics map[string]map[string]LangReport) map[string]WorstReport {
	names := make([]string, 0, len(topics))
	for t := range topics {
		names = append(names, t)
	}
	sort.Strings(names)
	out := map[string]WorstReport{}
	pick := func(cur *TopicScore, topic string, p PRF) {
		if cur.Topic == "" || p.F1 < cur.F1 {
			*cur = TopicScore{Topic: topic, PRF: p}
		}
	}
	for _, topic := range names {
		for lang, r := range topics[topic] {
			if lang == "all" {
				continue
			}
			w := out[lang]
			if w.PerType == nil {
				w.PerType = map[string]TopicScore{}
			}
			pick(&w.RelaxedPartial, topic, r.RelaxedPartial)
			pick(&w.Strict, topic, r.Strict)
			for typ, p := range r.PerType {
				if p.Gold < MinTypeGold {
					continue
				}
				cur := w.PerType[typ]
				pick(&cur, topic, p)
				w.PerType[typ] = cur
			}
			out[lang] = w
		}
	}
	return out
}
