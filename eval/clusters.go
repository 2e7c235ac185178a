package eval

import "sort"

// ClusterReport is the result of ScoreClusters.
type ClusterReport struct {
	BCubed    PRFScore `json:"bcubed"`
	Documents int      `json:"documents"`
	// GoldClusters and SystemClusters count the clusters over the scored
	// documents (unclustered documents are singletons).
	GoldClusters   int `json:"gold_clusters"`
	SystemClusters int `json:"system_clusters"`
}

// PRFScore is precision, recall and F1 without counts.
type PRFScore struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// ScoreClusters computes B-cubed precision, recall and F1 of a system
// clustering against a gold one. Both map a document key to a cluster
// label. Only gold documents are scored; one the system left out (or gave
// an empty label) is a singleton cluster of its own.
func ScoreClusters(gold, system map[string]string) ClusterReport {
	docs := make([]string, 0, len(gold))
	for d := range gold {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	sysLabel := make(map[string]string, len(docs))
	for _, d := range docs {
		if l, ok := system[d]; ok && l != "" {
			sysLabel[d] = "c:" + l
		} else {
			sysLabel[d] = "s:" + d
		}
	}
	goldSize, sysSize, both := map[string]int{}, map[string]int{}, map[[2]string]int{}
	for _, d := range docs {
		g, s := gold[d], sysLabel[d]
		goldSize[g]++
		sysSize[s]++
		both[[2]string{g, s}]++
	}
	var p, r float64
	for _, d := range docs {
		g, s := gold[d], sysLabel[d]
		common := float64(both[[2]string{g, s}])
		p += common / float64(sysSize[s])
		r += common / float64(goldSize[g])
	}
	rep := ClusterReport{Documents: len(docs), GoldClusters: len(goldSize), SystemClusters: len(sysSize)}
	if n := float64(len(docs)); n > 0 {
		rep.BCubed = PRFScore{P: p / n, R: r / n}
		rep.BCubed.F1 = f1(rep.BCubed.P, rep.BCubed.R)
	}
	return rep
}

// TopicClusters returns the gold clustering of BSNLP documents: each topic
// is one story. Keys are RawDoc.Key.
func TopicClusters(raw []RawDoc) map[string]string {
	out := make(map[string]string, len(raw))
	for _, r := range raw {
		out[r.Key()] = r.Topic
	}
	return out
}
