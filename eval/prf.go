package eval

// PRF is precision, recall and F1 together with the counts they come from:
// P = MatchedSystem/System, R = MatchedGold/Gold. A zero denominator gives 0.
type PRF struct {
	P             float64 `json:"p"`
	R             float64 `json:"r"`
	F1            float64 `json:"f1"`
	Gold          int     `json:"gold"`
	System        int     `json:"system"`
	MatchedGold   int     `json:"matched_gold"`
	MatchedSystem int     `json:"matched_system"`
}

// NewPRF computes the scores from counts.
func NewPRF(gold, system, matchedGold, matchedSystem int) PRF {
	s := PRF{Gold: gold, System: system, MatchedGold: matchedGold, MatchedSystem: matchedSystem}
	s.P = ratio(matchedSystem, system)
	s.R = ratio(matchedGold, gold)
	s.F1 = f1(s.P, s.R)
	return s
}

// Add sums the counts of two scores and recomputes them.
func (s PRF) Add(o PRF) PRF {
	return NewPRF(s.Gold+o.Gold, s.System+o.System, s.MatchedGold+o.MatchedGold, s.MatchedSystem+o.MatchedSystem)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// maxBipartite returns a maximum matching of a bipartite graph with n left
// vertices given by adjacency lists into m right vertices: match[i] is the
// right partner of left vertex i or -1. (Kuhn's augmenting paths; the graphs
// here have tens of vertices.)
func maxBipartite(n, m int, adj [][]int) (match []int, size int) {
	right := make([]int, m)
	for i := range right {
		right[i] = -1
	}
	seen := make([]int, m)
	var try func(i, round int) bool
	try = func(i, round int) bool {
		for _, j := range adj[i] {
			if seen[j] == round {
				continue
			}
			seen[j] = round
			if right[j] < 0 || try(right[j], round) {
				right[j] = i
				return true
			}
		}
		return false
	}
	for i := range n {
		if try(i, i+1) {
			size++
		}
	}
	match = make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for j, i := range right {
		if i >= 0 {
			match[i] = j
		}
	}
	return match, size
}

// maxWeightMatching returns a maximum-weight matching for the weights
// w[i][j] ≥ 0 (0 meaning no edge) of an n×m bipartite graph: match[i] is the
// partner of row i or -1. It is the Hungarian algorithm on the square matrix
// padded with zero weights, O(max(n,m)³).
func maxWeightMatching(w [][]int, n, m int) []int {
	k := max(n, m)
	maxW := 0
	for i := range n {
		for j := range m {
			maxW = max(maxW, w[i][j])
		}
	}
	cost := func(i, j int) int {
		if i < n && j < m {
			return maxW - w[i][j]
		}
		return maxW
	}
	const inf = int(^uint(0) >> 2)
	// 1-based potentials and assignment, p[j] = row matched to column j.
	u, v := make([]int, k+1), make([]int, k+1)
	p, way := make([]int, k+1), make([]int, k+1)
	for i := 1; i <= k; i++ {
		p[0] = i
		j0 := 0
		minv := make([]int, k+1)
		used := make([]bool, k+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= k; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0-1, j-1) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= k; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for j := 1; j <= k; j++ {
		if i := p[j] - 1; i < n && j-1 < m && w[i][j-1] > 0 {
			match[i] = j - 1
		}
	}
	return match
}
