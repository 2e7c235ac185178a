package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/seeds"
)

// BenchmarkLinkRepeated links the mentions of one article's text repeated
// to 1–16 MB, the case that was quadratic (every one-word name compared
// with every member of every longer name). The spine and recognition run
// once per size, untimed; the ns/MB figure must stay roughly flat across
// sizes (near-linear CPU):
//
//	go test ./pipeline -run '^$' -bench LinkRepeated -benchtime 1x
func BenchmarkLinkRepeated(b *testing.B) {
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	name := seeds.Names()[0]
	data, _ := seeds.FS().(interface{ ReadFile(string) ([]byte, error) }).ReadFile(name)
	text, _, _ := input.Decode(data)
	for _, mb := range []int{1, 2, 4, 8, 16} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			var sb strings.Builder
			for sb.Len() < mb<<20 {
				sb.WriteString(text)
				sb.WriteString("\n\n")
			}
			doc, err := p.AnalyzeStages(context.Background(), input.Record{Source: name, Body: sb.String()}, StagesSpine)
			if err != nil {
				b.Fatal(err)
			}
			found := p.ner.Tag(doc.Text, doc.Tokens, sentenceSpans(doc), doc.Lang)
			spans := make([]entity.Span, len(found))
			for i, f := range found {
				spans[i] = entity.Span{Start: f.Start, End: f.End, Type: f.Type}
			}
			b.ResetTimer()
			for b.Loop() {
				p.resolver.Resolve(doc, spans)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(mb), "ns/MB")
			b.ReportMetric(float64(len(spans)), "mentions")
		})
	}
}
