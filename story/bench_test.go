package story

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/litopys/litopys"
)

// BenchmarkAdd clusters the analysed BSNLP documents and the seeds (732
// articles) into a fresh Clusterer per iteration; ns/article is the cost
// of one Add.
func BenchmarkAdd(b *testing.B) {
	raw, docs := analyzeAll(b)
	_ = raw
	for b.Loop() {
		c := New(Options{})
		for _, d := range docs {
			c.Add(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/article")
}

// BenchmarkAddScaling adds n synthetic articles about n/4 unrelated
// stories: the cost per article should stay about flat as n grows.
func BenchmarkAddScaling(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		docs := make([]*litopys.Document, n)
		for i := range docs {
			s := i % (n / 4)
			text := ""
			for w := range 40 {
				text += fmt.Sprintf("w%dx%d ", s, (w*7+i)%60)
			}
			docs[i] = article(b, fmt.Sprint(i), "ru", "2020-01-01", text,
				fmt.Sprintf("PER-%d", s), fmt.Sprintf("ORG-%d", s), fmt.Sprintf("GPE-%d", s%20), "GPE-Russia")
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				c := New(Options{})
				for _, d := range docs {
					c.Add(d)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/article")
		})
	}
}

// BenchmarkChronology merges the dated events of the two seed articles.
func BenchmarkChronology(b *testing.B) {
	_, docs := analyze(b, sharedDir(b, "seeds/bsnlp"))
	for b.Loop() {
		Chronology(docs)
	}
}

// BenchmarkExtract reads the features of the analysed articles of the
// JSON-lines file LITOPYS_BENCH_DOCS names (`litopys analyze --format
// json`); ns/article is the cost of one Extract, which the stores run
// for every article they assign to a story.
func BenchmarkExtract(b *testing.B) {
	path := os.Getenv("LITOPYS_BENCH_DOCS")
	if path == "" {
		b.Skip("LITOPYS_BENCH_DOCS not set")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var docs []*litopys.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		d := new(litopys.Document)
		if err := json.Unmarshal(sc.Bytes(), d); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		b.Fatalf("%s: no documents", path)
	}
	for b.Loop() {
		for _, d := range docs {
			Extract(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/article")
}
