package morph

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"slices"
)

// The form table is a perfect hash ("hash and displace"): a key's 64-bit
// hash picks a bucket, the bucket's 16-bit seed moves its keys to free slots,
// and each slot holds fpBits of the key's hash (a fingerprint) above valBits
// of value (an analysis-set id), bit-packed. A lookup is one hash, two array
// reads and a compare; a word the table does not hold passes the fingerprint
// check with probability 2^-16.

const (
	hk0 = 0xa0761d6478bd642f
	hk1 = 0xe7037ed1a0b428db
	hk2 = 0x8ebc6af09c88c6e3
	hk3 = 0x589965cc75374cc3
)

func mum(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// hashKey is a fixed (build- and run-time stable) 64-bit hash of b.
func hashKey(b []byte) uint64 { return hashBytes(b) }

// hashString is hashKey of a string, without a conversion.
func hashString(s string) uint64 { return hashBytes(s) }

func hashBytes[T string | []byte](b T) uint64 {
	h := uint64(hk0) ^ uint64(len(b))*hk3
	for len(b) >= 8 {
		v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		h = mum(h^v^hk1, hk2)
		b = b[8:]
	}
	var t uint64
	for i := 0; i < len(b); i++ {
		t |= uint64(b[i]) << (8 * i)
	}
	return mum(h^t^hk2, hk1^uint64(len(b)))
}

// fastRange maps x uniformly onto [0, n).
func fastRange(x uint64, n uint32) uint32 {
	hi, _ := bits.Mul64(x, uint64(n))
	return uint32(hi)
}

func slotOf(h uint64, seed uint16, m uint32) uint32 {
	return fastRange(mum(h^(uint64(seed)+1)*hk3, hk1), m)
}

// fpBits is the width of the key fingerprint kept in each slot.
const fpBits = 16

// perfectHash is the built table, ready to be written or read in place.
type perfectHash struct {
	seeds   []byte // little-endian uint16 per bucket
	entries []byte // slots of fpBits+valBits bits, packed little-endian, 8 bytes of padding
	valBits uint8
	nslots  uint32
}

func (p *perfectHash) buckets() uint32 { return uint32(len(p.seeds) / 2) }

// get returns the value stored for a key with hash h, or 0 when the key is
// (almost certainly) absent. Values are never 0.
func (p *perfectHash) get(h uint64) uint32 {
	nb, m := p.buckets(), p.nslots
	if m == 0 || nb == 0 {
		return 0
	}
	seed := binary.LittleEndian.Uint16(p.seeds[2*fastRange(h, nb):])
	w := uint64(p.valBits) + fpBits
	bit := uint64(slotOf(h, seed, m)) * w
	e := binary.LittleEndian.Uint64(p.entries[bit>>3:]) >> (bit & 7) & (1<<w - 1)
	if uint32(e>>p.valBits) != uint32(h)&(1<<fpBits-1) {
		return 0
	}
	return uint32(e) & (1<<p.valBits - 1)
}

// entriesLen is the byte length of the packed slot array.
func entriesLen(m uint32, valBits uint8) int {
	return int((uint64(m)*(uint64(valBits)+fpBits)+7)/8) + 8
}

var errNoSeed = errors.New("perfect hash: no seed fits a bucket")

// bucketSize is the mean number of keys per bucket; larger buckets mean
// fewer seeds to store and a slower build.
const bucketSize = 5

// buildPerfectHash places every (hash, value) pair; values must be in
// [1, 2^valBits) and hashes distinct.
func buildPerfectHash(hashes []uint64, vals []uint32, valBits uint8) (*perfectHash, error) {
	n := len(hashes)
	for _, extra := range []int{50, 33, 25, 16, 10} {
		m := uint32(n + n/extra + 1)
		nb := uint32(n/bucketSize + 1)
		p, err := tryPerfectHash(hashes, vals, valBits, nb, m)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, errNoSeed) {
			return nil, err
		}
	}
	return nil, errNoSeed
}

func tryPerfectHash(hashes []uint64, vals []uint32, valBits uint8, nb, m uint32) (*perfectHash, error) {
	byBucket := make([][]int32, nb)
	for i, h := range hashes {
		b := fastRange(h, nb)
		byBucket[b] = append(byBucket[b], int32(i))
	}
	order := make([]uint32, nb)
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortStableFunc(order, func(a, b uint32) int { return len(byBucket[b]) - len(byBucket[a]) })

	seeds := make([]uint16, nb)
	taken := make([]bool, m)
	slots := make([]uint32, 0, 32)
	for _, b := range order {
		keys := byBucket[b]
		if len(keys) == 0 {
			break
		}
		found := false
		for s := 0; s <= 0xffff && !found; s++ {
			slots = slots[:0]
			ok := true
			for _, k := range keys {
				x := slotOf(hashes[k], uint16(s), m)
				if taken[x] || slices.Contains(slots, x) {
					ok = false
					break
				}
				slots = append(slots, x)
			}
			if ok {
				found = true
				seeds[b] = uint16(s)
				for _, x := range slots {
					taken[x] = true
				}
			}
		}
		if !found {
			return nil, errNoSeed
		}
	}
	p := &perfectHash{seeds: make([]byte, 2*nb), entries: make([]byte, entriesLen(m, valBits)), valBits: valBits, nslots: m}
	for b, s := range seeds {
		binary.LittleEndian.PutUint16(p.seeds[2*b:], s)
	}
	w := uint64(valBits) + fpBits
	for i, h := range hashes {
		x := slotOf(h, seeds[fastRange(h, nb)], m)
		e := uint64(h)&(1<<fpBits-1)<<valBits | uint64(vals[i])
		bit := uint64(x) * w
		v := binary.LittleEndian.Uint64(p.entries[bit>>3:])
		v |= e << (bit & 7)
		binary.LittleEndian.PutUint64(p.entries[bit>>3:], v)
	}
	return p, nil
}
