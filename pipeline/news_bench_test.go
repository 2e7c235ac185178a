package pipeline

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/rusage"
)

// newsCorpus is the Russian news of the shared data (≈ 12 KB per article),
// the corpus the throughput aims of docs/EVAL.md are set on.
const newsCorpus = "../../shared/data/news/ru_rt_ng.jsonl.gz"

// newsDocs reads the first n articles of the Russian news corpus and runs
// the spine over them (skipping when the corpus is absent), for the
// benchmarks of the stages after it on real-size articles.
func newsDocs(b *testing.B, n int) (*Pipeline, []*litopys.Document) {
	b.Helper()
	if _, err := os.Stat(newsCorpus); err != nil {
		b.Skipf("no news corpus: %v", err)
	}
	p, err := New(Options{Now: func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var docs []*litopys.Document
	for rec := range input.Read(ctx, []string{newsCorpus}, nil, input.Options{}) {
		if rec.Err != nil {
			continue
		}
		d, err := p.AnalyzeStages(ctx, rec, StagesSpine)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		if len(docs) == n {
			break
		}
	}
	return p, docs
}

// BenchmarkNERNews is the recognition of names alone (ner.Tagger.Tag) over
// 100 Russian news articles; one op is the 100 articles. cpu-ms/article is
// the figure to read on a shared machine.
func BenchmarkNERNews(b *testing.B) {
	p, docs := newsDocs(b, 100)
	spans := make([][]litopys.Span, len(docs))
	for i, d := range docs {
		spans[i] = sentenceSpans(d)
	}
	b.ReportAllocs()
	cpu0, n := rusage.ProcessCPU(), 0
	for b.Loop() {
		for i, d := range docs {
			p.ner.Tag(d.Text, d.Tokens, spans[i], d.Lang)
		}
		n++
	}
	b.ReportMetric(float64((rusage.ProcessCPU()-cpu0).Microseconds())/1e3/float64(n*len(docs)), "cpu-ms/article")
}

// BenchmarkEntitiesNews is recognition, base forms and linking over the
// same 100 articles; one op is the 100 articles.
func BenchmarkEntitiesNews(b *testing.B) {
	p, docs := newsDocs(b, 100)
	b.ReportAllocs()
	cpu0, n := rusage.ProcessCPU(), 0
	for b.Loop() {
		for _, d := range docs {
			p.entities(d)
		}
		n++
	}
	b.ReportMetric(float64((rusage.ProcessCPU()-cpu0).Microseconds())/1e3/float64(n*len(docs)), "cpu-ms/article")
}
