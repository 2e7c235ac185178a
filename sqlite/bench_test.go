package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/storetest"
	"github.com/litopys/litopys/story"
)

func openBench(b *testing.B, path string) *sqlite.DB {
	b.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	db.SetStories(story.NewLog(story.Options{}))
	return db
}

// BenchmarkPutDocument stores one article per transaction.
func BenchmarkPutDocument(b *testing.B) {
	storetest.BenchmarkPut(b, openBench(b, filepath.Join(b.TempDir(), "b.db")), 1)
}

// BenchmarkPutDocuments stores 32 articles per transaction, as "litopys
// ingest" does; ns/op is per article, B/doc the file's size per article.
func BenchmarkPutDocuments(b *testing.B) {
	benchPut(b, 32)
}

// BenchmarkPutDocuments256 stores 256 articles per transaction.
func BenchmarkPutDocuments256(b *testing.B) {
	benchPut(b, 256)
}

// BenchmarkPutCorpus stores the analysed articles of the file
// LITOPYS_BENCH_DOCS names, 512 to a transaction as "litopys ingest" does
// (ingest.BatchSize; LITOPYS_BENCH_BATCH sets another); ns/op is per
// article.
func BenchmarkPutCorpus(b *testing.B) {
	storetest.BenchmarkPutCorpus(b, openBench(b, filepath.Join(b.TempDir(), "b.db")), 512)
}

func benchPut(b *testing.B, batch int) {
	path := filepath.Join(b.TempDir(), "b.db")
	db := openBench(b, path)
	storetest.BenchmarkPut(b, db, batch)
	n, err := db.Count(context.Background())
	if err != nil || n == 0 {
		b.Fatalf("count %d, %v", n, err)
	}
	if _, err := db.Checkpoint(context.Background()); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(fi.Size())/float64(n), "B/doc")
}

// BenchmarkSearch searches LITOPYS_BENCH_DB when set (a store made by
// "litopys ingest"), else 1,000 copies of the seeds — the worst case, where
// every document matches.
func BenchmarkSearch(b *testing.B) {
	path := os.Getenv("LITOPYS_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "b.db")
		storetest.Fill(b, openBench(b, path), 1000)
	}
	storetest.BenchmarkSearch(b, openBench(b, path))
}
