package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/attrib"
	"github.com/litopys/litopys/event"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/seeds"
	"github.com/litopys/litopys/quantity"
)

// spineDocs runs the spine over the embedded seeds once, for the benchmarks
// of the later stages.
func spineDocs(b *testing.B) (*Pipeline, []*litopys.Document) {
	b.Helper()
	p, err := New(Options{Now: func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*litopys.Document
	for _, name := range seeds.Names() {
		data, _ := seeds.FS().(interface{ ReadFile(string) ([]byte, error) }).ReadFile(name)
		text, _, _ := input.Decode(data)
		d, err := p.AnalyzeStages(context.Background(), input.Record{Source: name, Body: text}, StagesSpine)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return p, docs
}

// BenchmarkEntityStage is recognition, base forms and linking on one
// seed-sized article (the two seeds in turn).
func BenchmarkEntityStage(b *testing.B) {
	p, docs := spineDocs(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p.entities(docs[i%len(docs)])
		i++
	}
}

// BenchmarkFactStages is dates, attributions, events and quantities.
func BenchmarkFactStages(b *testing.B) {
	p, docs := spineDocs(b)
	for _, d := range docs {
		p.entities(d)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		p.times(d)
		d.Attributions = attrib.Find(d)
		d.Events = event.Find(d)
		d.Quantities = quantity.Find(d)
		i++
	}
}
