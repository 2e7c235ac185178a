package morph

import (
	"encoding/binary"
	"errors"
	"sort"
	"unsafe"
)

// flatTable maps byte-string keys to byte-string values, read in place
// from one buffer, keys sorted. A key is found through an open-addressed
// hash index built at load (one probe or two, where a binary search over
// the large tables took some twenty, each a cache miss). It holds no Go
// pointers but its slices, so a large table costs the garbage collector
// nothing to scan. Layout (little-endian):
//
//	n, keysLen, valsLen uint32
//	keyOff [n+1]uint32, valOff [n+1]uint32
//	keys [keysLen]byte, vals [valsLen]byte, zero padding to 4 bytes
type flatTable struct {
	n            int
	koff, voff   []byte // n+1 offsets each
	keys, values []byte
	// index holds entry+1 of each key at the slot its hash leads to (0:
	// empty); its length is a power of two, at least twice n.
	index []uint32
}

func le32(b []byte, i int) int { return int(binary.LittleEndian.Uint32(b[4*i:])) }

func (t *flatTable) key(i int) []byte { return t.keys[le32(t.koff, i):le32(t.koff, i+1)] }

// find returns the value of key, nil if absent.
func (t *flatTable) find(key string) []byte { return findFlat(t, key) }

// findFlat is find for a key as a string or as bytes.
func findFlat[K string | []byte](t *flatTable, key K) []byte {
	if len(t.index) == 0 {
		return nil
	}
	mask := uint64(len(t.index) - 1)
	for h := hashBytes(key) & mask; ; h = (h + 1) & mask {
		e := t.index[h]
		if e == 0 {
			return nil
		}
		if i := int(e - 1); string(t.key(i)) == string(key) {
			return t.values[le32(t.voff, i):le32(t.voff, i+1)]
		}
	}
}

// buildIndex fills t.index with the n keys.
func (t *flatTable) buildIndex() {
	if t.n == 0 {
		return
	}
	size := 2
	for size < 2*t.n {
		size <<= 1
	}
	t.index = make([]uint32, size)
	mask := uint64(size - 1)
	for i := 0; i < t.n; i++ {
		h := hashBytes(t.key(i)) & mask
		for t.index[h] != 0 {
			h = (h + 1) & mask
		}
		t.index[h] = uint32(i + 1)
	}
}

// bytesString returns b as a string without a copy: b must never change
// (a slice of a loaded table).
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

var errFlat = errors.New("truncated table")

// readFlatTable reads a table at the start of b and returns the rest.
func readFlatTable(b []byte) (*flatTable, []byte, error) {
	if len(b) < 12 {
		return nil, nil, errFlat
	}
	n, kl, vl := le32(b, 0), le32(b, 1), le32(b, 2)
	size := 12 + 8*(n+1) + kl + vl
	if n < 0 || kl < 0 || vl < 0 || len(b) < size {
		return nil, nil, errFlat
	}
	t := &flatTable{n: n}
	p := 12
	t.koff, p = b[p:p+4*(n+1)], p+4*(n+1)
	t.voff, p = b[p:p+4*(n+1)], p+4*(n+1)
	t.keys, p = b[p:p+kl], p+kl
	t.values, p = b[p:p+vl], p+vl
	for i := 0; i < n; i++ {
		if le32(t.koff, i) > le32(t.koff, i+1) || le32(t.voff, i) > le32(t.voff, i+1) {
			return nil, nil, errFlat
		}
	}
	if le32(t.koff, n) > kl || le32(t.voff, n) > vl {
		return nil, nil, errFlat
	}
	for p%4 != 0 {
		p++
	}
	if p > len(b) {
		return nil, nil, errFlat
	}
	t.buildIndex()
	return t, b[p:], nil
}

// appendFlatTable appends the table of m (keys sorted) to dst.
func appendFlatTable(dst []byte, m map[string][]byte) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	kl, vl := 0, 0
	for _, k := range keys {
		kl += len(k)
		vl += len(m[k])
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(keys)))
	dst = binary.LittleEndian.AppendUint32(dst, uint32(kl))
	dst = binary.LittleEndian.AppendUint32(dst, uint32(vl))
	off := 0
	for _, k := range keys {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(off))
		off += len(k)
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(off))
	off = 0
	for _, k := range keys {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(off))
		off += len(m[k])
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(off))
	for _, k := range keys {
		dst = append(dst, k...)
	}
	for _, k := range keys {
		dst = append(dst, m[k]...)
	}
	for len(dst)%4 != 0 {
		dst = append(dst, 0)
	}
	return dst
}

// uvarint reads an unsigned varint at b[i:], returning it and the next
// index; ok is false on truncated input.
func uvarint(b []byte, i int) (uint64, int, bool) {
	v, n := binary.Uvarint(b[min(i, len(b)):])
	if n <= 0 {
		return 0, i, false
	}
	return v, i + n, true
}
