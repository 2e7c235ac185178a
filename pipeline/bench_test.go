package pipeline_test

import (
	"context"
	"io/fs"
	"testing"

	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/seeds"
	"github.com/litopys/litopys/pipeline"
)

// seedRecords reads the embedded seed articles as the pipeline gets them.
func seedRecords(tb testing.TB) []input.Record {
	tb.Helper()
	var recs []input.Record
	for _, name := range seeds.Names() {
		b, err := fs.ReadFile(seeds.FS(), name)
		if err != nil {
			tb.Fatal(err)
		}
		text, _, _ := input.Decode(b)
		recs = append(recs, input.Record{Source: name, Format: "text", Encoding: "utf-8", Body: text})
	}
	return recs
}

// BenchmarkSpine is the chain of the spine: extract, segment, language,
// lemmas. One op is one seed-sized article (the two seeds in turn).
func BenchmarkSpine(b *testing.B) {
	benchStages(b, pipeline.StagesSpine)
}

// BenchmarkAnalyze is the whole chain: the spine plus entities, dates,
// attributions, events and quantities.
func BenchmarkAnalyze(b *testing.B) {
	benchStages(b, pipeline.StagesAll)
}

func benchStages(b *testing.B, st pipeline.Stages) {
	p := newPipeline(b)
	recs := seedRecords(b)
	ctx := context.Background()
	var bytes int64
	for _, r := range recs {
		bytes += int64(len(r.Body))
	}
	b.SetBytes(bytes / int64(len(recs)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := p.AnalyzeStages(ctx, recs[i%len(recs)], st); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
