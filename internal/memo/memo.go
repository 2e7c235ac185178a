// Package memo holds a bounded memo of a pure function, safe for
// concurrent use: the caches of the pipeline's adapters (word classes,
// grammar, the directory, match keys) and of the entity registry's match
// keys.
//
//	keys := memo.New[string, string](1<<16, strings.Clone)
//	k := keys.Get(name, func() string { return translit.Key(name) })
//
// When full it starts over: memory stays flat in the corpus's size without
// bookkeeping on the hot path, and names recur from article to article
// often enough that a fresh memo fills again at once.
package memo

import (
	"strings"
	"sync"
)

// Memo maps keys to the values a pure function gave for them, holding at
// most max keys.
type Memo[K comparable, V any] struct {
	mu  sync.RWMutex
	m   map[K]V
	max int
	// own copies a key before it is stored: keys are words of the
	// documents, and a stored substring would keep its whole document in
	// memory for as long as the memo lives.
	own func(K) K
}

// New returns an empty memo of at most max keys; own copies a key that is
// stored (strings.Clone for a string key, OwnPair for a pair).
func New[K comparable, V any](max int, own func(K) K) *Memo[K, V] {
	return &Memo[K, V]{m: make(map[K]V), max: max, own: own}
}

// OwnPair copies the strings of a two-string key.
func OwnPair(k [2]string) [2]string { return [2]string{strings.Clone(k[0]), strings.Clone(k[1])} }

// Get returns the value remembered for k, or computes, remembers and
// returns it. Two goroutines may compute one key at once; compute must be
// pure, so either answer is the same.
func (c *Memo[K, V]) Get(k K, compute func() V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute()
	c.mu.Lock()
	if len(c.m) >= c.max {
		c.m = make(map[K]V)
	}
	c.m[c.own(k)] = v
	c.mu.Unlock()
	return v
}

// Len is the number of keys remembered.
func (c *Memo[K, V]) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
