package temporal

import (
	"sort"
	"time"

	"github.com/litopys/litopys"
)

// weekdayIndex lists the expressions that give a day, for the weekday
// rules: a weekday looks up the nearest one by binary search instead of
// walking every expression of the document, which made a text of many
// weekdays quadratic. It is built when the first weekday is resolved,
// after every day has been (weekdays are resolved in a pass of their own).
type weekdayIndex struct {
	days   []int // expressions of kind day resolved to a day, in order
	sorted bool  // sents is in text order (it is, unless a caller reorders)
	// near lists, per tense, the days explicit accepts that lie within a
	// week of publication, by weekday.
	near map[int8]*[7][]int
}

func (r *resolver) weekdays() *weekdayIndex {
	if r.days != nil {
		return r.days
	}
	ix := &weekdayIndex{sorted: true, near: map[int8]*[7][]int{}}
	r.steps += len(r.cands)
	for k := range r.cands {
		if k > 0 && r.sents[k] < r.sents[k-1] {
			ix.sorted = false
		}
		if r.cands[k].kind == kDay && r.out[k].Date.Precision == litopys.PrecisionDay {
			ix.days = append(ix.days, k)
		}
	}
	r.days = ix
	return ix
}

// sameWeekday is the first rule of weekdayAnchor: the nearest explicit day
// before n (else after it) on weekday wd within a week of publication; with
// no publication date, the nearest explicit day before n if it falls on wd,
// else the nearest after it if it does.
func (ix *weekdayIndex) sameWeekday(r *resolver, n int, wd time.Weekday, tense int8) (int, bool) {
	list := ix.days
	if !r.pub.IsZero() {
		list = ix.within(r, tense)[wd]
	}
	i := sort.SearchInts(list, n)
	j := i
	if j < len(list) && list[j] == n {
		j++
	}
	var cands []int
	if i > 0 {
		cands = append(cands, list[i-1])
	}
	if j < len(list) {
		cands = append(cands, list[j])
	}
	for _, k := range cands {
		if !r.pub.IsZero() || r.out[k].Date.Time().Weekday() == wd {
			return k, true
		}
	}
	return -1, false
}

// within returns, by weekday, the days explicit accepts for a clause of
// this tense (none after publication for a past one, none before it for a
// future one) that lie within a week of publication.
func (ix *weekdayIndex) within(r *resolver, tense int8) *[7][]int {
	if w, ok := ix.near[tense]; ok {
		return w
	}
	w := new([7][]int)
	r.steps += len(ix.days)
	for _, k := range ix.days {
		t := r.out[k].Date.Time()
		if tense == tensePast && t.After(r.pub) || tense == tenseFuture && t.Before(r.pub) {
			continue
		}
		if d := t.Sub(r.pub); d <= 7*24*time.Hour && d >= -7*24*time.Hour {
			w[t.Weekday()] = append(w[t.Weekday()], k)
		}
	}
	ix.near[tense] = w
	return w
}
