package story

import (
	"encoding/binary"
	"errors"
	"maps"
	"math"
	"slices"
)

// The stored form of an article's features (litopys.StoryEntry.Features):
//
//	version byte (1)
//	lang: uvarint length, bytes
//	flags byte: 1 dated, 2 has signature
//	day: varint (when dated)
//	signature: sigLen × uint64 little-endian (when present)
//	entities, then lemmas: uvarint count, then per feature, sorted by key:
//	    uvarint key length, key bytes, float32 weight little-endian
//
// Weights are kept as float32, which is plenty for cosines; the writer
// decides on the decoded form, so every replay matches it exactly.
const featuresVersion = 1

var errFeatures = errors.New("story features: malformed")

func encodeFeatures(f features) []byte {
	b := make([]byte, 0, 64+sigLen*8+16*(len(f.ents)+len(f.lems)))
	b = append(b, featuresVersion)
	b = binary.AppendUvarint(b, uint64(len(f.lang)))
	b = append(b, f.lang...)
	var flags byte
	if f.dated {
		flags |= 1
	}
	if f.sig != nil {
		flags |= 2
	}
	b = append(b, flags)
	if f.dated {
		b = binary.AppendVarint(b, int64(f.day))
	}
	if f.sig != nil {
		for _, v := range f.sig {
			b = binary.LittleEndian.AppendUint64(b, v)
		}
	}
	for _, m := range []map[string]float64{f.ents, f.lems} {
		b = binary.AppendUvarint(b, uint64(len(m)))
		for _, k := range slices.Sorted(maps.Keys(m)) {
			b = binary.AppendUvarint(b, uint64(len(k)))
			b = append(b, k...)
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(m[k])))
		}
	}
	return b
}

func decodeFeatures(b []byte) (features, error) {
	f := features{ents: map[string]float64{}, lems: map[string]float64{}}
	if len(b) == 0 || b[0] != featuresVersion {
		return f, errFeatures
	}
	b = b[1:]
	str := func() (string, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			return "", false
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s, true
	}
	var ok bool
	if f.lang, ok = str(); !ok || len(b) < 1 {
		return f, errFeatures
	}
	flags := b[0]
	b = b[1:]
	if flags&1 != 0 {
		d, k := binary.Varint(b)
		if k <= 0 || d < math.MinInt32 || d > math.MaxInt32 {
			return f, errFeatures
		}
		f.day, f.dated = int(d), true
		b = b[k:]
	}
	if flags&2 != 0 {
		if len(b) < sigLen*8 {
			return f, errFeatures
		}
		f.sig = new(signature)
		for i := range f.sig {
			f.sig[i] = binary.LittleEndian.Uint64(b[8*i:])
		}
		b = b[sigLen*8:]
	}
	for _, m := range []map[string]float64{f.ents, f.lems} {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)) {
			return f, errFeatures
		}
		b = b[k:]
		for range n {
			key, ok := str()
			if !ok || len(b) < 4 {
				return f, errFeatures
			}
			w := float64(math.Float32frombits(binary.LittleEndian.Uint32(b)))
			if math.IsNaN(w) || math.IsInf(w, 0) {
				return f, errFeatures
			}
			m[key] = w
			b = b[4:]
		}
	}
	if len(b) != 0 {
		return f, errFeatures
	}
	return f, nil
}

// stored returns f as it reads back from its stored form: every decision
// is made on that form, so that a replay of the log reaches the same state
// bit for bit, and Clusterer.Add decides as a Log does.
func stored(f features) features {
	g, err := decodeFeatures(encodeFeatures(f))
	if err != nil {
		panic("story: features do not survive their own encoding: " + err.Error())
	}
	return g
}
