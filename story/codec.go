package story

import (
	"encoding/binary"
	"errors"
	"math"
)

// The stored form of an article's record (litopys.StoryEntry.Features):
//
//	version byte (2)
//	lang: uvarint length, bytes
//	flags byte: 1 dated, 2 has signature
//	day: varint (the publication day, or the latest day seen when undated)
//	signature: sigLen × uint64 little-endian (when present)
//	entities, then lemmas: uvarint count, then per feature, sorted by key:
//	    uvarint key length, key bytes, float32 weight little-endian
//
// The weights are those of the article's unit vectors when its story was
// decided (float32, which is plenty for cosines): applying the record adds
// exactly these to its story, so every replay reaches the writer's state.
const recordVersion = 2

var errRecord = errors.New("story record: malformed")

func encodeRecord(r record) []byte {
	b := make([]byte, 0, 64+sigLen*8+16*(len(r.ent)+len(r.lem)))
	b = append(b, recordVersion)
	b = binary.AppendUvarint(b, uint64(len(r.lang)))
	b = append(b, r.lang...)
	var flags byte
	if r.dated {
		flags |= 1
	}
	if r.sig != nil {
		flags |= 2
	}
	b = append(b, flags)
	b = binary.AppendVarint(b, int64(r.day))
	if r.sig != nil {
		for _, v := range r.sig {
			b = binary.LittleEndian.AppendUint64(b, v)
		}
	}
	for _, v := range [][]weighted{r.ent, r.lem} {
		b = binary.AppendUvarint(b, uint64(len(v)))
		for _, x := range v {
			b = binary.AppendUvarint(b, uint64(len(x.key)))
			b = append(b, x.key...)
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(x.w)))
		}
	}
	return b
}

func decodeRecord(b []byte) (record, error) {
	var r record
	if len(b) == 0 || b[0] != recordVersion {
		return r, errRecord
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
	if r.lang, ok = str(); !ok || len(b) < 1 {
		return r, errRecord
	}
	flags := b[0]
	b = b[1:]
	r.dated = flags&1 != 0
	d, k := binary.Varint(b)
	if k <= 0 || d < math.MinInt32 || d > math.MaxInt32 {
		return r, errRecord
	}
	r.day = int(d)
	b = b[k:]
	if flags&2 != 0 {
		if len(b) < sigLen*8 {
			return r, errRecord
		}
		r.sig = new(signature)
		for i := range r.sig {
			r.sig[i] = binary.LittleEndian.Uint64(b[8*i:])
		}
		b = b[sigLen*8:]
	}
	for _, v := range []*[]weighted{&r.ent, &r.lem} {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)) {
			return r, errRecord
		}
		b = b[k:]
		last := ""
		for i := range n {
			key, ok := str()
			if !ok || len(b) < 4 || i > 0 && key <= last {
				return r, errRecord
			}
			w := float64(math.Float32frombits(binary.LittleEndian.Uint32(b)))
			if math.IsNaN(w) || math.IsInf(w, 0) {
				return r, errRecord
			}
			*v = append(*v, weighted{key, w})
			b, last = b[4:], key
		}
	}
	if len(b) != 0 {
		return r, errRecord
	}
	return r, nil
}
