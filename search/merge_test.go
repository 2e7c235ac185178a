package search

import (
	"slices"
	"testing"
)

func refs(ns ...int) []BlockRef {
	out := make([]BlockRef, len(ns))
	for i, n := range ns {
		out[i] = BlockRef{Key: int64(10 * i), N: n}
	}
	return out
}

func repeat(n, k int) []int {
	out := make([]int, k)
	for i := range out {
		out[i] = n
	}
	return out
}

func TestPlanMerges(t *testing.T) {
	tests := []struct {
		name string
		ns   []int
		want []Run
	}{
		{"none", nil, nil},
		{"too few small blocks", repeat(3, mergeFanIn-1), nil},
		{"a run of small blocks", repeat(3, mergeFanIn), []Run{{0, mergeFanIn - 1}}},
		{"blocks of mergeMax stay", repeat(mergeMax, 20), nil},
		{"a large block breaks a run", append(append(repeat(1, 4), mergeMax), repeat(1, 4)...), nil},
		{"only the run long enough", append(append(repeat(1, 4), mergeMax), repeat(1, 9)...), []Run{{5, 13}}},
		{"mixed sizes", []int{50, 70, 50, 70, 50, 70, 50, 70}, []Run{{0, 7}}},
		{"a big block is not rewritten for small ones", append([]int{5000}, repeat(1, 9)...), []Run{{1, 9}}},
		{"a block of half the postings is", append([]int{800}, repeat(100, 8)...), []Run{{0, 8}}},
		{"both sides of a big block", append(append(repeat(2, 8), 5000), repeat(3, 8)...), []Run{{0, 7}, {9, 16}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlanMerges(refs(tt.ns...)); !slices.Equal(got, tt.want) {
				t.Errorf("PlanMerges(%v) = %v, want %v", tt.ns, got, tt.want)
			}
		})
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		ns   []int
		want []Run
	}{
		{"none", nil, nil},
		{"one block", []int{3}, []Run{{0, 0}}},
		{"all fit", repeat(100, 16), []Run{{0, 15}}},
		{"cut at 2·mergeMax", repeat(mergeMax/2, 6), []Run{{0, 3}, {4, 5}}},
		{"exactly 2·mergeMax", []int{mergeMax, mergeMax, 1}, []Run{{0, 1}, {2, 2}}},
		{"a huge block alone", []int{5, 3 * mergeMax, 5}, []Run{{0, 0}, {1, 1}, {2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Chunks(refs(tt.ns...)); !slices.Equal(got, tt.want) {
				t.Errorf("Chunks(%v) = %v, want %v", tt.ns, got, tt.want)
			}
		})
	}
}

// TestMergesBoundBlocks writes a term's postings in many small batches,
// merging as a writer would, and checks that the term keeps few blocks and
// that each posting is rewritten a bounded number of times.
func TestMergesBoundBlocks(t *testing.T) {
	for _, batch := range []int{1, 3, 40, 700} {
		var blocks []BlockRef
		written, postings, writes := 0, 0, 0
		for written < 300000 {
			blocks = append(blocks, BlockRef{Key: int64(written), N: batch})
			written += batch
			postings += batch
			writes++
			if writes%mergeFanIn != 0 {
				continue
			}
			runs := PlanMerges(blocks)
			var next []BlockRef
			last := 0
			for _, r := range runs {
				next = append(next, blocks[last:r.First]...)
				m := BlockRef{Key: blocks[r.First].Key}
				for _, b := range blocks[r.First : r.Last+1] {
					m.N += b.N
				}
				postings += m.N
				next = append(next, m)
				last = r.Last + 1
			}
			blocks = append(next, blocks[last:]...)
		}
		n := 0
		for _, b := range blocks {
			n += b.N
		}
		if n != written {
			t.Fatalf("batch %d: %d postings in blocks, %d written", batch, n, written)
		}
		if max := 4*mergeFanIn + written/mergeMax; len(blocks) > max {
			t.Errorf("batch %d: %d blocks after %d postings, want at most %d", batch, len(blocks), written, max)
		}
		if amp := float64(postings) / float64(written); amp > 10 {
			t.Errorf("batch %d: each posting written %.1f times, want at most 10", batch, amp)
		}
		t.Logf("batch %d: %d blocks, each posting written %.1f times", batch, len(blocks), float64(postings)/float64(written))
	}
}

func TestMergeBlocks(t *testing.T) {
	a := EncodeBlock(nil, []Posting{{Doc: 5, TF: 1, Len: 10, Day: 3}, {Doc: 9, TF: 2, Len: 20}})
	b := EncodeBlock(nil, []Posting{{Doc: 1, TF: 3, Len: 30}, {Doc: 7, TF: 4, Len: 40, Day: -2}})
	key, n, data, err := MergeBlocks([]int64{4, 1}, [][]byte{a, b})
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeBlock(nil, data)
	if err != nil {
		t.Fatal(err)
	}
	want := []Posting{{Doc: 1, TF: 3, Len: 30}, {Doc: 5, TF: 1, Len: 10, Day: 3}, {Doc: 7, TF: 4, Len: 40, Day: -2}, {Doc: 9, TF: 2, Len: 20}}
	if key != 1 || n != 4 || !slices.Equal(got, want) {
		t.Errorf("MergeBlocks = key %d, %d postings %v; want key 1, %v", key, n, got, want)
	}
	if _, _, _, err := MergeBlocks([]int64{1, 2}, [][]byte{a, a}); err == nil {
		t.Error("blocks sharing a document merged without error")
	}
	if _, _, _, err := MergeBlocks([]int64{1, 2}, [][]byte{a, a[:len(a)-1]}); err == nil {
		t.Error("a truncated block merged without error")
	}
}

func TestMergeClock(t *testing.T) {
	c := NewMergeClock()
	for i := 1; i <= 3*mergeFanIn; i++ {
		due := c.Due([]string{"w:a"})
		if want := i%mergeFanIn == 0; (len(due) == 1) != want {
			t.Fatalf("write %d: due %v, want due %v", i, due, want)
		}
	}
}
