package cluster

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestTableRoundTrip(t *testing.T) {
	in := []Entry{
		{Word: "київ", Path: Path{Bits: 0b1010 << 28, Len: 4}},
		{Word: "москва", Path: Path{Bits: 0b1011 << 28, Len: 4}},
		{Word: "and", Path: Path{Bits: 0, Len: 4}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "київ\t1010\nмосква\t1011\nand\t0000\n"; got != want {
		t.Fatalf("written %q, want %q", got, want)
	}
	out, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out, in) {
		t.Errorf("read %+v, want %+v", out, in)
	}
	if got := in[1].Path.Prefix(3); got != 0b101<<29 {
		t.Errorf("prefix 3 = %b", got)
	}
}

// TestBisectSeparates checks that two well-separated groups of vectors end
// up on different sides of the first split.
func TestBisectSeparates(t *testing.T) {
	const dims, n = 8, 40
	rng := rand.New(rand.NewPCG(1, 1))
	vecs := make([]float32, n*dims)
	for i := range n {
		v := vecs[i*dims : (i+1)*dims]
		base := 0
		if i >= n/2 {
			base = 4
		}
		for d := range 4 {
			v[base+d] = 1 + float32(rng.Float64())*0.1
		}
		normalize(v)
	}
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	paths := make([]uint32, n)
	bisect(vecs, dims, idx, paths, 0, 3, rand.New(rand.NewPCG(2, 2)))
	for i := 1; i < n; i++ {
		same := paths[i]>>31 == paths[0]>>31
		if same != (i < n/2) {
			t.Fatalf("vector %d on the wrong side: paths %032b vs %032b", i, paths[i], paths[0])
		}
	}
}
