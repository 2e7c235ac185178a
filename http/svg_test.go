package http

import (
	"reflect"
	"testing"

	"github.com/litopys/litopys"
)

func TestDrawTimeline(t *testing.T) {
	rows := []ChronologyRow{
		{Date: "2024-01", Granularity: "month", Type: "meet", Summary: "a"},
		{Date: "2024-01-01", Granularity: "day", Type: "visit", Summary: "b"},
		{Date: "2024-03-01", Granularity: "day", Type: "meet", Summary: "c"},
		{Date: "bad", Type: "meet"},
	}
	got := drawTimeline(rows)
	want := Timeline{
		Width: 960, Height: 114, AxisY: 74, Left: 40, Right: 920,
		Ticks: []Tick{{40, "2024-01"}, {494, "2024-02"}, {920, "2024-03"}},
		Points: []Point{
			{X: 40, Y: 56, N: 1, Class: colourClass("meet"), Title: "2024-01 · meet · a", Anchor: "row-1"},
			{X: 40, Y: 34, N: 2, Class: colourClass("visit"), Title: "2024-01-01 · visit · b", Anchor: "row-2"},
			{X: 920, Y: 56, N: 3, Class: colourClass("meet"), Title: "2024-03-01 · meet · c", Anchor: "row-3"},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("drawTimeline:\n got %+v\nwant %+v", got, want)
	}
	if empty := drawTimeline(nil); len(empty.Points) != 0 || len(empty.Ticks) != 0 {
		t.Errorf("empty timeline = %+v", empty)
	}
}

func TestDrawGraph(t *testing.T) {
	g := drawGraph(litopys.Entity{ID: "PER-a", Type: "PER", Name: "A"}, []EntityCount{
		{ID: "LOC-b", Type: "LOC", Name: "B", Documents: 2}, {ID: "ORG-c", Type: "ORG", Name: "C", Documents: 1},
	})
	if g.Centre.Label != "A" || len(g.Nodes) != 2 || len(g.Edges) != 2 {
		t.Fatalf("graph = %+v", g)
	}
	if g.Nodes[0].Link != "/entities/LOC-b" || g.Nodes[0].X != 320 || g.Nodes[0].Y != 60 || g.Nodes[1].Y != 360 {
		t.Errorf("nodes = %+v", g.Nodes)
	}
	if g.Edges[0].Width != 6 || g.Edges[1].Width != 3.5 {
		t.Errorf("edge widths = %v, %v", g.Edges[0].Width, g.Edges[1].Width)
	}
}
