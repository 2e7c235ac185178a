package temporal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/litopys/litopys"
)

// sharedDir is /work/shared seen from this package (shared/ sits beside the
// repository in development and in CI).
const sharedDir = "../../shared"

type goldEvent struct {
	Date        string `json:"date"`
	Granularity string `json:"granularity"`
	Doc         string `json:"doc"`
	Evidence    string `json:"evidence"`
}

func readSeed(tb testing.TB, doc string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir, "seeds", doc+".txt"))
	if err != nil {
		tb.Fatalf("read seed: %v", err)
	}
	return string(b)
}

func goldEvents(tb testing.TB) []goldEvent {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir, "seeds", "gold", "timeline.json"))
	if err != nil {
		tb.Fatalf("read gold: %v", err)
	}
	var g struct {
		Events []goldEvent `json:"events"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatalf("parse gold: %v", err)
	}
	return g.Events
}

// TestSeeds checks every dated event of the seed gold: an expression inside
// its evidence must have the gold value and granularity.
func TestSeeds(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	runs := []struct {
		name string
		opts map[string]Options
	}{
		{"published", map[string]Options{
			"000_d0670793ce43c562": {Published: litopys.DayDate(2023, 11, 9), Lang: "ru", Now: now},
			"001_46e6aa277c86e90e": {Published: litopys.DayDate(2023, 9, 23), Lang: "uk", Now: now},
		}},
		{"unpublished", map[string]Options{
			"001_46e6aa277c86e90e": {Lang: "uk", Now: now},
		}},
	}
	events := goldEvents(t)
	for _, run := range runs {
		t.Run(run.name, func(t *testing.T) {
			checked := 0
			for _, ev := range events {
				opt, ok := run.opts[ev.Doc]
				if !ok {
					continue
				}
				text := readSeed(t, ev.Doc)
				at, size := findLoose(text, ev.Evidence)
				if at < 0 {
					t.Fatalf("%s: evidence %q not in text", ev.Doc, ev.Evidence)
				}
				exprs := Find(text, nil, opt)
				var got []string
				found := false
				for _, e := range exprs {
					if e.Start < at || e.End > at+size {
						continue
					}
					got = append(got, e.Text+"="+e.Value.String()+"/"+e.Granularity)
					if e.Value.String() == ev.Date && e.Granularity == ev.Granularity {
						found = true
					}
				}
				checked++
				if !found {
					t.Errorf("%s %q: want %s/%s, got %v", ev.Doc, ev.Evidence, ev.Date, ev.Granularity, got)
				}
			}
			if checked == 0 {
				t.Fatal("no gold events checked")
			}
		})
	}
}

// findLoose finds s in text, letting any run of spaces (no-break ones
// too) match any other; it returns the offset and length of the match.
func findLoose(text, s string) (int, int) {
	words := strings.Fields(s)
	for i := range words {
		words[i] = regexp.QuoteMeta(words[i])
	}
	loc := regexp.MustCompile(strings.Join(words, `[\s\x{00a0}]+`)).FindStringIndex(text)
	if loc == nil {
		return -1, 0
	}
	return loc[0], loc[1] - loc[0]
}

// TestSeedWeekdayRule checks that without a publication date the weekdays
// of the Ukrainian seed fix its year.
func TestSeedWeekdayRule(t *testing.T) {
	text := readSeed(t, "001_46e6aa277c86e90e")
	exprs := Find(text, nil, Options{Lang: "uk", Now: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	rules := map[string]string{}
	for _, e := range exprs {
		rules[e.Text] = e.Value.String() + " " + e.Rule
	}
	want := map[string]string{
		"Увечері п'ятниці, 8 вересня": "2023-09-08 weekday",
		"вівторок вранці, 12 вересня": "2023-09-12 weekday",
		"18 серпня": "2023-08-18 weekday-context",
		"липні":     "2023-07 weekday-context",
	}
	for text, w := range want {
		if rules[text] != w {
			t.Errorf("%q: got %q, want %q", text, rules[text], w)
		}
	}
}
