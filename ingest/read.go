package ingest

import (
	"context"
	"io"
	"iter"
	"sync"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/input"
)

// Read reads the arguments of a command in order: URLs are downloaded by f
// (a feed item by item), everything else — files, folders, "-" for stdin —
// is read by package input with opt.
func Read(ctx context.Context, args []string, stdin io.Reader, opt input.Options, f *Fetcher) iter.Seq[input.Record] {
	return func(yield func(input.Record) bool) {
		for _, a := range args {
			var recs iter.Seq[input.Record]
			if IsURL(a) {
				recs = f.Records(ctx, a)
			} else {
				recs = input.Read(ctx, []string{a}, stdin, opt)
			}
			for rec := range recs {
				if !yield(rec) {
					return
				}
			}
			if ctx.Err() != nil {
				return
			}
		}
	}
}

// Size is the bytes of the inputs named by args when all are files or
// directories, else 0 (unknown: standard input, URLs).
func Size(args []string) int64 {
	for _, a := range args {
		if IsURL(a) {
			return 0
		}
	}
	n, known := input.Size(args)
	if !known {
		return 0
	}
	return n
}

// Shared lets goroutines (a worker's handlers) share one polite Fetcher:
// one download at a time, the pause per host kept across them.
type Shared struct {
	mu sync.Mutex
	f  *Fetcher
}

// NewShared shares f.
func NewShared(f *Fetcher) *Shared { return &Shared{f: f} }

// Records downloads the articles of u, as Fetcher.Records, holding the
// Fetcher until all are read. A record without a publication date takes
// published and its source (the date a queued item carries).
func (s *Shared) Records(ctx context.Context, u string, published litopys.Date, source string) iter.Seq[input.Record] {
	s.mu.Lock()
	var recs []input.Record
	for rec := range s.f.Records(ctx, u) {
		if rec.Published.IsZero() {
			rec.Published, rec.PublishedSource = published, source
		}
		recs = append(recs, rec)
	}
	s.mu.Unlock()
	return func(yield func(input.Record) bool) {
		for _, rec := range recs {
			if !yield(rec) {
				return
			}
		}
	}
}
