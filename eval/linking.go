package eval

import "sort"

// LinkReport is a LEA score of entity linking with counts of links.
type LinkReport struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	// Mentions is the number of key (gold) mentions scored.
	Mentions int `json:"mentions"`
	// SystemLinks is the number of mention pairs the system put in one
	// entity; FalseMerges the number of those whose gold ids differ (only
	// pairs of mentions known to both sides are counted).
	SystemLinks int `json:"system_links"`
	FalseMerges int `json:"false_merges"`
}

// clustering maps mentions to the entity they are assigned to, for the key
// (gold) and the response (system) side. The two may hold different
// mentions.
type clustering struct {
	key, resp map[string]string
}

func newClustering() clustering {
	return clustering{key: map[string]string{}, resp: map[string]string{}}
}

// linkSet collects the mentions of the documents scored for linking: those
// recognised by the system (same form and type as a gold mention) and, end
// to end, all gold and all system mentions.
type linkSet struct {
	recognised, endToEnd clustering
}

func newLinkSet() *linkSet {
	return &linkSet{recognised: newClustering(), endToEnd: newClustering()}
}

// addDoc adds the distinct mentions of one document. A mention is the
// document key with a (form, type); an empty id makes a singleton entity.
func (ls *linkSet) addDoc(doc string, gold, sys []unit) {
	mention := func(u unit) string { return doc + "\x00" + u.form + "\x00" + u.typ }
	entity := func(u unit) string {
		if u.id == "" {
			return "\x00" + mention(u)
		}
		return u.id
	}
	sysEnt := make(map[string]string, len(sys))
	for _, u := range sys {
		sysEnt[mention(u)] = entity(u)
		ls.endToEnd.resp[mention(u)] = entity(u)
	}
	for _, u := range gold {
		m := mention(u)
		ls.endToEnd.key[m] = entity(u)
		if e, ok := sysEnt[m]; ok {
			ls.recognised.key[m] = entity(u)
			ls.recognised.resp[m] = e
		}
	}
}

// score computes LEA (Moosavi & Strube 2016): recall weighs each key entity
// by its size and credits the share of its links (mention pairs) that the
// response keeps; precision is the same with the sides swapped. A singleton
// entity has one self-link, kept when the mention is a singleton on the
// other side too.
func (c clustering) score() LinkReport {
	rNum, rDen := leaSide(c.key, c.resp)
	pNum, pDen := leaSide(c.resp, c.key)
	r := LinkReport{Mentions: len(c.key)}
	if rDen > 0 {
		r.R = rNum / rDen
	}
	if pDen > 0 {
		r.P = pNum / pDen
	}
	r.F1 = f1(r.P, r.R)
	for _, members := range group(c.resp) {
		r.SystemLinks += pairs(len(members))
		byKey := map[string]int{}
		known := 0
		for _, m := range members {
			if k, ok := c.key[m]; ok {
				byKey[k]++
				known++
			}
		}
		r.FalseMerges += pairs(known)
		for _, n := range byKey {
			r.FalseMerges -= pairs(n)
		}
	}
	return r
}

// leaSide returns the numerator and denominator of LEA recall of a against
// b (precision when called with the sides swapped).
func leaSide(a, b map[string]string) (num, den float64) {
	bSize := map[string]int{}
	for _, e := range b {
		bSize[e]++
	}
	for _, members := range group(a) {
		n := len(members)
		den += float64(n)
		if n == 1 {
			if e, ok := b[members[0]]; ok && bSize[e] == 1 {
				num++
			}
			continue
		}
		common := map[string]int{}
		for _, m := range members {
			if e, ok := b[m]; ok {
				common[e]++
			}
		}
		links := 0
		for _, k := range common {
			links += pairs(k)
		}
		num += float64(n) * float64(links) / float64(pairs(n))
	}
	return num, den
}

// group inverts a mention → entity map; members are sorted so that results
// do not depend on map order.
func group(m map[string]string) map[string][]string {
	g := map[string][]string{}
	for mention, e := range m {
		g[e] = append(g[e], mention)
	}
	for _, ms := range g {
		sort.Strings(ms)
	}
	return g
}

func pairs(n int) int { return n * (n - 1) / 2 }

// GoldIDMap maps each system entity id to the gold id it most often shares a
// recognised mention with (same document, form and type), ties broken by
// the smaller gold id. ScoreTimeline takes it as SystemTimeline.MapID, e.g.
// func(id string) string { return m[id] }.
func GoldIDMap(gold, system map[string]Doc) map[string]string {
	votes := map[string]map[string]int{}
	for k, g := range gold {
		sysID := map[[2]string]string{}
		for _, u := range units(system[k].Mentions) {
			sysID[[2]string{u.form, u.typ}] = u.id
		}
		for _, u := range units(g.Mentions) {
			s, ok := sysID[[2]string{u.form, u.typ}]
			if !ok || s == "" || u.id == "" {
				continue
			}
			if votes[s] == nil {
				votes[s] = map[string]int{}
			}
			votes[s][u.id]++
		}
	}
	out := make(map[string]string, len(votes))
	for s, vs := range votes {
		best, bestN := "", 0
		for g, n := range vs {
			if n > bestN || n == bestN && g < best {
				best, bestN = g, n
			}
		}
		out[s] = best
	}
	return out
}
