package gazetteer

import (
	"encoding/binary"
	"fmt"
)

// readMO parses a GNU gettext .mo catalogue into msgid → msgstr (the first
// plural form for plural entries; the header entry, with an empty msgid,
// is skipped). No Go module for .mo files is reachable from this project's
// module proxy, and the format is two tables of (length, offset) pairs,
// so it is read here (format: the GNU gettext manual, "The Format of GNU
// MO Files").
func readMO(b []byte) (map[string]string, error) {
	if len(b) < 28 {
		return nil, fmt.Errorf("read mo: %d bytes, too short", len(b))
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("read mo: bad magic %#x", binary.LittleEndian.Uint32(b))
	}
	n := int(bo.Uint32(b[8:]))
	orig, trans := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	if n < 0 || n > len(b)/8 {
		return nil, fmt.Errorf("read mo: %d strings in %d bytes", n, len(b))
	}
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at < 0 || at+8 > len(b) {
			return "", fmt.Errorf("read mo: string table entry %d out of range", i)
		}
		l, off := int(bo.Uint32(b[at:])), int(bo.Uint32(b[at+4:]))
		if l < 0 || off < 0 || off+l > len(b) {
			return "", fmt.Errorf("read mo: string %d out of range", i)
		}
		return string(b[off : off+l]), nil
	}
	out := make(map[string]string, n)
	for i := range n {
		id, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		tr, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if id == "" {
			continue
		}
		// Plural entries hold NUL-separated forms; context is "ctx\x04id".
		id = cutNUL(id)
		if j := indexByte(id, 4); j >= 0 {
			id = id[j+1:]
		}
		out[id] = cutNUL(tr)
	}
	return out, nil
}

func cutNUL(s string) string {
	if i := indexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
