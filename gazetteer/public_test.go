package gazetteer

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// mo builds a little-endian .mo catalogue of the pairs (a test fixture
// written independently of readMO).
func mo(pairs ...[2]string) []byte {
	n := len(pairs)
	var head, strs bytes.Buffer
	le := binary.LittleEndian
	w := func(b *bytes.Buffer, v uint32) { binary.Write(b, le, v) }
	w(&head, 0x950412de)
	w(&head, 0)
	w(&head, uint32(n))
	w(&head, 28)
	w(&head, uint32(28+8*n))
	w(&head, 0)
	w(&head, 0)
	base := 28 + 16*n
	var tables [2]bytes.Buffer
	for k := range 2 {
		for _, p := range pairs {
			w(&tables[k], uint32(len(p[k])))
			w(&tables[k], uint32(base+strs.Len()))
			strs.WriteString(p[k])
			strs.WriteByte(0)
		}
	}
	return slices.Concat(head.Bytes(), tables[0].Bytes(), tables[1].Bytes(), strs.Bytes())
}

func TestReadMO(t *testing.T) {
	b := mo([2]string{"", "Content-Type: text/plain; charset=UTF-8\n"}, [2]string{"Alaska", "Аляска"},
		[2]string{"ctx\x04Georgia", "Грузия"}, [2]string{"one\x00many", "один\x00много"})
	got, err := readMO(b)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Alaska": "Аляска", "Georgia": "Грузия", "one": "один"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readMO = %v, want %v", got, want)
	}
	for _, bad := range [][]byte{nil, make([]byte, 28), b[:40]} {
		if _, err := readMO(bad); err == nil {
			t.Errorf("readMO(%d bytes) took a broken catalogue", len(bad))
		}
	}
}

func FuzzReadMO(f *testing.F) {
	f.Add(mo([2]string{"Alaska", "Аляска"}))
	f.Add([]byte{0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		readMO(b) // must not panic
	})
}

// TestPublic checks that the public lists hold what they promise: ISO
// countries and subdivisions in three languages and the typed lists.
func TestPublic(t *testing.T) {
	names, err := Public()
	if err != nil {
		t.Fatal(err)
	}
	has := map[Name]bool{}
	kinds := map[string]int{}
	for _, n := range names {
		has[n] = true
		kinds[n.Kind]++
	}
	for _, n := range []Name{
		{"Аляска", "LOC", "subdivision", "ru"}, {"Баварія", "LOC", "subdivision", "uk"}, {"Bayern", "LOC", "subdivision", "en"},
		{"Германия", "LOC", "country", "ru"}, {"Twitter", "PRO", "social", "en"}, {"Телеграм", "PRO", "social", "uk"},
		{"Верховна Рада", "ORG", "legislatures", "uk"}, {"ЦИК", "ORG", "electoral", "ru"}, {"Reuters", "ORG", "agencies", "en"},
		{"The Guardian", "PRO", "media", "en"}, {"BBC", "ORG", "broadcasters", "en"}, {"Слуга народу", "ORG", "parties", "uk"}, {"МАГАТЭ", "ORG", "international", "ru"},
	} {
		if !has[n] {
			t.Errorf("public lists lack %+v", n)
		}
	}
	for kind, least := range map[string]int{"country": 1000, "subdivision": 9000, "media": 150, "parties": 150} {
		if kinds[kind] < least {
			t.Errorf("%d %s names, want at least %d", kinds[kind], kind, least)
		}
	}
}

// TestCompareNames checks that the public lists come in the order of their
// lines "type\tkind\tlang\tform", the order compareNames promises, and that
// Public hands each caller its own copy.
func TestCompareNames(t *testing.T) {
	names, err := Public()
	if err != nil {
		t.Fatal(err)
	}
	line := func(n Name) string { return n.Type + "\t" + n.Kind + "\t" + n.Lang + "\t" + n.Form }
	for i := 1; i < len(names); i++ {
		if a, b := line(names[i-1]), line(names[i]); a >= b {
			t.Fatalf("names %d and %d out of order or equal: %q, %q", i-1, i, a, b)
		}
	}
	for _, n := range names {
		for _, f := range []string{n.Type, n.Kind, n.Lang, n.Form} {
			if strings.ContainsFunc(f, func(r rune) bool { return r <= '\t' }) {
				t.Fatalf("%+v: a field holds a tab or a control character below it", n)
			}
		}
	}
	names[0].Form = "changed"
	again, _ := Public()
	if again[0].Form == "changed" {
		t.Error("Public returned the shared slice")
	}
}
