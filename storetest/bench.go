package storetest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/pipeline"
)

// Seeds returns the two seed articles (ru and uk, 7 and 5 KB of text)
// analysed by the pipeline.
func Seeds(tb testing.TB) []*litopys.Document {
	tb.Helper()
	return newFixture(tb).seeds
}

// CorpusEnv names a file of analysed documents, one JSON object a line
// ("litopys analyze --format json"), that BenchmarkPutCorpus stores.
const CorpusEnv = "LITOPYS_BENCH_DOCS"

// BatchEnv, when set, is the number of documents BenchmarkPutCorpus stores
// to a transaction instead of the one it is given.
const BatchEnv = "LITOPYS_BENCH_BATCH"

// BenchmarkPutCorpus stores the documents of the file CorpusEnv names, in
// order, batch to a transaction, as "litopys ingest" does; ns/op is per
// article. With -benchtime Nx for N documents of the file it stores each
// once (past the end it starts over under new IDs). It is skipped when
// CorpusEnv is not set.
func BenchmarkPutCorpus(b *testing.B, s litopys.Store, batch int) {
	path := os.Getenv(CorpusEnv)
	if path == "" {
		b.Skip(CorpusEnv + " not set")
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
	if err := sc.Err(); err != nil || len(docs) == 0 {
		b.Fatalf("%s: %d documents, %v", path, len(docs), err)
	}
	if n, err := strconv.Atoi(os.Getenv(BatchEnv)); err == nil && n > 0 {
		batch = n
	}
	w := batchWriter{s: s, size: batch}
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		if i >= len(docs) {
			c := *d
			c.ID = fmt.Sprintf("%s-%d", d.ID, i/len(docs))
			d = &c
		}
		i++
		w.add(b, d)
	}
	w.flush(b)
}

// batchWriter stores documents size to a transaction.
type batchWriter struct {
	s       litopys.Store
	size    int
	pending []*litopys.Document
}

func (w *batchWriter) add(b *testing.B, d *litopys.Document) {
	w.pending = append(w.pending, d)
	if len(w.pending) >= w.size {
		w.flush(b)
	}
}

func (w *batchWriter) flush(b *testing.B) {
	if len(w.pending) == 0 {
		return
	}
	if _, err := w.s.PutDocuments(context.Background(), w.pending, pipeline.Version); err != nil {
		b.Fatal(err)
	}
	w.pending = w.pending[:0]
}

// BenchmarkPut stores real-size analysed articles (the seeds under new
// IDs), batch to a transaction (1: PutDocument); ns/op is per article.
func BenchmarkPut(b *testing.B, s litopys.Store, batch int) {
	ctx := context.Background()
	docs := Seeds(b)
	if n, err := strconv.Atoi(os.Getenv(BatchEnv)); err == nil && n > 0 {
		batch = n
	}
	w := batchWriter{s: s, size: batch}
	i := 0
	for b.Loop() {
		d := *docs[i%len(docs)]
		d.ID = fmt.Sprintf("bench-%d-%d", time.Now().UnixNano(), i)
		i++
		if batch <= 1 {
			if _, err := s.PutDocument(ctx, &d, pipeline.Version); err != nil {
				b.Fatal(err)
			}
			continue
		}
		w.add(b, &d)
	}
	w.flush(b)
}

// BenchQueries are the searches BenchmarkSearch times.
var BenchQueries = []litopys.Query{
	{Text: "Блинкена"},
	{Text: "Ким Чен Ын"},
	{Text: "Северная Корея", Lang: "uk"},
	{Text: "переговоры в Сеуле"},
	{Text: "Путин", Limit: 20},
	{Text: "Зеленского"},
	{Text: "бюджет на следующий год"},
	{Text: "санкции против России", Offset: 10},
}

// Fill stores n copies of the seeds under new IDs, 32 to a transaction.
func Fill(tb testing.TB, s litopys.Store, n int) {
	tb.Helper()
	docs := Seeds(tb)
	var batch []*litopys.Document
	for i := range n {
		d := *docs[i%len(docs)]
		d.ID = fmt.Sprintf("fill-%d", i)
		batch = append(batch, &d)
		if len(batch) == 32 || i == n-1 {
			if _, err := s.PutDocuments(context.Background(), batch, pipeline.Version); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
}

// BenchmarkSearch runs BenchQueries in turn against s and reports the
// median and 99th percentile latency.
func BenchmarkSearch(b *testing.B, s litopys.Store) {
	ctx := context.Background()
	if _, err := s.Search(ctx, BenchQueries[0]); err != nil { // load the analyser
		b.Fatal(err)
	}
	var took []time.Duration
	i := 0
	for b.Loop() {
		t0 := time.Now()
		if _, err := s.Search(ctx, BenchQueries[i%len(BenchQueries)]); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(t0))
		i++
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
}
