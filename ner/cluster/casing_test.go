package cluster

import (
	"bytes"
	"testing"
)

// TestCaseCounts checks that only mid-sentence words are counted and that
// the buckets order words from names to common nouns.
func TestCaseCounts(t *testing.T) {
	c := &caseCounter{counts: map[string]*[2]int64{}}
	c.add("Голова комісії зустрівся з Іваном. Голова сказав, що Іван і голова згодні. США, НАТО і Іван.")
	for _, tc := range []struct {
		word         string
		lower, upper int64
	}{
		{"голова", 1, 0}, // the two sentence-initial ones are not counted
		{"іваном", 0, 1},
		{"іван", 0, 2}, // after a comma-free word and after "і"
		{"комісії", 1, 0},
	} {
		n := c.counts[tc.word]
		if n == nil || n[0] != tc.lower || n[1] != tc.upper {
			t.Errorf("%s: counts %v, want lower %d upper %d", tc.word, n, tc.lower, tc.upper)
		}
	}
	if c.counts["нато"] != nil || c.counts["сша"] != nil {
		t.Errorf("all-caps words counted: %v %v", c.counts["нато"], c.counts["сша"])
	}
	table := []Casing{{"москва", 0, 500}, {"рада", 30, 70}, {"стол", 400, 0}}
	want := []uint8{1, 4, uint8(NumCaseBuckets)}
	var buf bytes.Buffer
	if err := WriteCase(&buf, table); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCase(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range table {
		if got[c.Word] != want[i] {
			t.Errorf("%s: bucket %d, want %d", c.Word, got[c.Word], want[i])
		}
	}
	if _, err := ReadCase(bytes.NewBufferString("слово\t9\n")); err == nil {
		t.Error("bucket 9 read without error")
	}
}
