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
func (m *model) decode(s *sentence, n int, tags []int, cache *wordCache) []int {
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
		var rows [numStatic - numWordTemplates + numDynamic]uint32
		for r, t := range contextTemplates {
			rows[r] = feats[t]
		}
		dyn := dynamicFeatures(m.bits, prev, prev2, &s.info[i], s.salt())
		copy(rows[len(contextTemplates):], dyn[:])
		touchRows(w, rows[:])
		var scores [numTags]int32
		cache.scores(s, i, &feats, w, &scores)
		for _, b := range rows {
			addRow(&scores, (*[numTags]int16)(w[int(b)*rowStride:]))
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

// rowStride is the length of a bucket's row of weights in the model:
// numTags weights padded to 32, so that a row is one cache line of 64 bytes
// (the table is allocated on a page boundary) and a row's weights are read
// with one memory access, not two for most rows of 21 weights.
const rowStride = 32

// padRows returns the weights of numTags per bucket, as training makes
// them, laid out rowStride per bucket.
func padRows(w []int16) []int16 {
	nb := len(w) / numTags
	out := make([]int16, nb*rowStride)
	for b := range nb {
		copy(out[b*rowStride:b*rowStride+numTags], w[b*numTags:(b+1)*numTags])
	}
	return out
}

// touchSink keeps touchRows' loads from being optimised away.
var touchSink int16

// touchRows reads one weight of each row before the rows are summed: the
// rows lie at random in a table of 32 MB, most of them out of the
// processor's caches, and loads that do not depend on each other are
// waited for together instead of one row after the other.
func touchRows(w []int16, rows []uint32) {
	var x int16
	for _, b := range rows {
		x |= w[int(b)*rowStride]
	}
	touchSink = x
}

// retype gives each mention of more than one word in tags (a decoded
// sentence) the type under which the whole mention scores best. The greedy
// decoder fixes a mention's type at its first word, before it has seen
// the words that settle it, the head at the end ("Sarawak United People
// 's Party", "Alibaba Group"): each type is scored here as the sequence B
// I… L from the mention's first word to the word after it, the sum the
// decoder maximises, and the best replaces the first word's choice. st is
// scratch space for the static scores of a mention's words.
func (m *model) retype(s *sentence, n int, tags []int, st *[][numTags]int32) {
	sc := runScorer{m: m, s: s, n: n}
	var dy [numTags]int32
	for i := 0; i < n; i++ {
		if tags[i] == 0 {
			continue
		}
		j := i
		for j < n-1 && (tags[j]-1)%4 < 2 {
			j++
		}
		if i == j {
			continue
		}
		*st = grow(*st, j-i+1)
		for k := i; k <= j; k++ {
			(*st)[k-i] = [numTags]int32{}
			sc.static(k, &(*st)[k-i])
		}
		p0, p20 := 0, 0
		if i > 0 {
			p0 = tags[i-1]
		}
		if i > 1 {
			p20 = tags[i-2]
		}
		best, bestScore := -1, int32(0)
		for t := range numTypes {
			prev, prev2 := p0, p20
			var total int32
			for k := i; k <= j; k++ {
				pos := 1
				switch {
				case k == i:
					pos = 0
				case k == j:
					pos = 2
				}
				tag := 1 + 4*t + pos
				sc.dynamic(k, prev, prev2, &dy)
				total += (*st)[k-i][tag] + dy[tag]
				prev2, prev = prev, tag
			}
			if j+1 < n {
				sc.dynamic(j+1, prev, prev2, &dy)
				total += dy[tags[j+1]]
			}
			if best < 0 || total > bestScore {
				best, bestScore = t, total
			}
		}
		for k := i; k <= j; k++ {
			tags[k] = 1 + 4*best + (tags[k]-1)%4
		}
		i = j
	}
}
