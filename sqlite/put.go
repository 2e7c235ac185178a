package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/search"
	"github.com/litopys/litopys/translit"
)

// PutDocument stores doc and all its layers in one transaction; a document
// with the same ID already stored is left alone and added is false.
func (db *DB) PutDocument(ctx context.Context, doc *litopys.Document, analyser string) (added bool, err error) {
	return sqlstore.PutOne(ctx, db.PutDocuments, doc, analyser)
}

// PutDocuments stores docs in one transaction, which costs far less per
// document than one each: the batch writes one row of postings per
// distinct term. added[i] reports whether docs[i] was added. On an error
// nothing is stored. With a story assigner set (SetStories), the added
// documents are assigned their stories in the same transaction.
func (db *DB) PutDocuments(ctx context.Context, docs []*litopys.Document, analyser string) (added []bool, err error) {
	ps, err := db.codec.Prepare(docs)
	if err != nil {
		return nil, err
	}
	st, err := db.writeStmts()
	if err != nil {
		return nil, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	defer tx.Rollback()
	var blk int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) + 1 FROM documents`).Scan(&blk); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	added = make([]bool, len(docs))
	var batch search.Batch
	batch.Grow(body.Terms(ps))
	var rows layerRows
	var newDocs []*litopys.Document
	now := time.Now().UTC().Format(time.RFC3339Nano)
	ins := tx.StmtContext(ctx, st.document)
	defer ins.Close()
	for i, p := range ps {
		d := p.Doc
		res, err := ins.ExecContext(ctx, d.ID, d.URL, d.Outlet, d.Lang, d.Title, d.Published.String(), p.Day, analyser,
			p.Hash, p.Words, p.Meta, p.Text, blk, now)
		if err != nil {
			return nil, fmt.Errorf("put document %s: %w", d.ID, err)
		}
		if k, err := res.RowsAffected(); err != nil || k == 0 {
			continue
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("put document %s: %w", d.ID, err)
		}
		rows.add(seq, d)
		batch.Add(seq, p.TF, p.Words, p.Day)
		added[i] = true
		newDocs = append(newDocs, d)
	}
	if len(newDocs) == 0 {
		return added, nil
	}
	if err := rows.write(ctx, tx, st); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	if err := db.observe(ctx, tx, newDocs); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	terms, err := writeBlocks(ctx, tx, st.staged, blk, &batch)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	defer func() {
		if err != nil {
			db.stage.forget()
		}
	}()
	move, err := db.stage.add(ctx, tx, len(terms))
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	if move {
		if err := db.moveStaged(ctx, tx, st); err != nil {
			return nil, fmt.Errorf("put documents: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stats SET docs = docs + ?, words = words + ? WHERE id = 1`, batch.Docs, batch.Words); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	a := db.stories.Get()
	var entries []litopys.StoryEntry
	if a != nil {
		defer func() {
			if err != nil {
				a.Reset()
			}
		}()
		if entries, err = db.assign(ctx, tx, st, a, newDocs); err != nil {
			return nil, fmt.Errorf("put documents: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	if move {
		db.stage.moved()
	}
	if a != nil {
		a.Committed(entries)
	}
	db.prepareRegistry(ctx)
	return added, nil
}

// writeBlocks writes the postings of a batch as blocks keyed blk (with
// postings, into the postings table; with staged, into postings_new) and
// returns their terms, sorted.
func writeBlocks(ctx context.Context, tx *sql.Tx, postings *inserter, blk int64, b *search.Batch) ([]string, error) {
	flat := make([]any, 0, 4*b.Len())
	terms := make([]string, 0, b.Len())
	b.Blocks(func(term string, n int, data []byte) error {
		flat = append(flat, term, blk, n, data)
		terms = append(terms, term)
		return nil
	})
	if err := postings.exec(ctx, tx, flat); err != nil {
		return nil, fmt.Errorf("postings: %w", err)
	}
	return terms, nil
}

// layerRows gathers the rows of the layers of a batch of documents, to be
// written with a few multi-row statements.
type layerRows struct {
	entities, names, docEntities, events, attributions []any
	seenEntity                                         map[string]bool
	seenName                                           map[[3]string]bool
}

func (r *layerRows) add(seq int64, doc *litopys.Document) {
	if r.seenEntity == nil {
		r.seenEntity, r.seenName = map[string]bool{}, map[[3]string]bool{}
	}
	for _, e := range doc.Entities {
		if e.ID == "" {
			continue
		}
		if !r.seenEntity[e.ID] {
			r.seenEntity[e.ID] = true
			key := e.Key
			if key == "" {
				key = translit.Key(e.Name)
			}
			r.entities = append(r.entities, e.ID, e.Type, e.Name, key)
		}
		for _, n := range body.EntityNames(e, doc.Lang) {
			k := [3]string{e.ID, n[0], n[1]}
			if !r.seenName[k] {
				r.seenName[k] = true
				r.names = append(r.names, e.ID, n[0], n[1])
			}
		}
	}
	for _, m := range body.MentionCounts(doc, nil) {
		r.docEntities = append(r.docEntities, m.Entity, seq, m.N)
	}
	for i, e := range doc.Events {
		r.events = append(r.events, seq, i, e.Type, e.Trigger, e.Date.String(), e.Source)
	}
	for i, a := range doc.Attributions {
		r.attributions = append(r.attributions, seq, i, a.Source, a.Via, a.Cue, a.Quote)
	}
}

func (r *layerRows) write(ctx context.Context, tx *sql.Tx, st *writeStmts) error {
	for _, x := range []struct {
		name string
		in   *inserter
		rows []any
	}{
		{"entities", st.entities, r.entities},
		{"entity names", st.names, r.names},
		{"document entities", st.docEntities, r.docEntities},
		{"events", st.events, r.events},
		{"attributions", st.attributions, r.attributions},
	} {
		if err := x.in.exec(ctx, tx, x.rows); err != nil {
			return fmt.Errorf("%s: %w", x.name, err)
		}
	}
	return nil
}
