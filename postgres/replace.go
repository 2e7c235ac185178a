package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/search"
)

var _ litopys.Reanalyzer = (*DB)(nil)

// Stale lists up to limit IDs, in order, of documents whose analyser is
// not analyser, after the ID after.
func (db *DB) Stale(ctx context.Context, analyser, after string, limit int) ([]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT id FROM documents WHERE id > $1 AND analyser <> $2 ORDER BY id LIMIT $3`, clean(after), clean(analyser), max(0, limit))
	if err != nil {
		return nil, fmt.Errorf("stale documents: %w", err)
	}
	out, err := pgx.AppendRows([]string{}, rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("stale documents: %w", err)
	}
	return out, nil
}

// ReplaceDocuments stores docs in place of the stored documents with their
// IDs, in one transaction: each keeps its row number (so the story log and
// the postings' blocks still find it), its layers are written anew and its
// postings are rewritten in the blocks that hold them.
func (db *DB) ReplaceDocuments(ctx context.Context, docs []*litopys.Document, analyser string) error {
	ps, err := db.codec.Prepare(docs)
	if err != nil {
		return err
	}
	err = db.retry(ctx, func(tx pgx.Tx) error { return db.replace(ctx, tx, ps, clean(analyser)) }, func() {})
	if err != nil && litopys.ErrorCode(err) != litopys.ENOTFOUND {
		return fmt.Errorf("replace documents: %w", err)
	}
	return err
}

func (db *DB) replace(ctx context.Context, tx pgx.Tx, ps []body.Prepared, analyser string) error {
	edits := map[blockKey]*blockEdit{}
	var lr layerRows
	var dwords int64
	for _, i := range idOrder(ps) {
		p := ps[i]
		d := p.Doc
		var seq, blk int64
		var words int32
		var meta, text []byte
		err := tx.QueryRow(ctx, `SELECT seq, blk, words, body, textz FROM documents WHERE id = $1 FOR UPDATE`, clean(d.ID)).Scan(&seq, &blk, &words, &meta, &text)
		if errors.Is(err, pgx.ErrNoRows) {
			return litopys.Errorf(litopys.ENOTFOUND, "replace document %q: not stored", d.ID)
		}
		if err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		old, err := db.codec.DecodeSplit(meta, text)
		if err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		oldTF, _ := search.Terms(old)
		if _, err := tx.Exec(ctx, `UPDATE documents SET url = $1, outlet = $2, lang = $3, title = $4, published = $5, day = $6,
			analyser = $7, content_hash = $8, words = $9, body = $10, textz = $11 WHERE seq = $12`,
			clean(d.URL), clean(d.Outlet), clean(d.Lang), clean(d.Title), d.Published.String(), p.Day, analyser, p.Hash, p.Words, p.Meta, p.Text, seq); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if err := deleteLayers(ctx, tx, seq, old); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		lr.add(seq, d)
		for t := range oldTF {
			edits[blockKey{t, blk}] = edits[blockKey{t, blk}].with(seq, nil)
		}
		for t, f := range p.TF {
			edits[blockKey{t, blk}] = edits[blockKey{t, blk}].with(seq, &search.Posting{Doc: seq, TF: int32(f), Len: int32(p.Words), Day: p.Day})
		}
		dwords += int64(p.Words) - int64(words)
	}
	if err := lr.write(ctx, tx); err != nil {
		return err
	}
	if err := writeEdits(ctx, tx, edits); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE stats SET words = words + $1 WHERE id = 1`, dwords)
	return err
}

// deleteLayers deletes the layer rows of the stored document seq, old.
func deleteLayers(ctx context.Context, tx pgx.Tx, seq int64, old *litopys.Document) error {
	var entities []string
	for _, m := range body.MentionCounts(old, clean) {
		entities = append(entities, m.Entity)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM doc_entities WHERE entity = ANY($1) AND doc = $2`, entities, seq); err != nil {
		return fmt.Errorf("doc_entities: %w", err)
	}
	for _, table := range []string{"events", "attributions"} {
		if _, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE doc = $1`, seq); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	return nil
}

// blockKey names a block of postings.
type blockKey struct {
	term string
	blk  int64
}

// blockEdit is what a replacement does to one block: per document, its new
// posting or nil to remove it, in the order given.
type blockEdit struct {
	docs []int64
	put  []*search.Posting
}

func (e *blockEdit) with(doc int64, p *search.Posting) *blockEdit {
	if e == nil {
		e = &blockEdit{}
	}
	e.docs, e.put = append(e.docs, doc), append(e.put, p)
	return e
}

// writeEdits reads the edited blocks (locking them in the order of their
// keys), applies the edits and writes them back, deleting blocks left
// empty.
func writeEdits(ctx context.Context, tx pgx.Tx, edits map[blockKey]*blockEdit) error {
	keys := slices.SortedFunc(maps.Keys(edits), func(x, y blockKey) int {
		return cmp.Or(cmp.Compare(x.term, y.term), cmp.Compare(x.blk, y.blk))
	})
	terms, blks := make([]string, len(keys)), make([]int64, len(keys))
	for i, k := range keys {
		terms[i], blks[i] = k.term, k.blk
	}
	rows, err := tx.Query(ctx, `SELECT p.term, p.blk, p.data FROM postings p
		JOIN unnest($1::text[], $2::bigint[]) AS k(term, blk) ON p.term = k.term AND p.blk = k.blk
		ORDER BY p.term, p.blk FOR UPDATE OF p`, terms, blks)
	if err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	stored := map[blockKey][]byte{}
	for rows.Next() {
		var k blockKey
		var data []byte
		if err := rows.Scan(&k.term, &k.blk, &data); err != nil {
			rows.Close()
			return fmt.Errorf("postings: %w", err)
		}
		stored[k] = data
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	var up, gone struct {
		terms []string
		blks  []int64
		ns    []int32
		data  [][]byte
	}
	for _, k := range keys {
		var ps []search.Posting
		if data, ok := stored[k]; ok {
			if ps, err = search.DecodeBlock(nil, data); err != nil {
				return fmt.Errorf("term %q: %w", k.term, err)
			}
		}
		e := edits[k]
		for i, doc := range e.docs {
			ps = search.Edit(ps, doc, e.put[i])
		}
		if len(ps) == 0 {
			gone.terms, gone.blks = append(gone.terms, k.term), append(gone.blks, k.blk)
			continue
		}
		up.terms, up.blks = append(up.terms, k.term), append(up.blks, k.blk)
		up.ns, up.data = append(up.ns, int32(len(ps))), append(up.data, search.EncodeBlock(nil, ps))
	}
	if _, err := tx.Exec(ctx, `DELETE FROM postings p USING unnest($1::text[], $2::bigint[]) AS k(term, blk)
		WHERE p.term = k.term AND p.blk = k.blk`, gone.terms, gone.blks); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO postings (term, blk, n, data)
		SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::bytea[])
		ON CONFLICT (term, blk) DO UPDATE SET n = excluded.n, data = excluded.data`, up.terms, up.blks, up.ns, up.data); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	return nil
}
