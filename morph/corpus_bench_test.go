package morph

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// newsSentences returns the sentences of the first n articles of the
// Russian news corpus in the shared data, as LemmaSentence takes them
// (words split from their punctuation; a sentence ends at . ! or ?), or
// skips when the corpus is absent.
func newsSentences(tb testing.TB, n int) [][]string {
	tb.Helper()
	f, err := os.Open("../../shared/data/news/ru_rt_ng.jsonl.gz")
	if err != nil {
		tb.Skipf("no news corpus: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	var out [][]string
	for i := 0; i < n && sc.Scan(); i++ {
		var rec struct {
			Text string `json:"content"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		var cur []string
		for _, w := range strings.Fields(rec.Text) {
			pre, core, post := trimPunct(w)
			for _, r := range pre {
				cur = append(cur, string(r))
			}
			if core != "" {
				cur = append(cur, core)
			}
			for _, r := range post {
				cur = append(cur, string(r))
				if r == '.' || r == '!' || r == '?' {
					out, cur = append(out, cur), nil
				}
			}
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out
}

// BenchmarkLemmaNews lemmatises 200 real news articles in context per
// iteration, each iteration with empty caches: on a corpus most of the
// time goes to the first sight of a word (resolve), which seed-sized
// benchmarks that repeat one article never show.
func BenchmarkLemmaNews(b *testing.B) {
	a := mustLoad(b)
	sents := newsSentences(b, 200)
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	var out []WordLemma
	for b.Loop() {
		a.caches = [2]*cache{newCache(), newCache()}
		if m := a.ctxModel("ru"); m != nil {
			m.verbs = &verbMemo{}
		}
		for _, s := range sents {
			out = a.LemmaSentence(s, "ru", out[:0])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/200/1e6, "ms/article")
	b.ReportMetric(float64(words), "words/op")
}
