package morph

import (
	"strings"
	"sync/atomic"
)

// cacheSize is the number of slots of the hot-word cache (a power of two).
const cacheSize = 1 << 15

// cache is a direct-mapped, lock-free memo of recent Lemma results: a word
// hashes to one slot holding an immutable entry, replaced on a miss. Readers
// and writers race only on the atomic pointer, so it is safe for concurrent
// use, and a hit costs one hash and one string compare with no allocation.
type cache struct {
	slots [cacheSize]atomic.Pointer[cacheEntry]
}

type cacheEntry struct {
	word, lang string
	info       formInfo // inline: a hit reads one object
}

func newCache() *cache { return &cache{} }

func cacheSlot(word, lang string) uint32 {
	h := hashString(word) ^ uint64(len(lang))*hk3
	if lang != "" {
		h ^= uint64(lang[0]) * hk1
	}
	return uint32(h>>40) & (cacheSize - 1)
}

func (c *cache) get(word, lang string) *cacheEntry {
	e := c.slots[cacheSlot(word, lang)].Load()
	if e != nil && e.word == word && e.lang == lang {
		return e
	}
	return nil
}

func (c *cache) put(word, lang string, fi *formInfo) *formInfo {
	if len(word) > 64 {
		return fi
	}
	// Clone: word may be a slice of a large article that must not stay
	// alive; so may the lemmas (lemma applyBytes returns word itself).
	w := strings.Clone(word)
	if fi.lemma == word {
		fi.lemma = w
	}
	for i, l := range fi.lemmas {
		if l == word {
			fi.lemmas[i] = w
		}
	}
	e := &cacheEntry{word: w, lang: lang, info: *fi}
	c.slots[cacheSlot(word, lang)].Store(e)
	return &e.info
}
