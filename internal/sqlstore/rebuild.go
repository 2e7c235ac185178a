package sqlstore

import (
	"context"
	"fmt"

	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/search"
)

// rebuildChunk is the number of documents the index rebuild reads at a
// time; each chunk becomes one block per term.
const rebuildChunk = 256

// RebuildIndex is the Go step of migration 0002, in the migration's
// transaction q: it reads every stored document in order, writes its
// postings as blocks (one per term and chunk of documents, with the
// backend's blocks), stores its text apart from its body (update), and
// drops the text column the documents no longer need.
func RebuildIndex(ctx context.Context, q Querier, c *body.Codec,
	update func(meta, text []byte, blk, seq int64) error, blocks func(blk int64, b *search.Batch) error) error {
	type stored struct {
		seq  int64
		day  int32
		body []byte
	}
	for after := int64(0); ; {
		var chunk []stored
		var s stored
		if err := Each(ctx, q, `SELECT seq, day, body FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`, []any{after, rebuildChunk},
			[]any{&s.seq, &s.day, &s.body}, func() error {
				chunk = append(chunk, s)
				return nil
			}); err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		if len(chunk) == 0 {
			break
		}
		blk := chunk[0].seq
		var b search.Batch
		for _, s := range chunk {
			doc, err := c.Decode(s.body)
			if err != nil {
				return fmt.Errorf("rebuild index: document %d: %w", s.seq, err)
			}
			meta, text, err := c.EncodeSplit(doc)
			if err != nil {
				return fmt.Errorf("rebuild index: document %d: %w", s.seq, err)
			}
			if err := update(meta, text, blk, s.seq); err != nil {
				return fmt.Errorf("rebuild index: document %d: %w", s.seq, err)
			}
			tf, words := search.Terms(doc)
			b.Add(s.seq, tf, words, s.day)
		}
		if err := blocks(blk, &b); err != nil {
			return fmt.Errorf("rebuild index: %w", err)
		}
		after = chunk[len(chunk)-1].seq
	}
	if err := q.Exec(ctx, `ALTER TABLE documents DROP COLUMN text`); err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	return nil
}
