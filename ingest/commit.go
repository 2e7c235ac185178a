package ingest

import (
	"context"
	"time"

	"github.com/litopys/litopys"
)

// Result is what became of one document given to Commit or Replace.
type Result struct {
	// Added is false when the store held the document already (and
	// always for Replace).
	Added bool
	// Err says why the document was not stored.
	Err error
	// Took is the time of the transaction that stored the document, or
	// tried to: the batch's, or the document's own when it was retried.
	Took time.Duration
}

// Commit stores docs in one transaction (PutDocuments) under the analysers'
// version. When that fails it stores them one by one (PutDocument), so that
// one bad document fails alone and the others are stored. It returns the
// outcome of each document, in order; the error is ctx's when ctx ended
// while the batch was written, and then nothing was retried.
func Commit(ctx context.Context, s litopys.Store, version string, docs []*litopys.Document) ([]Result, error) {
	return commit(ctx, docs,
		func(docs []*litopys.Document) ([]bool, error) { return s.PutDocuments(ctx, docs, version) },
		func(d *litopys.Document) (bool, error) { return s.PutDocument(ctx, d, version) })
}

// Replace puts docs in place of the stored documents of the same ids
// (ReplaceDocuments) as Commit stores them: in one transaction, and when
// that fails each alone, so that one document that cannot be replaced
// fails alone.
func Replace(ctx context.Context, re litopys.Reanalyzer, version string, docs []*litopys.Document) ([]Result, error) {
	replace := func(docs []*litopys.Document) ([]bool, error) {
		return make([]bool, len(docs)), re.ReplaceDocuments(ctx, docs, version)
	}
	return commit(ctx, docs, replace, func(d *litopys.Document) (bool, error) {
		_, err := replace([]*litopys.Document{d})
		return false, err
	})
}

// commit writes docs with all, and when that fails each with one.
func commit(ctx context.Context, docs []*litopys.Document, all func([]*litopys.Document) ([]bool, error), one func(*litopys.Document) (bool, error)) ([]Result, error) {
	res := make([]Result, len(docs))
	if len(docs) == 0 {
		return res, nil
	}
	start := time.Now()
	added, err := all(docs)
	took := time.Since(start)
	if err == nil {
		for i := range res {
			res[i] = Result{Added: added[i], Took: took}
		}
		return res, nil
	}
	if ctx.Err() != nil {
		for i := range res {
			res[i] = Result{Err: err, Took: took}
		}
		return res, ctx.Err()
	}
	for i, d := range docs {
		start := time.Now()
		a, err := one(d)
		res[i] = Result{Added: a, Err: err, Took: time.Since(start)}
	}
	return res, nil
}
