package ner

// allowed reports whether tag may follow prev under BILOU (prev 0 also
// stands for the sentence start); last is true for the sentence's last
// token, which cannot open or continue a mention.
func allowed(prev, tag int, last bool) bool {
	open := prev != 0 && (prev-1)%4 < 2 // B or I: a mention is open
	if tag == 0 {
		return !open
	}
	typ, pos := (tag-1)/4, (tag-1)%4
	if open {
		return typ == (prev-1)/4 && (pos == 1 || pos == 2) && (!last || pos == 2)
	}
	return pos == 0 && !last || pos == 3
}

// decode tags the sentence greedily from left to right and returns the tags.
func (m *model) decode(s *sentence, n int, tags []int, _ *[]int32) []int {
	tags = grow(tags, n)
	w := m.weights
	prev, prev2 := 0, 0
	var feats [numStatic]uint32
	for i := range n {
		if s.outside[i] && prev != 0 && (prev-1)%4 < 2 {
			// A word never seen inside a name closes the open mention.
			if (prev-1)%4 == 0 {
				prev += 3 // B→U
			} else {
				prev++ // I→L
			}
			tags[i-1] = prev
		}
		if s.skip[i] && allowed(prev, 0, false) {
			tags[i] = 0
			prev2, prev = prev, 0
			continue
		}
		s.features(i, &feats)
		var scores [numTags]int32
		for _, b := range feats {
			addRow(&scores, (*[numTags]int16)(w[int(b)*numTags:]))
		}
		for _, b := range dynamicFeatures(m.bits, prev, prev2, &s.info[i], s.salt()) {
			addRow(&scores, (*[numTags]int16)(w[int(b)*numTags:]))
		}
		last := i == n-1
		best, bestScore := -1, int32(0)
		for t, sc := range scores {
			if allowed(prev, t, last) && (best < 0 || sc > bestScore) {
				best, bestScore = t, sc
			}
		}
		tags[i] = best
		prev2, prev = prev, best
	}
	return tags
}

func addRow(scores *[numTags]int32, row *[numTags]int16) {
	for t := range numTags {
		scores[t] += int32(row[t])
	}
}
