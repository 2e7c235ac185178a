package morph

import (
	"fmt"
	"testing"
)

// TestFlatTable reads back a written table through its hash index: every
// key with its value (an empty value found, not absent), absent keys and
// prefixes of keys not found, and an empty table finding nothing.
func TestFlatTable(t *testing.T) {
	m := map[string][]byte{"": []byte("root"), "а": []byte("1"), "аб": {}, "вода": []byte("water")}
	for i := range 2000 {
		m[fmt.Sprintf("k%d", i)] = []byte(fmt.Sprint(i))
	}
	tab, rest, err := readFlatTable(appendFlatTable(nil, m))
	if err != nil || len(rest) != 0 {
		t.Fatalf("read: %v, %d bytes left", err, len(rest))
	}
	for k, v := range m {
		got := tab.find(k)
		if got == nil || string(got) != string(v) {
			t.Errorf("find(%q) = %q, want %q", k, got, v)
		}
		if got := findFlat(tab, []byte(k)); string(got) != string(v) {
			t.Errorf("findFlat(%q bytes) = %q, want %q", k, got, v)
		}
	}
	for _, k := range []string{"б", "во", "водаа", "k2000", "k-1", "\x00"} {
		if got := tab.find(k); got != nil {
			t.Errorf("find(%q) = %q, want nil", k, got)
		}
	}
	empty, _, err := readFlatTable(appendFlatTable(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if got := empty.find("а"); got != nil {
		t.Errorf("empty table: find = %q", got)
	}
}
