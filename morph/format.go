package morph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// A .morph file, all integers unsigned varints unless said otherwise:
//
//	magic "litmorph1"
//	rules:  n, then per rule: cut (byte), tag (byte), len, suffix bytes
//	sets:   n, then per set (ids 1..n): len, rule ids  — a form's analyses,
//	        preferred first
//	table:  valBits (byte), buckets, slots, seeds (2 bytes LE each),
//	        packed slot entries (see mph.go), read in place
//	guess:  n, then per ending: len, ending bytes, rule id for a lower-case
//	        word, rule id for a capitalised one (0xffff: none)

const magic = "litmorph1"

// lexicon is the run-time form of one language's .morph file.
type lexicon struct {
	rules   []rule
	sets    [][]uint16 // set id -> rule ids; sets[0] is unused
	table   perfectHash
	guesses guessTable
}

func (lb *lexiconBuilder) encode() ([]byte, error) {
	keys := lb.sortedKeys()
	setIDs := map[string]uint32{}
	var sets [][]uint16
	hashes := make([]uint64, len(keys))
	vals := make([]uint32, len(keys))
	for i, k := range keys {
		ids, sig := lb.orderedSet(k, lb.forms[k])
		id, ok := setIDs[sig]
		if !ok {
			sets = append(sets, ids)
			id = uint32(len(sets))
			setIDs[sig] = id
		}
		hashes[i] = hashKey([]byte(k))
		vals[i] = id
	}
	if dup := firstDuplicate(hashes); dup {
		return nil, errors.New("encode: 64-bit hash collision between forms")
	}
	valBits := uint8(bits.Len(uint(len(sets))))
	if valBits > 24 {
		return nil, fmt.Errorf("encode: %d analysis sets is too many", len(sets))
	}
	ph, err := buildPerfectHash(hashes, vals, valBits)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	cv, pv := lb.trainGuesser()
	guesses := decide(cv, pv, lb.rules)

	b := []byte(magic)
	b = binary.AppendUvarint(b, uint64(len(lb.rules)))
	for _, r := range lb.rules {
		b = append(b, r.cut, byte(r.tag))
		b = binary.AppendUvarint(b, uint64(len(r.add)))
		b = append(b, r.add...)
	}
	b = binary.AppendUvarint(b, uint64(len(sets)))
	for _, s := range sets {
		b = binary.AppendUvarint(b, uint64(len(s)))
		for _, id := range s {
			b = binary.AppendUvarint(b, uint64(id))
		}
	}
	b = append(b, ph.valBits)
	b = binary.AppendUvarint(b, uint64(ph.buckets()))
	b = binary.AppendUvarint(b, uint64(ph.nslots))
	b = append(b, ph.seeds...)
	b = append(b, ph.entries...)
	for _, t := range []guessTable{guesses} {
		ends := make([]string, 0, len(t))
		for e := range t {
			ends = append(ends, e)
		}
		slices.Sort(ends)
		b = binary.AppendUvarint(b, uint64(len(ends)))
		for _, e := range ends {
			b = binary.AppendUvarint(b, uint64(len(e)))
			b = append(b, e...)
			b = binary.AppendUvarint(b, uint64(t[e][0]))
			b = binary.AppendUvarint(b, uint64(t[e][1]))
		}
	}
	return b, nil
}

func firstDuplicate(hashes []uint64) bool {
	s := slices.Clone(hashes)
	slices.Sort(s)
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
			return true
		}
	}
	return false
}

// reader walks a .morph file; the first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errors.New("truncated varint")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = errors.New("truncated data")
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

// decodeLexicon reads a .morph file. The perfect-hash arrays alias data.
func decodeLexicon(data []byte) (*lexicon, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("decode: not a morph table")
	}
	r := &reader{b: data[len(magic):]}
	lx := &lexicon{}
	nr := r.uvarint()
	for i := uint64(0); i < nr && r.err == nil; i++ {
		h := r.bytes(2)
		if r.err != nil {
			break
		}
		add := r.bytes(r.uvarint())
		lx.rules = append(lx.rules, rule{cut: h[0], tag: tag(h[1]), add: string(add)})
	}
	ns := r.uvarint()
	lx.sets = make([][]uint16, 1, ns+1)
	for i := uint64(0); i < ns && r.err == nil; i++ {
		k := r.uvarint()
		s := make([]uint16, 0, k)
		for j := uint64(0); j < k; j++ {
			id := r.uvarint()
			if id >= uint64(len(lx.rules)) {
				r.err = errors.New("rule id out of range")
			}
			s = append(s, uint16(id))
		}
		lx.sets = append(lx.sets, s)
	}
	vb := r.bytes(1)
	nb, m := r.uvarint(), r.uvarint()
	lx.table.seeds = r.bytes(2 * nb)
	if r.err == nil {
		lx.table.valBits = vb[0]
		lx.table.nslots = uint32(m)
		if vb[0] > 24 || m > 1<<31 {
			r.err = errors.New("bad table header")
		}
	}
	lx.table.entries = r.bytes(uint64(entriesLen(uint32(m), lx.table.valBits)))
	lx.guesses = readGuessTable(r, len(lx.rules))
	if r.err != nil {
		return nil, fmt.Errorf("decode: %w", r.err)
	}
	return lx, nil
}

func readGuessTable(r *reader, nRules int) guessTable {
	n := r.uvarint()
	t := make(guessTable, min(n, 1<<20))
	for i := uint64(0); i < n && r.err == nil; i++ {
		end := string(r.bytes(r.uvarint()))
		lo, c := r.uvarint(), r.uvarint()
		if (lo >= uint64(nRules) && lo != noRule) || (c >= uint64(nRules) && c != noRule) {
			r.err = errors.New("guess rule out of range")
		}
		t[end] = [2]uint16{uint16(lo), uint16(c)}
	}
	return t
}
