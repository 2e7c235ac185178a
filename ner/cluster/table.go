package cluster

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Path is a word's position in the cluster tree: the top Len bits of Bits,
// most significant first.
type Path struct {
	Bits uint32
	Len  uint8
}

// Prefix returns the first n bits of the path (n ≤ Len), left-aligned.
func (p Path) Prefix(n int) uint32 {
	n = min(n, int(p.Len))
	if n == 0 {
		return 0
	}
	return p.Bits &^ (1<<(32-n) - 1)
}

func (p Path) String() string {
	var sb strings.Builder
	for i := range int(p.Len) {
		if p.Bits&(1<<(31-i)) != 0 {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

// Entry is one word of the table, lower-cased.
type Entry struct {
	Word string
	Path Path
}

// Write writes entries as "word<TAB>bits" lines.
func Write(w io.Writer, entries []Entry) error {
	for _, e := range entries {
		if _, err := fmt.Fprintf(w, "%s\t%s\n", e.Word, e.Path); err != nil {
			return err
		}
	}
	return nil
}

// Read parses what Write writes.
func Read(r io.Reader) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		word, bits, ok := strings.Cut(sc.Text(), "\t")
		if !ok || len(bits) > 32 {
			return nil, fmt.Errorf("cluster: read: line %d: want word<TAB>bits", n)
		}
		var p Path
		for i, c := range bits {
			switch c {
			case '1':
				p.Bits |= 1 << (31 - i)
			case '0':
			default:
				return nil, fmt.Errorf("cluster: read: line %d: bad bit %q", n, c)
			}
		}
		p.Len = uint8(len(bits))
		out = append(out, Entry{Word: word, Path: p})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cluster: read: %w", err)
	}
	return out, nil
}
