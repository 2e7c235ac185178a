package main

import "strings"

type accuracy struct{ ok, n int }

func (a accuracy) acc() float64 { return ratio(a.ok, a.n) }

// scoreGiven compares one system value per gold expression; with dmy only
// day, month and year expressions count.
func scoreGiven(sents []tsent, sys [][]found, keep func(tsent) bool, dmy bool) accuracy {
	var a accuracy
	for i, s := range sents {
		if !keep(s) {
			continue
		}
		for j, g := range s.gold {
			if dmy && g.gran != "day" && g.gran != "month" && g.gran != "year" {
				continue
			}
			a.n++
			if j < len(sys[i]) && sys[i][j].value == g.value && sys[i][j].gran == g.gran {
				a.ok++
			}
		}
	}
	return a
}

type prf struct{ gold, sys, right, sysRight int }

func (p prf) recall() float64    { return ratio(p.right, p.gold) }
func (p prf) precision() float64 { return ratio(p.sysRight, p.sys) }
func (p prf) f1() float64 {
	if p.recall()+p.precision() == 0 {
		return 0
	}
	return 2 * p.recall() * p.precision() / (p.recall() + p.precision())
}

// scoreSearch matches system expressions to gold ones by overlap in the
// sentence; a match is right when value and granularity agree.
func scoreSearch(sents []tsent, sys [][]found, keep func(tsent) bool) prf {
	var p prf
	for i, s := range sents {
		if !keep(s) {
			continue
		}
		p.gold += len(s.gold)
		p.sys += len(sys[i])
		used := make([]bool, len(sys[i]))
		from := 0
		for _, g := range s.gold {
			gs, ge := span(s.text, g.expr, from)
			for k, f := range sys[i] {
				fs, fe := span(s.text, f.text, 0)
				if used[k] || fs < 0 || gs < 0 || fs >= ge || gs >= fe {
					continue
				}
				if f.value == g.value && f.gran == g.gran {
					used[k] = true
					p.right++
					p.sysRight++
					break
				}
			}
		}
	}
	return p
}

// span locates sub in text at or after from (else anywhere).
func span(text, sub string, from int) (int, int) {
	if from < len(text) {
		if i := strings.Index(text[from:], sub); i >= 0 {
			return from + i, from + i + len(sub)
		}
	}
	if i := strings.Index(text, sub); i >= 0 {
		return i, i + len(sub)
	}
	return -1, -1
}
