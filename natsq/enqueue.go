package natsq

import (
	"context"
	"io"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/ingest"
	"github.com/litopys/litopys/input"
)

// Publisher is what Enqueue publishes to; *Queue is one.
type Publisher interface {
	Publish(ctx context.Context, it Item) (added bool, err error)
}

// Enqueued counts the outcomes of Enqueue.
type Enqueued struct {
	Queued    int // new items
	Duplicate int // items the queue holds already (the same content)
	Failed    int // inputs that could not be read or queued
}

// EnqueueHooks are told of what Enqueue does; each may be nil.
type EnqueueHooks struct {
	// Skipped is told of an input that is not an article (a file of a
	// kind litopys does not read, met in a directory walk), as analyze
	// skips it.
	Skipped func(source string, err error)
	// Failed is told of an input that could not be read, or that the
	// queue refused.
	Failed func(source string, err error)
	// Progress is told of the totals after each input.
	Progress func(Enqueued)
}

// Enqueue queues the inputs args name for workers instead of analysing
// them here: files, directories and stdin are read with opt and sent whole
// as document items, URLs are sent as URL items for a worker to download
// (a feed is expanded by the worker that gets it). An input that fails
// does not stop the others; the error is ctx's when it ended.
func Enqueue(ctx context.Context, p Publisher, args []string, stdin io.Reader, opt input.Options, h EnqueueHooks) (Enqueued, error) {
	var tot Enqueued
	failed := func(source string, err error) {
		tot.Failed++
		if h.Failed != nil {
			h.Failed(source, err)
		}
	}
	progress := func() {
		if h.Progress != nil {
			h.Progress(tot)
		}
	}
	publish := func(it Item) error {
		defer progress()
		added, err := p.Publish(ctx, it)
		switch {
		case err != nil && ctx.Err() != nil:
			return ctx.Err()
		case err != nil:
			failed(it.Name(), err)
		case added:
			tot.Queued++
		default:
			tot.Duplicate++
		}
		return nil
	}
	for _, a := range args {
		if ingest.IsURL(a) {
			if err := publish(Item{Kind: KindURL, URL: a, Published: opt.Published}); err != nil {
				return tot, err
			}
			continue
		}
		for rec := range input.Read(ctx, []string{a}, stdin, opt) {
			switch {
			case litopys.ErrorCode(rec.Err) == litopys.EUNSUPPORTED:
				if h.Skipped != nil {
					h.Skipped(rec.Source, rec.Err)
				}
			case rec.Err != nil:
				failed(rec.Source, rec.Err)
			default:
				if err := publish(FromRecord(rec)); err != nil {
					return tot, err
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return tot, err
		}
	}
	return tot, nil
}
