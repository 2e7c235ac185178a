package http

import (
	"hash/fnv"
	"math"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/litopys/litopys"
)

// Timeline is the geometry of a chronology drawn as an SVG: an axis with
// month or year ticks and one numbered dot per row, stacked where rows
// share a date. The template only places what is computed here.
type Timeline struct {
	Width, Height, AxisY, Left, Right int
	Ticks                             []Tick
	Points                            []Point
}

// Tick is a labelled mark on the axis.
type Tick struct {
	X     int
	Label string
}

// Point is one chronology row on the timeline.
type Point struct {
	X, Y, N int
	Class   string
	Title   string
	Anchor  string
}

const (
	timelineWidth = 960
	timelineLeft  = 40
	timelineRight = timelineWidth - 40
	rowGap        = 22
	dotGap        = 20
)

// drawTimeline lays out rows along a time axis.
func drawTimeline(rows []ChronologyRow) Timeline {
	t := Timeline{Width: timelineWidth, Left: timelineLeft, Right: timelineRight}
	var times []time.Time
	var lo, hi time.Time
	for _, r := range rows {
		d, err := litopys.ParseDate(r.Date)
		tm := d.Time()
		if err != nil {
			tm = time.Time{}
		}
		times = append(times, tm)
		if tm.IsZero() {
			continue
		}
		if lo.IsZero() || tm.Before(lo) {
			lo = tm
		}
		if hi.IsZero() || tm.After(hi) {
			hi = tm
		}
	}
	span := hi.Sub(lo)
	x := func(tm time.Time) int {
		if span <= 0 {
			return (timelineLeft + timelineRight) / 2
		}
		return timelineLeft + int(float64(timelineRight-timelineLeft)*float64(tm.Sub(lo))/float64(span))
	}
	// Each dot takes the lowest level where it keeps clear of the dots
	// already there (rows come in date order, so x only grows).
	var lastX []int
	for i, r := range rows {
		if times[i].IsZero() {
			continue
		}
		px := x(times[i])
		k := slices.IndexFunc(lastX, func(lx int) bool { return px-lx >= dotGap })
		if k < 0 {
			k = len(lastX)
			lastX = append(lastX, px)
		}
		lastX[k] = px
		t.Points = append(t.Points, Point{X: px, Y: k, N: i + 1, Class: colourClass(r.Type),
			Title: r.Date + " · " + r.Type + " · " + r.Summary, Anchor: rowAnchor(i + 1)})
	}
	maxStack := len(lastX)
	t.AxisY = 30 + maxStack*rowGap
	t.Height = t.AxisY + 40
	for i := range t.Points {
		t.Points[i].Y = t.AxisY - 18 - t.Points[i].Y*rowGap
	}
	if !lo.IsZero() {
		t.Ticks = ticks(lo, hi, x)
	}
	return t
}

// ticks marks month starts between lo and hi (years when the span is
// long), at most about a dozen.
func ticks(lo, hi time.Time, x func(time.Time) int) []Tick {
	months := (hi.Year()-lo.Year())*12 + int(hi.Month()-lo.Month())
	step, layout := 1, "2006-01"
	if months > 36 {
		step, layout = 12, "2006"
	} else if months > 12 {
		step = 3
	}
	start := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
	if step == 12 {
		start = time.Date(lo.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	var out []Tick
	for m := start; !m.After(hi) && len(out) < 40; m = m.AddDate(0, step, 0) {
		px := x(m)
		if m.Before(lo) {
			px = timelineLeft
		}
		out = append(out, Tick{X: px, Label: m.Format(layout)})
	}
	return out
}

func rowAnchor(n int) string { return "row-" + strconv.Itoa(n) }

// colourClass picks one of six colour classes for a type name.
func colourClass(typ string) string {
	h := fnv.New32a()
	h.Write([]byte(typ))
	return "c" + strconv.Itoa(int(h.Sum32()%6))
}

// Graph is the geometry of an entity's co-occurrence graph: the entity in
// the middle, its neighbours on a circle, edges as thick as the number of
// documents they share.
type Graph struct {
	Width, Height int
	Centre        Node
	Nodes         []Node
	Edges         []Edge
}

// Node is an entity drawn as a labelled circle.
type Node struct {
	X, Y, R   int
	LabelY    int
	Label     string
	Link      string
	Class     string
	Documents int
}

// Edge joins the centre to a neighbour.
type Edge struct {
	X1, Y1, X2, Y2 int
	Width          float64
	Title          string
}

func drawGraph(e litopys.Entity, near []EntityCount) Graph {
	const w, h, radius = 640, 420, 150
	g := Graph{Width: w, Height: h}
	g.Centre = Node{X: w / 2, Y: h / 2, R: 26, LabelY: h/2 + 42, Label: e.Name, Class: "t-" + e.Type}
	most := 1
	for _, n := range near {
		most = max(most, n.Documents)
	}
	for i, n := range near {
		a := 2*math.Pi*float64(i)/float64(len(near)) - math.Pi/2
		x := w/2 + int(radius*1.5*math.Cos(a))
		y := h/2 + int(radius*math.Sin(a))
		g.Edges = append(g.Edges, Edge{X1: w / 2, Y1: h / 2, X2: x, Y2: y,
			Width: 1 + 5*float64(n.Documents)/float64(most), Title: n.Name + ": " + strconv.Itoa(n.Documents)})
		g.Nodes = append(g.Nodes, Node{X: x, Y: y, R: 14, LabelY: y + 28, Label: n.Name,
			Link: "/entities/" + url.PathEscape(n.ID), Class: "t-" + n.Type, Documents: n.Documents})
	}
	return g
}
