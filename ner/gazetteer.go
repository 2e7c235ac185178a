package ner

import (
	"sort"
	"strings"

	"github.com/litopys/litopys"
)

// gazetteer matches token sequences against known names: each key is the
// chained hash of the tokens' lower-cased (or stemmed) forms; the value
// holds the type (1-based, low bits) and whether the sequence is also the
// prefix of a longer name (gazPrefix), so a scan can stop early.
type gazetteer struct {
	exact *table[uint8]
	stem  *table[uint8]
	// exactKeys and stemKeys filter the look-ups of the tables: most
	// tokens begin no name, and the filters say so from the cache.
	exactKeys, stemKeys filter
}

const (
	gazPrefix  = 0x80
	gazTypeBit = 0x7f
	maxGazLen  = 8
)

// gazEntry is a name of the gazetteer: its lower-cased form (tokens joined
// by single spaces) and type index.
type gazEntry struct {
	Form string
	Type int
}

const gazSeed = 0x5bd1e9955bd1e995

func newGazetteer(entries []gazEntry, tokenize func(string) []string) *gazetteer {
	g := &gazetteer{exact: newTable[uint8](len(entries)), stem: newTable[uint8](len(entries))}
	var wi wordInfo
	for _, e := range entries {
		toks := tokenize(e.Form)
		if len(toks) == 0 || len(toks) > maxGazLen {
			continue
		}
		he, hs := uint64(gazSeed), uint64(gazSeed)
		for k, t := range toks {
			analyze(t, &wi)
			he, hs = pair(he, wi.lower), pair(hs, wi.stem)
			if k < len(toks)-1 {
				*g.exact.ref(he) |= gazPrefix
				*g.stem.ref(hs) |= gazPrefix
			}
		}
		v := g.exact.ref(he)
		*v = *v&gazPrefix | uint8(e.Type+1)
		if v := g.stem.ref(hs); *v&gazTypeBit == 0 {
			*v |= uint8(e.Type + 1)
		}
	}
	g.exactKeys, g.stemKeys = newFilter(g.exact), newFilter(g.stem)
	return g
}

// match writes, for each token, the BILOU code of the longest name that
// covers it (0 for none): 1 + 4*type + position (B 0, I 1, L 2, U 3).
func match(m *table[uint8], keys *filter, hashes func(int) uint64, n int, out []uint8) {
	for i := 0; i < n; {
		h := uint64(gazSeed)
		best, bestType := 0, 0
		for k := i; k < n && k-i < maxGazLen; k++ {
			h = pair(h, hashes(k))
			if !keys.mayHave(h) {
				break
			}
			v, ok := m.get(h)
			if !ok {
				break
			}
			if v&gazTypeBit != 0 {
				best, bestType = k-i+1, int(v&gazTypeBit)-1
			}
			if v&gazPrefix == 0 {
				break
			}
		}
		if best == 0 {
			out[i] = 0
			i++
			continue
		}
		for k := range best {
			pos := 1 // I
			switch {
			case best == 1:
				pos = 3
			case k == 0:
				pos = 0
			case k == best-1:
				pos = 2
			}
			out[i+k] = uint8(1 + 4*bestType + pos)
		}
		i += best
	}
}

// gazCounts collects mention forms with the number of times each was
// given each type.
type gazCounts map[string]*[numTypes]int

func (g gazCounts) add(form string, typ int) {
	form = strings.ToLower(strings.Join(strings.Fields(form), " "))
	if form == "" {
		return
	}
	c := g[form]
	if c == nil {
		c = new([numTypes]int)
		g[form] = c
	}
	c[typ]++
}

// entries returns one entry per form with its most frequent type, sorted.
func (g gazCounts) entries() []gazEntry {
	out := make([]gazEntry, 0, len(g))
	for form, c := range g {
		best := 0
		for t := range c {
			if c[t] > c[best] {
				best = t
			}
		}
		out = append(out, gazEntry{Form: form, Type: best})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Form < out[j].Form })
	return out
}

func typeIndex(t string) int {
	for i, s := range typeNames {
		if s == t {
			return i
		}
	}
	return -1
}

var typeNames = [numTypes]string{litopys.PER, litopys.ORG, litopys.LOC, litopys.EVT, litopys.PRO}

const (
	numTypes = 5
	numTags  = 1 + 4*numTypes // O, then B I L U per type
)

// dominant returns the type given to form at least twice and in at least
// 70% of its occurrences, or -1.
func (g gazCounts) dominant(form string) int {
	c := g[strings.ToLower(strings.Join(strings.Fields(form), " "))]
	if c == nil {
		return -1
	}
	best, total := 0, 0
	for t, n := range c {
		total += n
		if n > c[best] {
			best = t
		}
	}
	if c[best] < 2 || float64(c[best]) < 0.7*float64(total) {
		return -1
	}
	return best
}
