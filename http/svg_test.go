package http

import (
	"testing"

	"github.com/litopys/litopys"
)

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
