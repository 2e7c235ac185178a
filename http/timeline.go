package http

import (
	"slices"
	"strconv"
	"strings"
	"time"
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
		if r.Date.IsZero() {
			continue
		}
		times[i] = r.Date.Time()
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
					Title: r.Date.String() + " · " + r.Type + " · " + r.Summary, Link: link(i)})
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
		b := bar(tlMargin+tlColumn/2, earlier, scale, strconv.Itoa(len(earlier))+" earlier events, from "+rows[earlier[0]].Date.String())
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

// ZoomLink redraws the timeline by another unit.
type ZoomLink struct {
	Unit, Link string
	Current    bool
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
