package search

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestBlockRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		ps   []Posting
	}{
		{"empty", nil},
		{"one", []Posting{{Doc: 7, TF: 1, Len: 300, Day: 20230912}}},
		{"days up and down", []Posting{{Doc: 1, TF: 2, Len: 10, Day: 20230912}, {Doc: 2, TF: 1, Len: 5, Day: 0}, {Doc: 900, TF: 40, Len: 2000, Day: 20240101}}},
		{"extremes", []Posting{{Doc: 0, TF: 0, Len: 0, Day: math.MinInt32}, {Doc: math.MaxInt64, TF: math.MaxInt32, Len: math.MaxInt32, Day: math.MaxInt32}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := EncodeBlock(nil, tt.ps)
			got, err := DecodeBlock(nil, b)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.ps) {
				t.Errorf("DecodeBlock(EncodeBlock(%v)) = %v", tt.ps, got)
			}
		})
	}
	// Decoding appends.
	b := EncodeBlock(nil, []Posting{{Doc: 9, TF: 1, Len: 3, Day: 5}})
	got, err := DecodeBlock([]Posting{{Doc: 1}}, b)
	if err != nil || len(got) != 2 || got[1].Doc != 9 {
		t.Errorf("DecodeBlock with dst = %v, %v", got, err)
	}
}

func TestDecodeBlockRejects(t *testing.T) {
	good := EncodeBlock(nil, []Posting{{Doc: 3, TF: 1, Len: 3, Day: 20230101}, {Doc: 5, TF: 2, Len: 4, Day: 20230102}})
	tests := []struct {
		name string
		b    []byte
	}{
		{"nil", nil},
		{"truncated", good[:len(good)-1]},
		{"trailing", append(slices.Clone(good), 0)},
		{"count too large", []byte{0xff, 0x01, 1, 1, 1, 0}},
		{"repeated document", []byte{2, 3, 1, 1, 0, 0, 1, 1, 0}},
		{"tf overflows", []byte{1, 3, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ps, err := DecodeBlock(nil, tt.b); err == nil {
				t.Errorf("DecodeBlock(%x) = %v, want an error", tt.b, ps)
			}
		})
	}
}

func TestBatchBlocks(t *testing.T) {
	var b Batch
	b.Add(10, map[string]int{"w:a": 2, "w:b": 1}, 7, 20230101)
	b.Add(11, map[string]int{"w:a": 1}, 3, 0)
	if b.Docs != 2 || b.Words != 10 || b.Len() != 2 {
		t.Errorf("batch counts %d docs, %d words, %d terms; want 2, 10, 2", b.Docs, b.Words, b.Len())
	}
	var got []string
	err := b.Blocks(func(term string, n int, data []byte) error {
		ps, err := DecodeBlock(nil, data)
		got = append(got, fmt.Sprintln(term, n, ps, err))
		return nil
	})
	want := []string{
		"w:a 2 [{10 2 7 20230101} {11 1 3 0}] <nil>\n",
		"w:b 1 [{10 1 7 20230101}] <nil>\n",
	}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("blocks = %q (%v), want %q", got, err, want)
	}
}

func TestEdit(t *testing.T) {
	ps := func(docs ...int64) []Posting {
		var out []Posting
		for _, d := range docs {
			out = append(out, Posting{Doc: d, TF: int32(d)})
		}
		return out
	}
	tests := []struct {
		name string
		in   []Posting
		doc  int64
		put  *Posting
		want []Posting
	}{
		{"remove", ps(1, 2, 3), 2, nil, ps(1, 3)},
		{"remove missing", ps(1, 3), 2, nil, ps(1, 3)},
		{"replace", ps(1, 2, 3), 2, &Posting{Doc: 2, TF: 9}, []Posting{{Doc: 1, TF: 1}, {Doc: 2, TF: 9}, {Doc: 3, TF: 3}}},
		{"insert", ps(1, 3), 2, &Posting{Doc: 2, TF: 2}, ps(1, 2, 3)},
		{"into empty", nil, 5, &Posting{Doc: 5, TF: 5}, ps(5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Edit(tt.in, tt.doc, tt.put); !slices.Equal(got, tt.want) {
				t.Errorf("Edit = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSortPostings(t *testing.T) {
	ps := []Posting{{Doc: 1}, {Doc: 3}, {Doc: 2}}
	SortPostings(ps)
	if !slices.IsSortedFunc(ps, comparePostings) {
		t.Errorf("SortPostings = %v", ps)
	}
}

func FuzzDecodeBlock(f *testing.F) {
	f.Add(EncodeBlock(nil, []Posting{{Doc: 3, TF: 1, Len: 3, Day: 20230101}, {Doc: 5, TF: 2, Len: 4, Day: 0}}))
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := DecodeBlock(nil, b)
		if err != nil {
			return
		}
		for i := 1; i < len(ps); i++ {
			if ps[i].Doc <= ps[i-1].Doc {
				t.Fatalf("decoded postings out of order: %v", ps)
			}
		}
		again, err := DecodeBlock(nil, EncodeBlock(nil, ps))
		if err != nil || !slices.Equal(again, ps) {
			t.Fatalf("re-encoding %v gives %v, %v", ps, again, err)
		}
	})
}

func TestDecodeBlocks(t *testing.T) {
	a := EncodeBlock(nil, []Posting{{Doc: 2, TF: 1, Len: 5}, {Doc: 9, TF: 3, Len: 7, Day: 4}})
	b := EncodeBlock(nil, []Posting{{Doc: 5, TF: 2, Len: 6, Day: -1}})
	got, err := DecodeBlocks(nil, [][]byte{a, b})
	if err != nil {
		t.Fatal(err)
	}
	want := []Posting{{Doc: 2, TF: 1, Len: 5}, {Doc: 5, TF: 2, Len: 6, Day: -1}, {Doc: 9, TF: 3, Len: 7, Day: 4}}
	if !slices.Equal(got, want) || cap(got) != len(want) {
		t.Errorf("DecodeBlocks = %v (cap %d), want %v in one allocation", got, cap(got), want)
	}
	if _, err := DecodeBlocks(nil, [][]byte{a, b[:len(b)-1]}); err == nil {
		t.Error("a truncated block decoded without error")
	}
	if _, err := DecodeBlocks(nil, [][]byte{{0xff}}); err == nil {
		t.Error("a bad count decoded without error")
	}
}

// BenchmarkDecodeBlocks decodes a common word's postings: 200,000 in
// blocks of 8,192, documents 1 to 6 apart, lengths of 100 to 2,000 words.
func BenchmarkDecodeBlocks(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	var blocks [][]byte
	var ps []Posting
	doc := int64(0)
	for range 200000 {
		doc += 1 + int64(rng.IntN(6))
		ps = append(ps, Posting{Doc: doc, TF: 1 + int32(rng.IntN(4)), Len: 100 + int32(rng.IntN(1900)), Day: 19000 + int32(rng.IntN(30))})
		if len(ps) == 8192 {
			blocks = append(blocks, EncodeBlock(nil, ps))
			ps = ps[:0]
		}
	}
	blocks = append(blocks, EncodeBlock(nil, ps))
	dst := make([]Posting, 0, 200000)
	for b.Loop() {
		var err error
		if dst, err = DecodeBlocks(dst[:0], blocks); err != nil || len(dst) != 200000 {
			b.Fatal(len(dst), err)
		}
	}
}
