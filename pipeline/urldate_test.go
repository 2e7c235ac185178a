package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

// TestURLDate: a JSONL item without a date of its own is published on the
// day its URL states; its own date, when it has one, wins.
func TestURLDate(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := `{"url": "http://www.ng.ru/politics/2018-03-22/1_putin.html", "title": "Выборы", "content": "Президент встретился с министрами."}
{"url": "http://www.ng.ru/politics/2018-03-22/2_putin.html", "published": "2018-03-21", "title": "Выборы", "content": "Президент встретился с министрами."}
`
	want := []struct{ date, source string }{{"2018-03-22", "url"}, {"2018-03-21", "record"}}
	i := 0
	for rec := range input.Read(context.Background(), []string{"-"}, strings.NewReader(lines), input.Options{}) {
		doc, err := p.Analyze(context.Background(), rec)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Published.String() != want[i].date || doc.PublishedSource != want[i].source {
			t.Errorf("item %d published %s from %q, want %s from %q", i, doc.Published, doc.PublishedSource, want[i].date, want[i].source)
		}
		i++
	}
	if i != len(want) {
		t.Fatalf("%d documents, want %d", i, len(want))
	}
}
