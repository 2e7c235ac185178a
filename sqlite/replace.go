package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/internal/storyrm"
	"github.com/litopys/litopys/search"
)

var _ litopys.Reanalyzer = (*DB)(nil)

// ReplaceDocuments stores docs in place of the stored documents with their
// IDs, in one transaction: each keeps its row number (so the story log and
// the postings' blocks still find it), its layers are written anew and its
// postings are rewritten in the blocks that hold them.
func (db *DB) ReplaceDocuments(ctx context.Context, docs []*litopys.Document, analyser string) (err error) {
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
	// Edits find a document's blocks in postings: move the staged ones
	// there first (reanalysis is rare and batched; a move is cheap beside it).
	defer func() {
		if err != nil {
			db.stage.forget()
		}
	}()
	if err := db.moveStaged(ctx, tx, st); err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	var blocks blockEdits
	var rows layerRows
	var dwords int64
	var olds []*litopys.Document
	for _, p := range ps {
		d := p.Doc
		var seq int64
		var words int
		var meta, text []byte
		err := tx.QueryRowContext(ctx, `SELECT seq, words, body, textz FROM documents WHERE id = ?`, d.ID).Scan(&seq, &words, &meta, &text)
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
		olds = append(olds, old)
		oldTF, _ := search.Terms(old)
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET url = ?, outlet = ?, lang = ?, title = ?, published = ?, day = ?,
			analyser = ?, content_hash = ?, words = ?, body = ?, textz = ? WHERE seq = ?`,
			d.URL, d.Outlet, d.Lang, d.Title, d.Published.String(), p.Day, analyser, p.Hash, p.Words, p.Meta, p.Text, seq); err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE story_log SET events = ? WHERE doc = ?`, storyrm.EncodeEvents(d), d.ID); err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		if err := deleteLayers(ctx, tx, seq, old); err != nil {
			return fmt.Errorf("replace document %s: %w", d.ID, err)
		}
		rows.add(seq, d)
		if err := blocks.edit(ctx, tx, seq, oldTF, p); err != nil {
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
	if err := db.reobserve(ctx, tx, olds, docs); err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace documents: %w", err)
	}
	db.stage.moved()
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
type blockEdits struct {
	blocks map[blockKey][]search.Posting
	// keys lists, by term, the keys of the blocks in blocks.
	keys map[string][]int64
}

// edit replaces the postings of the document seq (whose terms were oldTF)
// by those of p. A document's posting of a term is in the term's block
// with the greatest key up to seq: this writer's batches take increasing
// row numbers and blocks are merged only with their neighbours, so a
// term's blocks cover disjoint ranges. A term new to the document goes in
// that block too, or, when there is none, in a new block keyed seq.
func (e *blockEdits) edit(ctx context.Context, tx *sql.Tx, seq int64, oldTF map[string]int, p body.Prepared) error {
	if e.blocks == nil {
		e.blocks, e.keys = map[blockKey][]search.Posting{}, map[string][]int64{}
	}
	terms := make(map[string]bool, len(oldTF)+len(p.TF))
	for t := range oldTF {
		terms[t] = true
	}
	for t := range p.TF {
		terms[t] = true
	}
	for t := range terms {
		k, err := e.block(ctx, tx, t, seq)
		if err != nil {
			return err
		}
		var np *search.Posting
		if f, ok := p.TF[t]; ok {
			np = &search.Posting{Doc: seq, TF: int32(f), Len: int32(p.Words), Day: p.Day}
		}
		e.blocks[k] = search.Edit(e.blocks[k], seq, np)
	}
	return nil
}

// block returns the key of the block of term that holds, or is to hold,
// the posting of the document seq, reading it into e when it is not there.
func (e *blockEdits) block(ctx context.Context, tx *sql.Tx, term string, seq int64) (blockKey, error) {
	var blk int64
	var data []byte
	err := tx.QueryRowContext(ctx, `SELECT blk, data FROM postings WHERE term = ? AND blk <= ? ORDER BY blk DESC LIMIT 1`, term, seq).Scan(&blk, &data)
	found := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return blockKey{}, err
	}
	// A block this replacement made may be nearer.
	for _, k := range e.keys[term] {
		if k <= seq && (!found || k > blk) {
			blk, found, data = k, true, nil
		}
	}
	if !found {
		blk = seq
	}
	k := blockKey{term, blk}
	if _, ok := e.blocks[k]; ok {
		return k, nil
	}
	var ps []search.Posting
	if data != nil {
		if ps, err = search.DecodeBlock(nil, data); err != nil {
			return k, fmt.Errorf("term %q: %w", term, err)
		}
	}
	e.blocks[k] = ps
	e.keys[term] = append(e.keys[term], blk)
	return k, nil
}

// write stores the edited blocks, deleting those left empty.
func (e *blockEdits) write(ctx context.Context, tx *sql.Tx, postings *inserter) error {
	var flat []any
	for k, ps := range e.blocks {
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
