package registry

import (
	"context"
	"fmt"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
)

// storedChunk is how many stored documents RegisterStored reads at a time.
const storedChunk = 256

// RegisterStored registers the entities of every document already stored
// (the Go step of the migration that made the registry, the same on both
// stores), oldest first, a chunk at a time; day is the day they are
// recorded as seen.
func RegisterStored(ctx context.Context, q Querier, codec *body.Codec, day string) error {
	for after := int64(0); ; {
		rows, err := q.Query(ctx, `SELECT seq, body, textz FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`, after, storedChunk)
		if err != nil {
			return fmt.Errorf("register entities: %w", err)
		}
		var docs []*litopys.Document
		for rows.Next() {
			var meta, text []byte
			if err := rows.Scan(&after, &meta, &text); err != nil {
				rows.Close()
				return fmt.Errorf("register entities: %w", err)
			}
			doc, err := codec.DecodeSplit(meta, text)
			if err != nil {
				rows.Close()
				return fmt.Errorf("register entities: document %d: %w", after, err)
			}
			docs = append(docs, doc)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("register entities: %w", err)
		}
		if len(docs) == 0 {
			return nil
		}
		if err := Observe(ctx, q, Default(), docs, day); err != nil {
			return fmt.Errorf("register entities: %w", err)
		}
	}
}
