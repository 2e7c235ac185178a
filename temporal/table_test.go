package temporal

import (
	"bufio"
	"fmt"
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
	// The blind table (testdata/blind.tsv): expressions found (overlapping
	// span) with the right value and granularity, and found expressions
	// that overlap an annotated one.
	floorBlind          = 0.92
	floorBlindPrecision = 0.97
)

type tableRow struct {
	sentence, published, lang, expr, value, gran string
}

func readTable(tb testing.TB) []tableRow {
	tb.Helper()
	return readTableFile(tb, "testdata/expressions.tsv")
}

func readTableFile(tb testing.TB, path string) []tableRow {
	tb.Helper()
	f, err := os.Open(path)
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

// tableScore counts how Find does on a table.
type tableScore struct {
	sentences, total int
	correct          int // found with the exact span, value and granularity
	overlap          int // an expression overlapping the span has the value and granularity
	found            int // expressions Find returned
	foundExpected    int // … whose span is an expected one
	foundOverlapping int // … that overlap an expected one
}

func (s tableScore) String() string {
	return fmt.Sprintf("%d expressions in %d sentences; correct (exact span) %.3f (%d/%d); correct (overlapping span) %.3f (%d/%d); "+
		"span precision %.3f (%d/%d), overlap precision %.3f (%d/%d)",
		s.total, s.sentences, ratio(s.correct, s.total), s.correct, s.total, ratio(s.overlap, s.total), s.overlap, s.total,
		ratio(s.foundExpected, s.found), s.foundExpected, s.found, ratio(s.foundOverlapping, s.found), s.foundOverlapping, s.found)
}

func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// scoreTable runs Find on every sentence of a table (Now = 2026-11-23)
// and logs each miss and extra.
func scoreTable(t *testing.T, rows []tableRow) tableScore {
	t.Helper()
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	type key struct{ sentence, published, lang string }
	want := map[key][]tableRow{}
	var order []key
	var sc tableScore
	for _, r := range rows {
		k := key{r.sentence, r.published, r.lang}
		if _, ok := want[k]; !ok {
			order = append(order, k)
			want[k] = nil
		}
		if r.expr != "-" { // "-": a sentence with no temporal expression
			want[k] = append(want[k], r)
			sc.total++
		}
	}
	sc.sentences = len(order)
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
		type span struct{ a, b int }
		var spans []span
		from := 0
		for _, r := range want[k] {
			// The expected span: the first occurrence of its text after
			// the previous expected one (or anywhere, if not found there).
			at := strings.Index(k.sentence[from:], r.expr)
			if at >= 0 {
				at += from
				from = at + len(r.expr)
			} else {
				at = strings.Index(k.sentence, r.expr)
			}
			sp := span{at, at + len(r.expr)}
			spans = append(spans, sp)
			exact, over := false, false
			for _, e := range got {
				if e.Value != r.value || e.Granularity != r.gran {
					continue
				}
				if e.Text == r.expr {
					exact = true
				}
				if at >= 0 && e.Start < sp.b && e.End > sp.a {
					over = true
				}
			}
			if exact {
				sc.correct++
			}
			if exact || over {
				sc.overlap++
			}
			if !exact {
				t.Logf("miss %q in %q (published %s): want %s/%s, got %v", r.expr, k.sentence, k.published, r.value, r.gran, summary(got))
			}
		}
		for _, e := range got {
			sc.found++
			exact, over := false, false
			for n, r := range want[k] {
				if e.Text == r.expr {
					exact = true
				}
				if sp := spans[n]; sp.a >= 0 && e.Start < sp.b && e.End > sp.a {
					over = true
				}
			}
			if exact {
				sc.foundExpected++
			}
			if exact || over {
				sc.foundOverlapping++
			} else {
				t.Logf("extra %q = %s in %q", e.Text, e.Value, k.sentence)
			}
		}
	}
	return sc
}

// TestTable measures Find on real news sentences (testdata/expressions.tsv)
// and pins floors under its accuracy and precision.
func TestTable(t *testing.T) {
	sc := scoreTable(t, readTable(t))
	if sc.total < 150 {
		t.Fatalf("table has %d expressions, want at least 150", sc.total)
	}
	t.Logf("table: %s", sc)
	if acc := ratio(sc.correct, sc.total); acc < floorAccuracy {
		t.Errorf("accuracy %.3f under the floor %.2f", acc, floorAccuracy)
	}
	if prec := ratio(sc.foundExpected, sc.found); prec < floorPrecision {
		t.Errorf("precision %.3f under the floor %.2f", prec, floorPrecision)
	}
}

// TestBlind scores Find on the blind table (testdata/blind.tsv), annotated
// by hand before the scanner ran on its sentences; it skips when the table
// is absent.
func TestBlind(t *testing.T) {
	if _, err := os.Stat("testdata/blind.tsv"); err != nil {
		t.Skip("no blind table")
	}
	sc := scoreTable(t, readTableFile(t, "testdata/blind.tsv"))
	t.Logf("blind: %s", sc)
	if acc := ratio(sc.overlap, sc.total); acc < floorBlind {
		t.Errorf("blind accuracy %.3f under the floor %.2f", acc, floorBlind)
	}
	if prec := ratio(sc.foundOverlapping, sc.found); prec < floorBlindPrecision {
		t.Errorf("blind precision %.3f under the floor %.2f", prec, floorBlindPrecision)
	}
}

func summary(es []Expr) []string {
	var s []string
	for _, e := range es {
		s = append(s, e.Text+"="+e.Value+"/"+e.Granularity)
	}
	return s
}
