package event_test

import (
	"context"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/event"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/internal/seeds"
	"github.com/litopys/litopys/pipeline"
)

// repeated analyses the seed articles, each repeated n times, as one
// document (the stages before events: dates, names, attributions).
func repeated(tb testing.TB, p *pipeline.Pipeline, n int) *litopys.Document {
	tb.Helper()
	var b strings.Builder
	for range n {
		for _, name := range seeds.Names() {
			raw, err := fs.ReadFile(seeds.FS(), name)
			if err != nil {
				tb.Fatal(err)
			}
			// The text without the four header lines of the BSNLP layout.
			lines := strings.SplitN(string(raw), "\n", 5)
			b.WriteString(lines[len(lines)-1] + "\n\n")
		}
	}
	doc, err := p.Analyze(context.Background(), input.Record{Source: "big.txt", Body: b.String()})
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// TestFindLinear counts the dates, attributions, mentions and kept events
// Find looks at while reading the seed articles repeated 4 and 32 times:
// eight times the text may cost at most about eight times the look-ups
// (looking through the whole document for each sentence made it 64 times).
// It counts work, not time, so a loaded machine does not fail it. The
// events are also those of the look through everything.
func TestFindLinear(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	steps := map[int][2]int{}
	for _, n := range []int{4, 32} {
		doc := repeated(t, p, n)
		got, indexed := event.FindCounting(doc)
		want, scanned := event.FindScanning(doc)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("×%d: the index finds %d events, the scan %d", n, len(got), len(want))
		}
		if len(got) < n {
			t.Fatalf("×%d: only %d events", n, len(got))
		}
		steps[n] = [2]int{indexed, scanned}
		t.Logf("×%d: %d sentences, %d events, %d look-ups (%d scanning)", n, len(doc.Sentences), len(got), indexed, scanned)
	}
	growth := func(k int) float64 { return float64(steps[32][k]) / float64(steps[4][k]) }
	if g := growth(0); g > 8*1.1 {
		t.Errorf("8× the text costs %.1f× the look-ups: not linear", g)
	}
	if g := growth(1); g < 30 {
		t.Errorf("the scan grows only %.1f×: the count does not see a quadratic reading", g)
	}
}
