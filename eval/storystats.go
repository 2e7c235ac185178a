package eval

import (
	"sort"
	"time"
)

// StoryMember is an article of a system story, for StoryStats: its story
// and its publication day (zero when unknown).
type StoryMember struct {
	Story string
	Day   time.Time
}

// StoryStats describes a clustering of a corpus: how many stories and how
// large, how long they last, and how much of a day the largest story of
// that day takes.
type StoryStats struct {
	Articles int `json:"articles"`
	// Undated counts the articles without a publication day; they take no
	// part in spans and days.
	Undated int `json:"undated"`
	Stories int `json:"stories"`
	// Singletons counts the stories of one article.
	Singletons int `json:"singletons"`
	// Size is the distribution of story sizes in articles, SpanDays that of
	// the days from a story's first to its last dated article (stories of
	// two or more dated articles).
	Size     Quantiles `json:"size"`
	SpanDays Quantiles `json:"span_days"`
	// DayShare is, over the days with at least MinDayArticles dated
	// articles, the distribution of the share of a day's articles in that
	// day's largest story; OverShare lists the days whose largest story
	// holds more than a tenth of them.
	DayShare  Quantiles  `json:"day_share"`
	OverShare []DayShare `json:"over_share,omitempty"`
}

// MinDayArticles is the least number of dated articles a day needs for
// its largest story's share to be counted (a day of three articles says
// nothing).
const MinDayArticles = 20

// DayShare is a day's largest story and its share of the day's articles.
type DayShare struct {
	Day      string  `json:"day"`
	Articles int     `json:"articles"`
	Story    string  `json:"story"`
	Share    float64 `json:"share"`
}

// Quantiles of a distribution.
type Quantiles struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	Max float64 `json:"max"`
}

func quantiles(xs []float64) Quantiles {
	if len(xs) == 0 {
		return Quantiles{}
	}
	sort.Float64s(xs)
	at := func(q float64) float64 { return xs[min(len(xs)-1, int(q*float64(len(xs))))] }
	return Quantiles{N: len(xs), P50: at(0.5), P95: at(0.95), Max: xs[len(xs)-1]}
}

// ComputeStoryStats summarises the stories of members.
func ComputeStoryStats(members []StoryMember) StoryStats {
	type span struct {
		n           int
		first, last time.Time
		dated       int
	}
	spans := map[string]*span{}
	days := map[string]map[string]int{}
	st := StoryStats{Articles: len(members)}
	for _, m := range members {
		s := spans[m.Story]
		if s == nil {
			s = &span{}
			spans[m.Story] = s
		}
		s.n++
		if m.Day.IsZero() {
			st.Undated++
			continue
		}
		if s.dated == 0 || m.Day.Before(s.first) {
			s.first = m.Day
		}
		if s.dated == 0 || m.Day.After(s.last) {
			s.last = m.Day
		}
		s.dated++
		d := m.Day.Format(time.DateOnly)
		if days[d] == nil {
			days[d] = map[string]int{}
		}
		days[d][m.Story]++
	}
	var sizes, lengths, shares []float64
	for _, s := range spans {
		sizes = append(sizes, float64(s.n))
		if s.n == 1 {
			st.Singletons++
		}
		if s.dated >= 2 {
			lengths = append(lengths, s.last.Sub(s.first).Hours()/24)
		}
	}
	st.Stories = len(spans)
	for d, counts := range days {
		total, best, bestN := 0, "", 0
		for s, n := range counts {
			total += n
			if n > bestN || n == bestN && s < best {
				best, bestN = s, n
			}
		}
		if total < MinDayArticles {
			continue
		}
		share := float64(bestN) / float64(total)
		shares = append(shares, share)
		if share > 0.1 {
			st.OverShare = append(st.OverShare, DayShare{Day: d, Articles: total, Story: best, Share: share})
		}
	}
	sort.Slice(st.OverShare, func(i, j int) bool { return st.OverShare[i].Day < st.OverShare[j].Day })
	st.Size, st.SpanDays, st.DayShare = quantiles(sizes), quantiles(lengths), quantiles(shares)
	return st
}
