package http

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

func TestDrawTimelineDots(t *testing.T) {
	rows := []ChronologyRow{
		{Date: isoDate("2024-01"), Granularity: "month", Type: "meet", Summary: "a"},
		{Date: isoDate("2024-01-01"), Granularity: "day", Type: "visit", Summary: "b"},
		{Date: isoDate("2024-01-03"), Granularity: "day", Type: "military", Summary: "c"},
		{Type: "meet"}, // undated
	}
	got := drawTimeline(rows, 2, "", "")
	// Three days, one column each; the month row sits on its first day.
	// Two rows on 1 January stack; the military row links to page 2.
	want := Timeline{
		Width: 16*2 + 3*28 + (len("3 Jan 2024")*8 - 28), Height: 24 + 2*22 + 40, AxisY: 68, Unit: "day", Rows: 3,
		Points: []Point{
			{X: 30, Y: 54, N: 1, Class: "c0", Title: "2024-01 · meet · a", Link: "?#row-1"},
			{X: 30, Y: 32, N: 2, Class: "c0", Title: "2024-01-01 · visit · b", Link: "?#row-2"},
			{X: 86, Y: 54, N: 3, Class: "c1", Title: "2024-01-03 · military · c", Link: "?rows=2#row-3"},
		},
		Ticks:  []Tick{{16, "1 Jan 2024"}, {44, ""}, {72, ""}},
		Legend: []LegendItem{{Class: "c1", Label: "conflict", Types: "military", Count: 1}, {Class: "c0", Label: "cooperation", Types: "meet, visit", Count: 3}},
		Zoom: []ZoomLink{{"day", "?tl=day#chronology", true}, {"week", "?tl=week#chronology", false},
			{"month", "?tl=month#chronology", false}, {"year", "?tl=year#chronology", false}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("drawTimeline:\n got %+v\nwant %+v", got, want)
	}
	if empty := drawTimeline(nil, 50, "", ""); len(empty.Points) != 0 || len(empty.Ticks) != 0 || empty.Rows != 0 {
		t.Errorf("empty timeline = %+v", empty)
	}
}

// TestDrawTimelineScales: a thousand rows over two years are counted by
// week in bars, every row counted once, the drawing a few thousand pixels
// wide, no two axis labels overlapping and everything inside the drawing.
func TestDrawTimelineScales(t *testing.T) {
	types := []string{"meet", "military", "statement", "court", "disaster"}
	var rows []ChronologyRow
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 1000 {
		d := start.AddDate(0, 0, i*730/1000)
		rows = append(rows, ChronologyRow{Date: litopys.DateOf(d), Granularity: "day", Type: types[i%len(types)], Summary: fmt.Sprint(i)})
	}
	tl := drawTimeline(rows, 50, "", "")
	if tl.Unit != "week" || len(tl.Points) != 0 || tl.Rows != 1000 {
		t.Fatalf("unit %s, %d points, %d rows; want bars by week", tl.Unit, len(tl.Points), tl.Rows)
	}
	n := 0
	for _, b := range tl.Bars {
		n += b.Count
		seg := 0
		for _, s := range b.Segs {
			seg += s.H
			if s.Y < 0 || s.Y+s.H > tl.AxisY {
				t.Errorf("bar %+v leaves the chart", b)
			}
		}
		if b.X < 0 || b.X+b.W > tl.Width || b.LabelY < 10 {
			t.Errorf("bar %+v outside the drawing %dx%d", b, tl.Width, tl.Height)
		}
	}
	if n != 1000 {
		t.Errorf("bars count %d rows, want 1000", n)
	}
	if tl.Width > 5000 || len(tl.Legend) != 6 || tl.Earlier < 90 || tl.Earlier > 100 || tl.Bars[0].Segs[0].Class != "c7" {
		t.Errorf("width %d, legend %+v", tl.Width, tl.Legend)
	}
	assertTicksApart(t, tl)
	// Zoomed in to days: the last 160 days, the rest in the first column,
	// links keeping the zoom.
	day := drawTimeline(rows, 50, "day", "tl=day")
	if day.Unit != "day" || day.Earlier == 0 || day.Bars[0].Count != day.Earlier || day.Bars[0].Link != "?tl=day#row-1" {
		t.Errorf("by day: unit %s, %d earlier, first bar %+v", day.Unit, day.Earlier, day.Bars[0])
	}
	n = 0
	for _, b := range day.Bars {
		n += b.Count
	}
	for range day.Points {
		n++
	}
	if n != 1000 {
		t.Errorf("by day: %d rows drawn, want 1000", n)
	}
	assertTicksApart(t, day)
	// Five years of rows: by month.
	for i := range rows {
		rows[i].Date = litopys.DateOf(start.AddDate(0, 0, i*1825/1000))
	}
	if tl := drawTimeline(rows, 50, "", ""); tl.Unit != "month" {
		t.Errorf("five years drawn by %s, want month", tl.Unit)
	} else {
		assertTicksApart(t, tl)
	}
}

// assertTicksApart checks that each label, at its estimated width, ends
// before the next begins and inside the drawing.
func assertTicksApart(t *testing.T, tl Timeline) {
	t.Helper()
	last := -1
	for _, tk := range tl.Ticks {
		if tk.Label == "" {
			continue
		}
		if tk.X < last {
			t.Errorf("label %q at %d starts before the previous one ends (%d)", tk.Label, tk.X, last)
		}
		last = tk.X + len([]rune(tk.Label))*tlCharW
		if last > tl.Width {
			t.Errorf("label %q ends at %d, past the width %d", tk.Label, last, tl.Width)
		}
	}
}
