package http

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/litopys/litopys"
)

// Timeline is the geometry of a chronology drawn as a horizontal SVG that
// scrolls sideways in its box: the rows are counted per day, week, month
// or year (the finest unit that keeps the drawing under maxBuckets
// columns). A column with few rows shows one numbered dot per row; when
// any column holds more, every column is a bar of its count, stacked by
// colour group. Axis labels are spaced so that none overprints another,
// and the legend names the colours. The template only places what is
// computed here.
type Timeline struct {
	Width, Height, AxisY int
	Unit                 string // "day", "week", "month" or "year"
	Bars                 []Bar
	Points               []Point
	Ticks                []Tick
	Legend               []LegendItem
	Rows                 int // dated rows drawn
	Earlier              int // rows before the window, in its first column
	Zoom                 []ZoomLink
}

// Tick is a labelled mark on the axis; Label is empty for an unlabelled
// mark.
type Tick struct {
	X     int
	Label string
}

// Point is one chronology row on the timeline, linking to it.
type Point struct {
	X, Y, N int
	Class   string
	Title   string
	Link    string
}

// Bar is one column of counted rows, linking to the first of them.
type Bar struct {
	X, W, Count  int
	LabelX       int
	LabelY       int
	Segs         []Seg
	Title, Link  string
	CountLabel   string
	First, Total int
}

// Seg is the part of a bar of one colour group.
type Seg struct {
	Y, H  int
	Class string
}

// LegendItem is a colour group with the event types of the chronology in
// it.
type LegendItem struct {
	Class, Label, Types string
	Count               int
}

const (
	tlMargin    = 16
	tlColumn    = 28 // px per column: a 3-digit count fits
	tlBarWidth  = 20
	tlBarHeight = 110
	tlDotR      = 10
	tlDotGap    = 22 // between stacked dots
	tlMaxDots   = 6  // a column with more rows makes every column a bar
	tlCharW     = 8  // px per character of a 12 px label, rounded up
	maxBuckets  = 160
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

// drawTimeline lays out the rows of a chronology, earliest first; links
// point at each row on the chronology page that holds it (pageSize rows a
// page, see chronLink), keeping the query keep ("tl=week"). unit forces
// the columns' unit (a zoom; "" chooses). The window ends at the latest
// row and starts, when the unit is chosen, at the tenth percentile of the
// dates (so a few old rows do not squeeze the rest into years), else as
// far back as maxBuckets columns reach; the rows before it are counted in
// one grey column of their own.
func drawTimeline(rows []ChronologyRow, pageSize int, unit, keep string) Timeline {
	var t Timeline
	times := make([]time.Time, len(rows))
	var dated []time.Time
	for i, r := range rows {
		d, err := litopys.ParseDate(r.Date)
		if err != nil || d.IsZero() {
			continue
		}
		times[i] = d.Time()
		dated = append(dated, times[i])
	}
	t.Rows = len(dated)
	if t.Rows == 0 {
		return t
	}
	slices.SortFunc(dated, func(a, b time.Time) int { return a.Compare(b) })
	hi := dated[len(dated)-1]
	var starts []time.Time
	if slices.Contains(units, unit) {
		t.Unit = unit
		b := bucketStart(hi, unit)
		for range maxBuckets - 1 {
			if !bucketStart(dated[0], unit).Before(b) {
				break
			}
			b = prevBucket(b, unit)
		}
		starts = columns(b, hi, unit)
	} else {
		lo := dated[0]
		if len(dated) >= 20 {
			lo = dated[len(dated)/10]
		}
		for _, u := range units {
			t.Unit = u
			if starts = columns(bucketStart(lo, u), hi, u); len(starts) <= maxBuckets {
				break
			}
		}
	}
	col := map[time.Time]int{}
	for i, b := range starts {
		col[b] = i
	}
	members := make([][]int, len(starts))
	var earlier []int
	for i, tm := range times {
		if tm.IsZero() {
			continue
		}
		if k, ok := col[bucketStart(tm, t.Unit)]; ok {
			members[k] = append(members[k], i)
		} else {
			earlier = append(earlier, i)
		}
	}
	most := 0
	for _, m := range members {
		most = max(most, len(m))
	}
	shift := 0
	if len(earlier) > 0 {
		shift = 1
	}
	t.Width = 2*tlMargin + (len(starts)+shift)*tlColumn
	x := func(k int) int { return tlMargin + (k+shift)*tlColumn + tlColumn/2 }
	link := func(i int) string { return chronLink(i, pageSize, keep) }
	bar := func(xc int, m []int, scale int, title string) Bar {
		b := Bar{X: xc - tlBarWidth/2, W: tlBarWidth, Count: len(m), LabelX: xc, CountLabel: countLabel(len(m)),
			First: m[0] + 1, Total: len(m), Link: link(m[0]), Title: title}
		h := max(3, len(m)*tlBarHeight/max(1, scale))
		b.LabelY = t.AxisY - h - 5
		y := t.AxisY
		for _, g := range groupCounts(rows, m) {
			sh := max(1, g.n*h/len(m))
			y -= sh
			b.Segs = append(b.Segs, Seg{Y: y, H: sh, Class: g.class})
		}
		return b
	}
	if most <= tlMaxDots {
		t.AxisY = 24 + max(most*tlDotGap, 2*tlDotGap)
		for k, m := range members {
			for j, i := range m {
				r := rows[i]
				t.Points = append(t.Points, Point{X: x(k), Y: t.AxisY - 14 - j*tlDotGap, N: i + 1, Class: colourClass(r.Type),
					Title: r.Date + " · " + r.Type + " · " + r.Summary, Link: link(i)})
			}
		}
	} else {
		t.AxisY = 24 + tlBarHeight
		for k, m := range members {
			if len(m) > 0 {
				t.Bars = append(t.Bars, bar(x(k), m, most, bucketLabel(starts[k], t.Unit, true)+": "+strconv.Itoa(len(m))+" events"))
			}
		}
	}
	if len(earlier) > 0 {
		// One grey column for what comes before the window, as tall as
		// the tallest (or as two dots).
		scale := max(most, len(earlier))
		if most <= tlMaxDots {
			scale = len(earlier) * tlBarHeight / max(1, t.AxisY-34)
		}
		b := bar(tlMargin+tlColumn/2, earlier, scale, strconv.Itoa(len(earlier))+" earlier events, from "+rows[earlier[0]].Date)
		b.Segs = []Seg{{Y: b.Segs[len(b.Segs)-1].Y, H: t.AxisY - b.Segs[len(b.Segs)-1].Y, Class: "c7"}}
		t.Bars = append([]Bar{b}, t.Bars...)
		t.Earlier = len(earlier)
	}
	t.Height = t.AxisY + 40
	t.Ticks = spacedTicks(starts, t.Unit, x)
	t.Width += tickRoom(starts, t.Unit) // the last label may run past the last column
	t.Legend = legend(rows)
	if t.Earlier > 0 {
		t.Legend = append(t.Legend, LegendItem{Class: "c7", Label: "earlier", Types: "before " + bucketLabel(starts[0], t.Unit, true), Count: t.Earlier})
	}
	for _, u := range units {
		t.Zoom = append(t.Zoom, ZoomLink{Unit: u, Link: "?tl=" + u + "#chronology", Current: u == t.Unit})
	}
	return t
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

// ZoomLink redraws the timeline by another unit.
type ZoomLink struct {
	Unit, Link string
	Current    bool
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

// chronLink is the link to row i on the chronology page holding it,
// keeping the query keep.
func chronLink(i, pageSize int, keep string) string {
	off := i / max(1, pageSize) * max(1, pageSize)
	var q []string
	if off > 0 {
		q = append(q, "rows="+strconv.Itoa(off))
	}
	if keep != "" {
		q = append(q, keep)
	}
	return "?" + strings.Join(q, "&") + "#" + rowAnchor(i+1)
}

func rowAnchor(n int) string { return "row-" + strconv.Itoa(n) }

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
