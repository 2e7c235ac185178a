package http

import (
	"math"
	"net/url"
	"strconv"

	"github.com/litopys/litopys"
)

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
