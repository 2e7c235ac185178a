package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/search"
)

var _ litopys.Reanalyzer = (*DB)(nil)

// Stale lists up to limit IDs, in order, of documents whose analyser is
// not analyser, after the ID after.
func (db *DB) Stale(ctx context.Context, analyser, after string, limit int) ([]string, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT id FROM documents WHERE id > ? AND analyser <> ? ORDER BY id LIMIT ?`, after, analyser, max(0, limit))
	if err != nil {
		return nil, fmt.Errorf("stale documents: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("stale documents: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
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
	st, err := db.writeStmts()
	if err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	defer tx.Rollback()
	blocks := blockEdits{}
	var rows layerRows
	var dwords int64
	for _, p := range ps {
		d := p.Doc
		var seq, blk int64
		var words int
		var meta, text []byte
		err := tx.QueryRowContext(ctx, `SELECT seq, blk, words, body, textz FROM documents WHERE id = ?`, d.ID).Scan(&seq, &blk, &words, &meta, &text)
		if errors.Is(err, sql.ErrNoRows) {
			return litopys.Errorf(litopys.ENOTFOUND, "replace document %q: not stored", d.ID)
		}
		if err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		old, err := db.codec.DecodeSplit(meta, text)
		if err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		oldTF, _ := search.Terms(old)
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET url = ?, outlet = ?, lang = ?, title = ?, published = ?, day = ?,
			analyser = ?, content_hash = ?, words = ?, body = ?, textz = ? WHERE seq = ?`,
			d.URL, d.Outlet, d.Lang, d.Title, d.Published.String(), p.Day, analyser, p.Hash, p.Words, p.Meta, p.Text, seq); err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		if err := deleteLayers(ctx, tx, seq, old); err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		rows.add(seq, d)
		if err := blocks.edit(ctx, tx, seq, blk, oldTF, p); err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		dwords += int64(p.Words - words)
	}
	if err := rows.write(ctx, tx, st); err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	if err := blocks.write(ctx, tx, st.postings); err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stats SET words = words + ? WHERE id = 1`, dwords); err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	return nil
}

// deleteLayers deletes the layer rows of the stored document seq, old.
func deleteLayers(ctx context.Context, tx *sql.Tx, seq int64, old *litopys.Document) error {
	for _, m := range body.MentionCounts(old, nil) {
		if _, err := tx.ExecContext(ctx, `DELETE FROM doc_entities WHERE entity = ? AND doc = ?`, m.Entity, seq); err != nil {
			return err
		}
	}
	for _, table := range []string{"events", "attributions"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE doc = ?`, seq); err != nil {
			return err
		}
	}
	return nil
}

// blockKey names a block of postings.
type blockKey struct {
	term string
	blk  int64
}

// blockEdits holds the blocks a replacement changes, read once and
// written back at the end.
type blockEdits map[blockKey][]search.Posting

// edit replaces, in the blocks keyed blk, the postings of the document seq
// (whose terms were oldTF) by those of p.
func (e blockEdits) edit(ctx context.Context, tx *sql.Tx, seq, blk int64, oldTF map[string]int, p body.Prepared) error {
	terms := make(map[string]bool, len(oldTF)+len(p.TF))
	for t := range oldTF {
		terms[t] = true
	}
	for t := range p.TF {
		terms[t] = true
	}
	for t := range terms {
		k := blockKey{t, blk}
		ps, ok := e[k]
		if !ok {
			var data []byte
			err := tx.QueryRowContext(ctx, `SELECT data FROM postings WHERE term = ? AND blk = ?`, t, blk).Scan(&data)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if data != nil {
				if ps, err = search.DecodeBlock(nil, data); err != nil {
					return fmt.Errorf("term %q: %w", t, err)
				}
			}
		}
		var np *search.Posting
		if f, ok := p.TF[t]; ok {
			np = &search.Posting{Doc: seq, TF: int32(f), Len: int32(p.Words), Day: p.Day}
		}
		e[k] = search.Edit(ps, seq, np)
	}
	return nil
}

// write stores the edited blocks, deleting those left empty.
func (e blockEdits) write(ctx context.Context, tx *sql.Tx, postings *inserter) error {
	var flat []any
	for k, ps := range e {
		if len(ps) == 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM postings WHERE term = ? AND blk = ?`, k.term, k.blk); err != nil {
				return fmt.Errorf("postings: %w", err)
			}
			continue
		}
		flat = append(flat, k.term, k.blk, len(ps), search.EncodeBlock(nil, ps))
	}
	if err := postings.exec(ctx, tx, flat); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	return nil
}
