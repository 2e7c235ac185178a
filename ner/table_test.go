package ner

import (
	"math/rand/v2"
	"testing"
)

// TestTableIsAMap runs random stores and look-ups on a table and on a Go
// map side by side, with small keys (collisions, key 0) and hashes.
func TestTableIsAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 100, 5000} {
		tb := newTable[uint32](n / 3)
		var zero table[uint32] // the zero value is usable too
		want := map[uint64]uint32{}
		key := func() uint64 {
			if r.IntN(2) == 0 {
				return uint64(r.IntN(2*n + 2)) // small keys, 0 included
			}
			return r.Uint64()
		}
		for range 3 * n {
			k, v := key(), r.Uint32()
			switch r.IntN(3) {
			case 0:
				tb.set(k, v)
				zero.set(k, v)
				want[k] = v
			case 1:
				*tb.ref(k) |= v
				*zero.ref(k) |= v
				want[k] |= v
			}
			k = key()
			got, ok := tb.get(k)
			w, wok := want[k]
			if got != w || ok != wok || zero.at(k) != w {
				t.Fatalf("n=%d: get(%d) = %d, %v; want %d, %v", n, k, got, ok, w, wok)
			}
		}
		if tb.len() != len(want) || zero.len() != len(want) {
			t.Fatalf("n=%d: len %d, %d; want %d", n, tb.len(), zero.len(), len(want))
		}
		for k, w := range want {
			if got, ok := tb.get(k); !ok || got != w {
				t.Fatalf("n=%d: get(%d) = %d, %v after all stores; want %d", n, k, got, ok, w)
			}
		}
	}
}

// TestFilterHasEveryKey checks that a filter passes every key of its
// table and turns most other keys away.
func TestFilterHasEveryKey(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	tb := newTable[uint8](0)
	tb.set(0, 1)
	for range 20000 {
		tb.set(r.Uint64(), 1)
	}
	f := newFilter(tb)
	for _, s := range tb.slots {
		if s.key != 0 && !f.mayHave(s.key) {
			t.Fatalf("key %d of the table filtered out", s.key)
		}
	}
	if !f.mayHave(0) {
		t.Fatal("key 0 of the table filtered out")
	}
	passed := 0
	for range 10000 {
		if k := r.Uint64(); f.mayHave(k) {
			if _, ok := tb.get(k); !ok {
				passed++
			}
		}
	}
	if passed > 1500 {
		t.Errorf("%d of 10000 absent keys passed the filter, want under 15 %%", passed)
	}
}
