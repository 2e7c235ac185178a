package story

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
	"github.com/litopys/litopys/pipeline"
)

// TestNewsStream clusters a month of Ukrainian news (595 articles of three
// outlets, November 2024; no gold) and logs the sizes of the largest
// stories with their first titles, to check by eye that the thresholds
// tuned on BSNLP topics do not chain unrelated news into one story. Set
// LITOPYS_STORY_STREAM to a threshold (0: the default) to run it.
func TestNewsStream(t *testing.T) {
	if os.Getenv("LITOPYS_STORY_STREAM") == "" {
		t.Skip("set LITOPYS_STORY_STREAM=1 to cluster the news stream")
	}
	f, err := os.Open(filepath.Join(sharedDir(t, "data/news"), "uk_news_nov2024.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*litopys.Document
	for i, r := range rows[1:] {
		pub, _ := litopys.ParseDate(r[1])
		d, err := p.Analyze(context.Background(), input.Record{ID: r[3], URL: r[3], Title: r[0], Lang: "uk",
			Published: pub, Body: r[0] + "\n\n" + r[2], Format: "csv", Source: "row " + string(rune('0'+i%10))})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Published.Time().Before(docs[j].Published.Time()) })
	var th float64
	fmt.Sscan(os.Getenv("LITOPYS_STORY_STREAM"), &th)
	c := New(Options{Threshold: th})
	title := map[string]string{}
	for _, d := range docs {
		title[d.ID] = d.Title
		c.Add(d)
	}
	st := c.Stories()
	sort.SliceStable(st, func(i, j int) bool { return len(st[i].Members) > len(st[j].Members) })
	single := 0
	for _, s := range st {
		if len(s.Members) == 1 {
			single++
		}
	}
	t.Logf("%d articles, %d stories, %d single-article", len(docs), len(st), single)
	for _, s := range st[:min(12, len(st))] {
		t.Logf("%3d articles (%d non-duplicate): %s | %s | %s", len(s.Members), s.Articles(), title[s.Members[0].Doc],
			title[s.Members[len(s.Members)/2].Doc], title[s.Members[len(s.Members)-1].Doc])
	}
}
