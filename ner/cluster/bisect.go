package cluster

import "math/rand/v2"

// bisect splits the vectors idx into two by spherical 2-means, sets bit
// `depth` of their paths (0 left, 1 right) and recurses until maxDepth or
// a set too small to split.
func bisect(vecs []float32, dims int, idx []int32, paths []uint32, depth, maxDepth int, rng *rand.Rand) {
	if depth >= maxDepth || len(idx) < 2 {
		return
	}
	vec := func(i int32) []float32 { return vecs[int(i)*dims : int(i+1)*dims] }
	a := make([]float32, dims)
	b := make([]float32, dims)
	copy(a, vec(idx[rng.IntN(len(idx))]))
	// The second seed is the point least like the first.
	best, bestDot := idx[0], float32(2)
	for _, i := range idx {
		if d := dot(a, vec(i)); d < bestDot {
			best, bestDot = i, d
		}
	}
	copy(b, vec(best))
	side := make([]bool, len(idx))
	for iter := 0; iter < 10; iter++ {
		changed := false
		for k, i := range idx {
			v := vec(i)
			right := dot(b, v) > dot(a, v)
			if right != side[k] || iter == 0 {
				changed = true
			}
			side[k] = right
		}
		clear(a)
		clear(b)
		for k, i := range idx {
			dst := a
			if side[k] {
				dst = b
			}
			for d, x := range vec(i) {
				dst[d] += x
			}
		}
		normalize(a)
		normalize(b)
		if !changed {
			break
		}
	}
	left := make([]int32, 0, len(idx))
	var right []int32
	for k, i := range idx {
		if side[k] {
			right = append(right, i)
			paths[i] |= 1 << (31 - depth)
		} else {
			left = append(left, i)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		// Degenerate (identical vectors): split in halves.
		half := len(idx) / 2
		left, right = idx[:half], idx[half:]
		for _, i := range right {
			paths[i] |= 1 << (31 - depth)
		}
		for _, i := range left {
			paths[i] &^= 1 << (31 - depth)
		}
	}
	bisect(vecs, dims, left, paths, depth+1, maxDepth, rng)
	bisect(vecs, dims, right, paths, depth+1, maxDepth, rng)
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
