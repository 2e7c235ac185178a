package temporal

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// Floors under the table test's scores: a change that lowers them fails.
const (
	floorAccuracy  = 0.965 // expected rows found with the right span, value and granularity
	floorPrecision = 0.98  // found expressions whose span is an expected one
)

type tableRow struct {
	sentence, published, lang, expr, value, gran string
}

func readTable(tb testing.TB) []tableRow {
	tb.Helper()
	f, err := os.Open("testdata/expressions.tsv")
	if err != nil {
		tb.Fatalf("open table: %v", err)
	}
	defer f.Close()
	var rows []tableRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			tb.Fatalf("table line %q: want 6 columns, got %d", line, len(c))
		}
		rows = append(rows, tableRow{c[0], c[1], c[2], c[3], c[4], c[5]})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read table: %v", err)
	}
	return rows
}

// TestTable measures Find on real news sentences (testdata/expressions.tsv)
// and pins floors under its accuracy and precision.
func TestTable(t *testing.T) {
	rows := readTable(t)
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	type key struct{ sentence, published, lang string }
	want := map[key][]tableRow{}
	total := 0
	var order []key
	for _, r := range rows {
		k := key{r.sentence, r.published, r.lang}
		if _, ok := want[k]; !ok {
			order = append(order, k)
			want[k] = nil
		}
		if r.expr != "-" { // "-": a sentence with no temporal expression
			want[k] = append(want[k], r)
			total++
		}
	}
	correct, found, foundExpected := 0, 0, 0
	for _, k := range order {
		opt := Options{Lang: k.lang, Now: now}
		if k.published != "-" {
			d, err := litopys.ParseDate(k.published)
			if err != nil {
				t.Fatalf("published %q: %v", k.published, err)
			}
			opt.Published = d
		}
		got := Find(k.sentence, nil, opt)
		byText := map[string]Expr{}
		for _, e := range got {
			byText[e.Text] = e
		}
		expected := map[string]bool{}
		for _, r := range want[k] {
			expected[r.expr] = true
			e, ok := byText[r.expr]
			if ok && e.Value == r.value && e.Granularity == r.gran {
				correct++
				continue
			}
			t.Logf("miss %q in %q (published %s): want %s/%s, got %v", r.expr, k.sentence, k.published, r.value, r.gran, summary(got))
		}
		for _, e := range got {
			found++
			if expected[e.Text] {
				foundExpected++
			} else {
				t.Logf("extra %q = %s in %q", e.Text, e.Value, k.sentence)
			}
		}
	}
	if total < 150 {
		t.Fatalf("table has %d expressions, want at least 150", total)
	}
	acc := float64(correct) / float64(total)
	prec := float64(foundExpected) / float64(max(found, 1))
	t.Logf("table: %d expressions in %d sentences; accuracy %.3f (%d/%d), span precision %.3f (%d/%d)",
		total, len(order), acc, correct, total, prec, foundExpected, found)
	if acc < floorAccuracy {
		t.Errorf("accuracy %.3f under the floor %.2f", acc, floorAccuracy)
	}
	if prec < floorPrecision {
		t.Errorf("precision %.3f under the floor %.2f", prec, floorPrecision)
	}
}

func summary(es []Expr) []string {
	var s []string
	for _, e := range es {
		s = append(s, e.Text+"="+e.Value+"/"+e.Granularity)
	}
	return s
}
