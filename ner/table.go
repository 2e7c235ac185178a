package ner

// table maps 64-bit word hashes to small values, like map[uint64]V, in one
// flat open-addressed array: a look-up reads one slot (key and value side
// by side), where a Go map reads a control word and then a slot elsewhere.
// The tagger looks up every token in tables of 100,000 words and more, so
// most look-ups miss the processor's caches and their count is what costs.
// The zero value is an empty table ready for use.
type table[V any] struct {
	slots []slot[V]
	n     int // keys stored in slots
	shift uint8
	// The key 0 marks an empty slot, so it is kept apart.
	zero    V
	hasZero bool
}

type slot[V any] struct {
	key uint64
	val V
}

// newTable returns a table with room for n keys before it grows.
func newTable[V any](n int) *table[V] {
	t := &table[V]{}
	t.resize(n)
	return t
}

// index spreads the key over the slots (word hashes are FNV, whose low
// bits alone are not well mixed).
func (t *table[V]) index(k uint64) int {
	return int((k * 0x9e3779b97f4a7c15) >> t.shift)
}

// get returns the value of k and whether k is present.
func (t *table[V]) get(k uint64) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	if t.n == 0 {
		var v V
		return v, false
	}
	mask := len(t.slots) - 1
	for i := t.index(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return s.val, true
		}
		if s.key == 0 {
			return s.val, false // an empty slot holds the zero value
		}
	}
}

// at returns the value of k, the zero value when absent.
func (t *table[V]) at(k uint64) V {
	v, _ := t.get(k)
	return v
}

// ref returns a pointer to the value of k, adding k with the zero value
// when absent. The pointer is valid until the next call to ref.
func (t *table[V]) ref(k uint64) *V {
	if k == 0 {
		t.hasZero = true
		return &t.zero
	}
	if 2*(t.n+1) > len(t.slots) {
		t.resize(2 * (t.n + 1))
	}
	mask := len(t.slots) - 1
	for i := t.index(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return &s.val
		}
		if s.key == 0 {
			s.key = k
			t.n++
			return &s.val
		}
	}
}

// set stores v as the value of k.
func (t *table[V]) set(k uint64, v V) { *t.ref(k) = v }

// len is the number of keys stored.
func (t *table[V]) len() int {
	if t.hasZero {
		return t.n + 1
	}
	return t.n
}

// resize makes room for n keys at most half full and reinserts the keys.
func (t *table[V]) resize(n int) {
	size, shift := 8, uint8(61)
	for size < 2*n {
		size, shift = size*2, shift-1
	}
	if size <= len(t.slots) {
		return
	}
	old := t.slots
	t.slots, t.shift, t.n = make([]slot[V], size), shift, 0
	mask := size - 1
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := t.index(s.key)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
		t.n++
	}
}

// filter is a bit set over 64-bit keys that answers "certainly absent" for
// most keys a table does not hold, from a few hundred kilobytes that stay
// in the processor's cache, before the table itself is read.
type filter struct {
	bits  []uint64
	shift uint8
}

// newFilter returns a filter of the keys of t, 8 to 16 bits per key (a
// key absent from t passes for one in 8 to 16).
func newFilter[V any](t *table[V]) filter {
	size, shift := 1<<12, uint8(52)
	for size < 8*t.len() {
		size, shift = size*2, shift-1
	}
	f := filter{bits: make([]uint64, size/64), shift: shift}
	for _, s := range t.slots {
		if s.key != 0 {
			f.add(s.key)
		}
	}
	if t.hasZero {
		f.add(0)
	}
	return f
}

func (f *filter) bit(k uint64) uint64 { return (k * 0xc2b2ae3d27d4eb4f) >> f.shift }

func (f *filter) add(k uint64) {
	b := f.bit(k)
	f.bits[b>>6] |= 1 << (b & 63)
}

// mayHave reports false when k is certainly not a key of the table the
// filter was built from.
func (f *filter) mayHave(k uint64) bool {
	b := f.bit(k)
	return f.bits[b>>6]&(1<<(b&63)) != 0
}
