package temporal

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/litopys/litopys"
)

// TableScore is how Find does on a table of annotated sentences (the
// format of testdata/expressions.tsv: sentence, published, lang,
// expression, value, granularity; "-" for no expression or no date).
type TableScore struct {
	Sentences int `json:"sentences"`
	Total     int `json:"expressions"`
	// Exact counts expressions found with the annotated span text, value
	// and granularity; Overlap those for which an expression overlapping
	// the annotated span has the value and granularity ("found and
	// resolved to the right period").
	Exact   int `json:"exact"`
	Overlap int `json:"overlap"`
	// Found is the number of expressions Find returned; FoundExact those
	// whose span is an annotated one, FoundOverlap those overlapping one.
	Found        int      `json:"found"`
	FoundExact   int      `json:"found_exact"`
	FoundOverlap int      `json:"found_overlap"`
	Misses       []string `json:"misses,omitempty"`
	Extras       []string `json:"extras,omitempty"`
}

func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// Accuracy is Overlap/Total; ExactAccuracy Exact/Total.
func (s TableScore) Accuracy() float64      { return ratio(s.Overlap, s.Total) }
func (s TableScore) ExactAccuracy() float64 { return ratio(s.Exact, s.Total) }

// Precision is FoundOverlap/Found; SpanPrecision FoundExact/Found.
func (s TableScore) Precision() float64     { return ratio(s.FoundOverlap, s.Found) }
func (s TableScore) SpanPrecision() float64 { return ratio(s.FoundExact, s.Found) }

func (s TableScore) String() string {
	return fmt.Sprintf("%d expressions in %d sentences; correct (overlapping span) %.3f (%d/%d); correct (exact span) %.3f (%d/%d); "+
		"precision (overlapping) %.3f (%d/%d), span precision %.3f (%d/%d)",
		s.Total, s.Sentences, s.Accuracy(), s.Overlap, s.Total, s.ExactAccuracy(), s.Exact, s.Total,
		s.Precision(), s.FoundOverlap, s.Found, s.SpanPrecision(), s.FoundExact, s.Found)
}

type tableRow struct {
	sentence, published, lang, expr, value, gran string
}

// readTableRows reads the rows of a table; lines starting with # are
// comments.
func readTableRows(r io.Reader) ([]tableRow, error) {
	var rows []tableRow
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			return nil, fmt.Errorf("read table: line %d: want 6 columns, got %d", n, len(c))
		}
		rows = append(rows, tableRow{c[0], c[1], c[2], c[3], c[4], c[5]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read table: %w", err)
	}
	return rows, nil
}

// ScoreTable runs Find on every sentence of a table, against its
// publication date and language (now is Options.Now), and scores it.
func ScoreTable(r io.Reader, now time.Time) (TableScore, error) {
	rows, err := readTableRows(r)
	if err != nil {
		return TableScore{}, err
	}
	return scoreRows(rows, now)
}

func scoreRows(rows []tableRow, now time.Time) (TableScore, error) {
	type key struct{ sentence, published, lang string }
	want := map[key][]tableRow{}
	var order []key
	var sc TableScore
	for _, r := range rows {
		k := key{r.sentence, r.published, r.lang}
		if _, ok := want[k]; !ok {
			order = append(order, k)
			want[k] = nil
		}
		if r.expr != "-" { // "-": a sentence with no temporal expression
			want[k] = append(want[k], r)
			sc.Total++
		}
	}
	sc.Sentences = len(order)
	type span struct{ a, b int }
	for _, k := range order {
		opt := Options{Lang: k.lang, Now: now}
		if k.published != "-" {
			d, err := litopys.ParseDate(k.published)
			if err != nil {
				return sc, fmt.Errorf("score table: published %q: %w", k.published, err)
			}
			opt.Published = d
		}
		got := Find(k.sentence, nil, opt)
		spans := make([]span, len(want[k]))
		from := 0
		for n, r := range want[k] {
			// The annotated span: the first occurrence of its text after
			// the previous one (or anywhere, if not found there).
			at := strings.Index(k.sentence[from:], r.expr)
			if at >= 0 {
				at += from
				from = at + len(r.expr)
			} else {
				at = strings.Index(k.sentence, r.expr)
			}
			spans[n] = span{at, at + len(r.expr)}
			exact, over := false, false
			for _, e := range got {
				if e.Value.String() != r.value || e.Granularity != r.gran {
					continue
				}
				exact = exact || e.Text == r.expr
				over = over || at >= 0 && e.Start < spans[n].b && e.End > spans[n].a
			}
			if exact {
				sc.Exact++
			}
			if exact || over {
				sc.Overlap++
			}
			if !exact {
				sc.Misses = append(sc.Misses, fmt.Sprintf("%q in %q (published %s): want %s/%s, got %v", r.expr, k.sentence, k.published, r.value, r.gran, summary(got)))
			}
		}
		for _, e := range got {
			sc.Found++
			exact, over := false, false
			for n, r := range want[k] {
				exact = exact || e.Text == r.expr
				over = over || spans[n].a >= 0 && e.Start < spans[n].b && e.End > spans[n].a
			}
			if exact {
				sc.FoundExact++
			}
			if exact || over {
				sc.FoundOverlap++
			} else {
				sc.Extras = append(sc.Extras, fmt.Sprintf("%q = %s in %q", e.Text, e.Value, k.sentence))
			}
		}
	}
	return sc, nil
}

func summary(es []Expr) []string {
	var s []string
	for _, e := range es {
		s = append(s, e.Text+"="+e.Value.String()+"/"+e.Granularity)
	}
	return s
}
