package postgres_test

import (
	"testing"

	"github.com/litopys/litopys/storetest"
	"github.com/litopys/litopys/story"
)

// BenchmarkPutDocument stores one article per transaction.
func BenchmarkPutDocument(b *testing.B) {
	db, _ := openSchema(b)
	db.SetStories(story.NewLog(story.Options{}))
	storetest.BenchmarkPut(b, db, 1)
}

// BenchmarkPutDocuments stores 32 articles per transaction; ns/op is per
// article.
func BenchmarkPutDocuments(b *testing.B) {
	db, _ := openSchema(b)
	db.SetStories(story.NewLog(story.Options{}))
	storetest.BenchmarkPut(b, db, 32)
}

// BenchmarkPutCorpus stores the analysed articles of the file
// LITOPYS_BENCH_DOCS names, 512 to a transaction as "litopys ingest" does
// (ingest.BatchSize; LITOPYS_BENCH_BATCH sets another); ns/op is per
// article.
func BenchmarkPutCorpus(b *testing.B) {
	db, _ := openSchema(b)
	db.SetStories(story.NewLog(story.Options{}))
	storetest.BenchmarkPutCorpus(b, db, 512)
}

// BenchmarkSearch searches 1,000 copies of the seeds.
func BenchmarkSearch(b *testing.B) {
	db, _ := openSchema(b)
	storetest.Fill(b, db, 1000)
	storetest.BenchmarkSearch(b, db)
}
