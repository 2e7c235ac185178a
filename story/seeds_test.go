package story

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/eval"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

// sharedDir returns ../../shared/<rel>, skipping the test when the shared
// data is absent (and failing it in CI, where it must be present).
func sharedDir(tb testing.TB, rel string) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("shared data missing in CI: %v", err)
		}
		tb.Skipf("shared data absent: %v", err)
	}
	return dir
}

// analyze runs the real pipeline over a BSNLP-layout tree.
func analyze(tb testing.TB, dir string) ([]eval.RawDoc, []*litopys.Document) {
	tb.Helper()
	raw, _, err := eval.ReadBSNLPGold(dir)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	docs := make([]*litopys.Document, len(raw))
	for i, r := range raw {
		rec := input.Record{Source: r.Path, Format: "bsnlp", Encoding: "utf-8", ID: r.ID, URL: r.URL, Title: r.Title,
			Lang: r.Lang, Published: r.Published, Body: r.Content}
		if docs[i], err = p.Analyze(context.Background(), rec); err != nil {
			tb.Fatal(err)
		}
	}
	return raw, docs
}

// TestSeedsOneStory: the two seed articles (ru, uk; 47 days apart) are one
// story, and its chronology holds every gold event of
// seeds/gold/timeline.json in date order, with the 12 September meeting
// reported by both articles on one row.
func TestSeedsOneStory(t *testing.T) {
	_, docs := analyze(t, sharedDir(t, "seeds/bsnlp"))
	c := New(Options{})
	for _, d := range docs {
		c.Add(d)
	}
	if st := c.Stories(); len(st) != 1 {
		t.Fatalf("seeds form %d stories, want 1: %v", len(st), st)
	}
	f, err := os.Open(filepath.Join(sharedDir(t, "seeds/gold"), "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadTimeline(f)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.ID] = d.Text
	}
	rows := Chronology(docs)
	matched := make([]int, len(gold.Events))
	for i, g := range gold.Events {
		matched[i] = matchRow(rows, g, texts[g.Doc])
		if matched[i] < 0 {
			t.Errorf("gold event %s %s %q of %s: no row", g.Date, g.Type, g.Evidence, g.Doc)
		}
	}
	t.Logf("chronology: %d rows for %d gold events, all matched: %v", len(rows), len(gold.Events), !t.Failed())
	for _, r := range rows {
		t.Logf("%-10s %-5s %-14s %d sources %v", r.Date, r.Granularity, r.Type, len(r.Sources), r.Participants)
	}
	// Date order: the rows the gold events land on are sorted by their start.
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1].Date, rows[i].Date
		if b.Time().Before(a.Time()) {
			t.Errorf("row %d (%s) comes after row %d (%s)", i, rows[i].Date, i-1, rows[i-1].Date)
		}
	}
	// The ru "сентябрьский саммит" (2023-09) and the uk 12 September
	// meeting are one row, dated to the day, with both languages.
	var monthly, daily = -1, -1
	for i, g := range gold.Events {
		if g.Type == "meet" && g.Date == "2023-09" {
			monthly = matched[i]
		}
		if g.Type == "meet" && g.Date == "2023-09-12" {
			daily = matched[i]
		}
	}
	if monthly < 0 || monthly != daily {
		t.Fatalf("the September summit (row %d) and the 12 September meeting (row %d) are not one row", monthly, daily)
	}
	r := rows[daily]
	langs := map[string]bool{}
	for _, s := range r.Sources {
		langs[s.Lang] = true
	}
	if r.Date.String() != "2023-09-12" || r.Granularity != "day" || !langs["ru"] || !langs["uk"] {
		t.Errorf("merged meeting row = %s %s from %v, want 2023-09-12 day from ru and uk", r.Date, r.Granularity, langs)
	}
}

// matchRow finds the row reporting a gold event: a source of the gold
// document giving the gold date, whose evidence overlaps the gold
// evidence or whose row has the gold type; both at once is preferred,
// then the type alone. It returns -1 when none does.
func matchRow(rows []Row, g eval.GoldEvent, text string) int {
	var spans []litopys.Span
	for off := 0; ; {
		i := strings.Index(text[off:], g.Evidence)
		if i < 0 {
			break
		}
		spans = append(spans, litopys.Span{Start: off + i, End: off + i + len(g.Evidence)})
		off += i + 1
	}
	best, bestScore := -1, 0
	for i, r := range rows {
		for _, s := range r.Sources {
			if s.Doc != g.Doc || s.Date.String() != g.Date {
				continue
			}
			score := 0
			if r.Type == g.Type {
				score += 2
			}
			if slices.ContainsFunc(spans, func(sp litopys.Span) bool {
				return sp.Start < s.Evidence.End && s.Evidence.Start < sp.End
			}) {
				score++
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
	}
	return best
}

// analyzed holds analyzeAll's result once made: several tests use it.
var analyzed struct {
	sync.Mutex
	raw  []eval.RawDoc
	docs []*litopys.Document
}

// analyzeAll analyses the BSNLP topics and the seeds (once per test
// binary; callers must not change the documents).
func analyzeAll(tb testing.TB) ([]eval.RawDoc, []*litopys.Document) {
	tb.Helper()
	analyzed.Lock()
	defer analyzed.Unlock()
	if analyzed.docs == nil {
		raw, docs := analyze(tb, sharedDir(tb, "data/bsnlp"))
		r2, d2 := analyze(tb, sharedDir(tb, "seeds/bsnlp"))
		analyzed.raw, analyzed.docs = append(raw, r2...), append(docs, d2...)
	}
	return analyzed.raw, analyzed.docs
}
