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
	"github.com/litopys/litopys/internal/storyrm"
	"github.com/litopys/litopys/search"
)

var _ litopys.Reanalyzer = (*DB)(nil)

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
	var wants []want
	var lr layerRows
	var dwords int64
	var olds, news []*litopys.Document
	for _, i := range idOrder(ps) {
		p := ps[i]
		d := p.Doc
		var seq int64
		var words int32
		var meta, text []byte
		err := tx.QueryRow(ctx, `SELECT seq, words, body, textz FROM documents WHERE id = $1 FOR UPDATE`, clean(d.ID)).Scan(&seq, &words, &meta, &text)
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
		olds, news = append(olds, old), append(news, d)
		oldTF, _ := search.Terms(old)
		if _, err := tx.Exec(ctx, `UPDATE documents SET url = $1, outlet = $2, lang = $3, title = $4, published = $5, day = $6,
			analyser = $7, content_hash = $8, words = $9, body = $10, textz = $11 WHERE seq = $12`,
			clean(d.URL), clean(d.Outlet), clean(d.Lang), clean(d.Title), d.Published.String(), p.Day, analyser, p.Hash, p.Words, p.Meta, p.Text, seq); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE story_log SET events = $1 WHERE doc = $2`, storyrm.EncodeEvents(d), clean(d.ID)); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if err := deleteLayers(ctx, tx, seq, old); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		lr.add(seq, d)
		for t := range oldTF {
			if _, ok := p.TF[t]; !ok {
				wants = append(wants, want{term: t, doc: seq, had: true})
			}
		}
		for t, f := range p.TF {
			_, had := oldTF[t]
			wants = append(wants, want{term: t, doc: seq, had: had, put: &search.Posting{Doc: seq, TF: int32(f), Len: int32(p.Words), Day: p.Day}})
		}
		dwords += int64(p.Words) - int64(words)
	}
	if err := lr.write(ctx, tx); err != nil {
		return err
	}
	edits, err := placeEdits(ctx, tx, wants)
	if err != nil {
		return err
	}
	if err := writeEdits(ctx, tx, edits); err != nil {
		return err
	}
	if _, err = tx.Exec(ctx, `UPDATE stats SET words = words + $1 WHERE id = 1`, dwords); err != nil {
		return err
	}
	return reobserve(ctx, tx, olds, news)
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

// want is a change to a document's posting of a term: put is its new
// posting, or nil to remove it; had tells whether the document had the
// term.
type want struct {
	term string
	doc  int64
	had  bool
	put  *search.Posting
}

// blockEdit is what a replacement does to one block: the changes in the
// order given; found tells whether the block was stored when the changes
// were placed.
type blockEdit struct {
	wants []want
	found bool
}

// placeEdits finds the block of each change: the term's block with the
// greatest key up to the document, which holds its posting unless
// concurrent batches interleaved their row numbers (writeEdits looks
// further then), or a new block keyed by the document when the term has
// none below it.
func placeEdits(ctx context.Context, tx pgx.Tx, wants []want) (map[blockKey]*blockEdit, error) {
	slices.SortStableFunc(wants, func(x, y want) int { return cmp.Or(cmp.Compare(x.term, y.term), cmp.Compare(x.doc, y.doc)) })
	terms, docs := make([]string, len(wants)), make([]int64, len(wants))
	for i, w := range wants {
		terms[i], docs[i] = w.term, w.doc
	}
	rows, err := tx.Query(ctx, `SELECT k.i, p.blk FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS k(term, doc, i)
		LEFT JOIN LATERAL (SELECT blk FROM postings WHERE term = k.term AND blk <= k.doc ORDER BY blk DESC LIMIT 1) p ON true`, terms, docs)
	if err != nil {
		return nil, fmt.Errorf("postings: %w", err)
	}
	found := make([]*int64, len(wants))
	for rows.Next() {
		var i int64
		var blk *int64
		if err := rows.Scan(&i, &blk); err != nil {
			rows.Close()
			return nil, fmt.Errorf("postings: %w", err)
		}
		found[i-1] = blk
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postings: %w", err)
	}
	edits := map[blockKey]*blockEdit{}
	var made int64 // the last new block of the term, by wants' order
	for i, w := range wants {
		if i == 0 || w.term != wants[i-1].term {
			made = 0
		}
		k, stored := blockKey{w.term, w.doc}, false
		if found[i] != nil {
			k.blk, stored = *found[i], true
		}
		if made != 0 && made <= w.doc && (!stored || made > k.blk) {
			k.blk, stored = made, false
		}
		e := edits[k]
		if e == nil {
			e = &blockEdit{found: stored}
			edits[k] = e
			if !stored {
				made = k.blk
			}
		}
		e.wants = append(e.wants, w)
	}
	return edits, nil
}

// errMoved is returned, and the transaction retried, when a block placed
// for an edit was merged away before it was locked.
var errMoved = errors.New("postgres: a block of postings was merged away while being edited")

// writeEdits reads the edited blocks (locking them in the order of their
// keys), applies the edits and writes them back, deleting blocks left
// empty. A document's old posting that is not in its block is looked for
// in the term's earlier blocks.
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
	blocks := map[blockKey][]search.Posting{}
	fresh := map[blockKey]bool{} // blocks this replacement creates
	type miss struct {
		w      want
		placed int64
	}
	var misses []miss
	for _, k := range keys {
		e := edits[k]
		var ps []search.Posting
		data, ok := stored[k]
		if e.found && !ok {
			return errMoved
		}
		if ok {
			if ps, err = search.DecodeBlock(nil, data); err != nil {
				return fmt.Errorf("term %q: %w", k.term, err)
			}
		} else {
			fresh[k] = true
		}
		for _, w := range e.wants {
			if w.had && !hasDoc(ps, w.doc) {
				misses = append(misses, miss{w, k.blk})
			}
			ps = search.Edit(ps, w.doc, w.put)
		}
		blocks[k] = ps
	}
	for _, m := range misses {
		if err := removeElsewhere(ctx, tx, blocks, m.w, m.placed); err != nil {
			return err
		}
	}
	type blockRows struct {
		terms []string
		blks  []int64
		ns    []int32
		data  [][]byte
	}
	var up, made, gone blockRows
	for _, k := range slices.SortedFunc(maps.Keys(blocks), func(x, y blockKey) int {
		return cmp.Or(cmp.Compare(x.term, y.term), cmp.Compare(x.blk, y.blk))
	}) {
		ps := blocks[k]
		switch {
		case len(ps) == 0 && !fresh[k]:
			gone.terms, gone.blks = append(gone.terms, k.term), append(gone.blks, k.blk)
		case len(ps) > 0:
			r := &up
			if fresh[k] {
				r = &made
			}
			r.terms, r.blks = append(r.terms, k.term), append(r.blks, k.blk)
			r.ns, r.data = append(r.ns, int32(len(ps))), append(r.data, search.EncodeBlock(nil, ps))
		}
	}
	if _, err := tx.Exec(ctx, `DELETE FROM postings p USING unnest($1::text[], $2::bigint[]) AS k(term, blk)
		WHERE p.term = k.term AND p.blk = k.blk`, gone.terms, gone.blks); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE postings p SET n = k.n, data = k.data
		FROM unnest($1::text[], $2::bigint[], $3::int[], $4::bytea[]) AS k(term, blk, n, data)
		WHERE p.term = k.term AND p.blk = k.blk`, up.terms, up.blks, up.ns, up.data); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	// A new block whose key another writer took meanwhile (a merge) would
	// overwrite that block: the transaction is retried instead.
	tag, err := tx.Exec(ctx, `INSERT INTO postings (term, blk, n, data)
		SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::bytea[])
		ON CONFLICT (term, blk) DO NOTHING`, made.terms, made.blks, made.ns, made.data)
	if err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if tag.RowsAffected() != int64(len(made.terms)) {
		return errMoved
	}
	return nil
}

// removeElsewhere removes the old posting of w's document, which is not
// in the block its change was placed in (keyed placed), from the term's
// block below that holds it, reading and locking that block into blocks
// when it is not there yet. A posting found nowhere has nothing to remove.
func removeElsewhere(ctx context.Context, tx pgx.Tx, blocks map[blockKey][]search.Posting, w want, placed int64) error {
	rows, err := tx.Query(ctx, `SELECT blk, data FROM postings WHERE term = $1 AND blk < $2 ORDER BY blk DESC`, w.term, placed)
	if err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	k := blockKey{term: w.term}
	found := false
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&k.blk, &data); err != nil {
			rows.Close()
			return fmt.Errorf("postings: %w", err)
		}
		ps, ok := blocks[k]
		if !ok {
			if ps, err = search.DecodeBlock(nil, data); err != nil {
				rows.Close()
				return fmt.Errorf("term %q: %w", k.term, err)
			}
		}
		if found = hasDoc(ps, w.doc); found {
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || !found {
		return err
	}
	ps, ok := blocks[k]
	if !ok {
		// Lock the block and read it again: it may have changed since.
		var data []byte
		err := tx.QueryRow(ctx, `SELECT data FROM postings WHERE term = $1 AND blk = $2 FOR UPDATE`, k.term, k.blk).Scan(&data)
		if errors.Is(err, pgx.ErrNoRows) {
			return errMoved
		}
		if err != nil {
			return fmt.Errorf("postings: %w", err)
		}
		if ps, err = search.DecodeBlock(nil, data); err != nil {
			return fmt.Errorf("term %q: %w", k.term, err)
		}
	}
	blocks[k] = search.Edit(ps, w.doc, nil)
	return nil
}

// hasDoc reports whether ps (sorted by document) has a posting of doc.
func hasDoc(ps []search.Posting, doc int64) bool {
	_, ok := slices.BinarySearchFunc(ps, doc, func(p search.Posting, d int64) int { return cmp.Compare(p.Doc, d) })
	return ok
}
