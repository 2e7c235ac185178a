package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/litopys/litopys/sqlite"
	"github.com/litopys/litopys/storetest"
)

func openBench(b *testing.B, path string) *sqlite.DB {
	b.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkPutDocument stores one article per transaction.
func BenchmarkPutDocument(b *testing.B) {
	storetest.BenchmarkPut(b, openBench(b, filepath.Join(b.TempDir(), "b.db")), 1)
}

// BenchmarkPutDocuments stores 32 articles per transaction, as "litopys
// ingest" does; ns/op is per article.
func BenchmarkPutDocuments(b *testing.B) {
	storetest.BenchmarkPut(b, openBench(b, filepath.Join(b.TempDir(), "b.db")), 32)
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
