package morph

import (
	"strings"
	"sync/atomic"
)

// cacheSize is the number of slots of a language's hot-word cache (a power
// of two). A news corpus's vocabulary is large: 1,000 ru articles (a
// million tokens) have some 105,000 distinct word forms, and with 16,384
// slots a word was resolved again some 2.5 times on average. 131,072 slots
// (≈ 20 MB of entries when full) resolve each about once; the cache is
// bounded, so memory stays flat in the corpus's size.
const cacheSize = 1 << 17

// cache is a two-way set-associative, lock-free memo of recent lookups: a
// word hashes to a pair of adjacent slots, each holding an immutable entry;
// a miss fills an empty slot of the pair or replaces one chosen by the
// hash. Readers and writers race only on the atomic pointers, so it is safe
// for concurrent use, and a hit costs one hash and one or two string
// compares with no allocation. Two ways matter: an article's vocabulary in
// a direct-mapped table has a few colliding pairs, and each miss costs a
// full resolve.
type cache struct {
	slots [cacheSize]atomic.Pointer[cacheEntry]
}

type cacheEntry struct {
	word string
	info formInfo // inline: a hit reads one 64-byte object
}

func newCache() *cache { return &cache{} }

func cacheSlot(word string) uint64 { return hashString(word) }

func (c *cache) get(word string) *cacheEntry {
	i := uint32(cacheSlot(word)>>40) & (cacheSize - 2)
	if e := c.slots[i].Load(); e != nil && e.word == word {
		return e
	}
	if e := c.slots[i+1].Load(); e != nil && e.word == word {
		return e
	}
	return nil
}

func (c *cache) put(word string, fi *formInfo) *formInfo {
	if len(word) > 64 {
		return fi
	}
	// Clone: word may be a slice of a large article that must not stay
	// alive; so may the lemmas (lemma applyBytes returns word itself).
	w := strings.Clone(word)
	if fi.lemma == word {
		fi.lemma = w
	}
	if fi.amb != nil {
		for i, l := range fi.amb.lemmas {
			if l == word {
				fi.amb.lemmas[i] = w
			}
		}
	}
	e := &cacheEntry{word: w, info: *fi}
	h := cacheSlot(word)
	i := uint32(h>>40) & (cacheSize - 2)
	switch {
	case c.slots[i].Load() == nil:
	case c.slots[i+1].Load() == nil:
		i++
	default:
		i += uint32(h>>20) & 1
	}
	c.slots[i].Store(e)
	return &e.info
}
