package http

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// units are the column widths in time, finest first.
var units = []string{"day", "week", "month", "year"}

// bucketStart returns the start of the unit holding t.
func bucketStart(t time.Time, unit string) time.Time {
	y, m, d := t.Date()
	switch unit {
	case "week":
		wd := (int(t.Weekday()) + 6) % 7 // Monday first
		return time.Date(y, m, d-wd, 0, 0, 0, 0, time.UTC)
	case "month":
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case "year":
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func prevBucket(t time.Time, unit string) time.Time {
	switch unit {
	case "week":
		return t.AddDate(0, 0, -7)
	case "month":
		return t.AddDate(0, -1, 0)
	case "year":
		return t.AddDate(-1, 0, 0)
	}
	return t.AddDate(0, 0, -1)
}

func nextBucket(t time.Time, unit string) time.Time {
	switch unit {
	case "week":
		return t.AddDate(0, 0, 7)
	case "month":
		return t.AddDate(0, 1, 0)
	case "year":
		return t.AddDate(1, 0, 0)
	}
	return t.AddDate(0, 0, 1)
}

// bucketLabel names a column on the axis.
func bucketLabel(t time.Time, unit string, withYear bool) string {
	switch unit {
	case "month":
		return t.Format("Jan 2006")
	case "year":
		return t.Format("2006")
	}
	if withYear {
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan")
}

// columns lists the starts of the unit's columns from first to hi.
func columns(first, hi time.Time, unit string) []time.Time {
	var out []time.Time
	for b := first; !b.After(hi); b = nextBucket(b, unit) {
		out = append(out, b)
		if len(out) > maxBuckets {
			break
		}
	}
	return out
}

// countLabel writes a column's count in at most three characters.
func countLabel(n int) string {
	if n >= 1000 {
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

// spacedTicks marks every column and labels only every k-th, k chosen so
// that a label (its estimated width and a gap), written from its column's
// left edge, never reaches the next: no two labels overlap, since the SVG
// is drawn at 1:1.
func spacedTicks(starts []time.Time, unit string, x func(int) int) []Tick {
	widest := 0
	for _, s := range starts {
		widest = max(widest, len([]rune(bucketLabel(s, unit, true))))
	}
	every := (widest*tlCharW + 12 + tlColumn - 1) / tlColumn
	out := make([]Tick, len(starts))
	for i, s := range starts {
		out[i] = Tick{X: x(i) - tlColumn/2}
		if i%every == 0 {
			prev := i > 0 && starts[i-every].Year() == s.Year()
			out[i].Label = bucketLabel(s, unit, !prev)
		}
	}
	return out
}

// tickRoom is the width a label may need beyond its column.
func tickRoom(starts []time.Time, unit string) int {
	w := len([]rune(bucketLabel(starts[len(starts)-1], unit, true))) * tlCharW
	return max(0, w-tlColumn)
}

// colourGroups sort the event types into six colours: conflict, dispute,
// cooperation, statements, politics and the rest (disasters, deaths).
var colourGroups = []struct {
	class, label string
	types        []string
}{
	{"c1", "conflict", []string{"military", "threaten", "sanction", "arrest", "posture", "launch", "launch-failure", "failure"}},
	{"c4", "dispute", []string{"accuse", "demand", "reject", "protest", "court"}},
	{"c0", "cooperation", []string{"meet", "visit", "agree", "supply", "appeal", "intent"}},
	{"c6", "statements", []string{"statement", "report"}},
	{"c3", "politics", []string{"vote", "election", "appoint", "inauguration"}},
	{"c5", "other", nil},
}

// colourClass is the colour class of an event type's group.
func colourClass(typ string) string {
	for _, g := range colourGroups {
		if slices.Contains(g.types, typ) {
			return g.class
		}
	}
	return colourGroups[len(colourGroups)-1].class
}

type groupCount struct {
	class string
	n     int
}

// groupCounts counts rows m by colour group, in the groups' order.
func groupCounts(rows []ChronologyRow, m []int) []groupCount {
	n := map[string]int{}
	for _, i := range m {
		n[colourClass(rows[i].Type)]++
	}
	var out []groupCount
	for _, g := range colourGroups {
		if n[g.class] > 0 {
			out = append(out, groupCount{g.class, n[g.class]})
		}
	}
	return out
}

// legend lists the colour groups present with their types and counts.
func legend(rows []ChronologyRow) []LegendItem {
	count := map[string]int{}
	for _, r := range rows {
		count[r.Type]++
	}
	var out []LegendItem
	for _, g := range colourGroups {
		var types []string
		n := 0
		for typ, c := range count {
			if colourClass(typ) == g.class {
				types = append(types, typ)
				n += c
			}
		}
		if n == 0 {
			continue
		}
		slices.Sort(types)
		out = append(out, LegendItem{Class: g.class, Label: g.label, Types: strings.Join(types, ", "), Count: n})
	}
	return out
}
