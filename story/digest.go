package story

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"maps"
	"math"
	"slices"
)

// digest hashes the clusterer's whole remembered state — stories with
// their centroids bit for bit, the index, the documents and their
// signatures' buckets, the document frequencies — so that tests can check
// that two clusterers (a writer that saw the whole log, one that loaded
// its window) would decide alike.
func (c *Clusterer) digest() string {
	h := sha256.New()
	fmt.Fprintf(h, "now %d n %d\n", c.now, c.n)
	ints(h, "dfEnt", c.dfEnt)
	ints(h, "dfLem", c.dfLem)
	for _, s := range c.ordered() {
		fmt.Fprintf(h, "story %s %s %s %d %d %v\n", s.id, s.thread, s.continues, s.first, s.last, s.members)
		cent(h, "ent", s.ent)
		for _, l := range slices.Sorted(maps.Keys(s.lem)) {
			cent(h, l, s.lem[l])
		}
		for _, f := range slices.SortedFunc(maps.Keys(s.indexed), func(a, b feature) int {
			if a.kind != b.kind {
				return int(a.kind) - int(b.kind)
			}
			return cmpString(a.key, b.key)
		}) {
			fmt.Fprintf(h, "idx %c %s %d\n", f.kind, f.key, len(c.post[f]))
		}
		for _, d := range s.docs {
			orig := ""
			if d.orig != nil {
				orig = d.orig.id
			}
			fmt.Fprintf(h, "doc %s %s %v %v %v\n", d.id, orig, d.sig != nil, d.ents, d.lems)
		}
	}
	fmt.Fprintf(h, "docs %d buckets %d postings %d\n", len(c.docs), len(c.buckets), len(c.post))
	return hex.EncodeToString(h.Sum(nil))
}

func ints(h hash.Hash, name string, m map[string]int) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Fprintf(h, "%s %s %d\n", name, k, m[k])
	}
}

func cent(h hash.Hash, name string, c *centroid) {
	fmt.Fprintf(h, "centroid %s %d %x\n", name, c.n, math.Float64bits(c.norm2))
	for _, k := range slices.Sorted(maps.Keys(c.w)) {
		fmt.Fprintf(h, "  %s %x\n", k, math.Float64bits(c.w[k]))
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
