package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/internal/sqlstore"
	"github.com/litopys/litopys/search"
	"github.com/litopys/litopys/translit"
)

// maxAttempts bounds the retries of a write that lost a deadlock or
// serialisation race.
const maxAttempts = 4

// PutDocument stores doc and all its layers in one transaction; a document
// with the same ID already stored is left alone and added is false.
func (db *DB) PutDocument(ctx context.Context, doc *litopys.Document, analyser string) (added bool, err error) {
	return sqlstore.PutOne(ctx, db.PutDocuments, doc, analyser)
}

// PutDocuments stores docs in one transaction; the batch writes one row of
// postings per distinct term. added[i] reports whether docs[i] was added.
// On an error nothing is stored. A transaction that loses a deadlock or
// serialisation race is retried. With a story assigner set (SetStories),
// the added documents are assigned their stories in the same transaction,
// under an advisory lock that serialises assignment among all writers.
func (db *DB) PutDocuments(ctx context.Context, docs []*litopys.Document, analyser string) (added []bool, err error) {
	ps, err := db.codec.Prepare(docs)
	if err != nil {
		return nil, err
	}
	a := db.stories.Get()
	var entries []litopys.StoryEntry
	assigned, err := db.retryAssigning(ctx, a, func(tx pgx.Tx, assigned *bool) error {
		added, entries, err = db.put(ctx, tx, ps, clean(analyser), a, assigned)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	if assigned {
		a.Committed(entries)
	}
	return added, nil
}

// retryAssigning is retry for a transaction that may assign stories with
// a: fn sets *assigned once it has asked a, and every attempt that does
// not commit resets a. It reports whether the committed attempt assigned.
func (db *DB) retryAssigning(ctx context.Context, a litopys.StoryAssigner, fn func(tx pgx.Tx, assigned *bool) error) (bool, error) {
	assigned := false
	err := db.retry(ctx, func(tx pgx.Tx) error { return fn(tx, &assigned) }, func() {
		if assigned {
			a.Reset()
			assigned = false
		}
	})
	return assigned, err
}

// retry runs fn in a transaction, again when it loses a deadlock or
// serialisation race; failed is called after each attempt that did not
// commit.
func (db *DB) retry(ctx context.Context, fn func(tx pgx.Tx) error, failed func()) error {
	for attempt := 1; ; attempt++ {
		err := pgx.BeginFunc(ctx, db.pool, fn)
		if err != nil {
			failed()
		}
		var pe *pgconn.PgError
		if err != nil && attempt < maxAttempts && (errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001") || errors.Is(err, errMoved)) {
			continue
		}
		return err
	}
}

// put writes the documents of ps that are not stored yet, in tx, and
// assigns their stories with a when it is not nil (setting *assigned and
// returning the stored entries). The
// documents take row numbers allocated up front, so that the batch's block
// key (the first of them) is known before they are written.
func (db *DB) put(ctx context.Context, tx pgx.Tx, ps []body.Prepared, analyser string, a litopys.StoryAssigner, assigned *bool) ([]bool, []litopys.StoryEntry, error) {
	added := make([]bool, len(ps))
	if len(ps) == 0 {
		return added, nil, nil
	}
	order := idOrder(ps)
	seqs := make([]int64, 0, len(ps))
	rows, err := tx.Query(ctx, `SELECT nextval(pg_get_serial_sequence('documents', 'seq')) FROM generate_series(1, $1)`, len(ps))
	if err != nil {
		return nil, nil, err
	}
	seqs, err = pgx.AppendRows(seqs, rows, pgx.RowTo[int64])
	if err != nil {
		return nil, nil, err
	}
	blk := slices.Min(seqs)
	slices.Sort(seqs)
	var c docColumns
	for k, i := range order {
		c.add(seqs[k], blk, ps[i], analyser)
	}
	rows, err = tx.Query(ctx, `INSERT INTO documents
		(seq, id, url, outlet, lang, title, published, day, analyser, content_hash, words, body, textz, blk)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
			$9::text[], $10::text[], $11::int[], $12::bytea[], $13::bytea[], $14::bigint[])
		ON CONFLICT (id) DO NOTHING RETURNING seq`,
		c.seq, c.id, c.url, c.outlet, c.lang, c.title, c.published, c.day, c.analyser, c.hash, c.words, c.meta, c.text, c.blk)
	if err != nil {
		return nil, nil, err
	}
	stored, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, nil, err
	}
	if len(stored) == 0 {
		return added, nil, nil
	}
	isNew := map[int64]bool{}
	for _, s := range stored {
		isNew[s] = true
	}
	var batch search.Batch
	batch.Grow(body.Terms(ps))
	var lr layerRows
	var newDocs []*litopys.Document
	for k, i := range order {
		if seq := seqs[k]; isNew[seq] {
			p := ps[i]
			lr.add(seq, p.Doc)
			batch.Add(seq, p.TF, p.Words, p.Day)
			added[i] = true
		}
	}
	for i, p := range ps {
		if added[i] {
			newDocs = append(newDocs, p.Doc)
		}
	}
	if err := lr.write(ctx, tx); err != nil {
		return nil, nil, err
	}
	terms, err := copyBlocks(ctx, tx, blk, &batch)
	if err != nil {
		return nil, nil, err
	}
	if err := mergeBlocks(ctx, tx, db.merges.Due(terms)); err != nil {
		return nil, nil, err
	}
	if _, err := tx.Exec(ctx, `UPDATE stats SET docs = docs + $1, words = words + $2 WHERE id = 1`, batch.Docs, batch.Words); err != nil {
		return nil, nil, fmt.Errorf("stats: %w", err)
	}
	if err := observe(ctx, tx, newDocs); err != nil {
		return nil, nil, err
	}
	if a != nil {
		*assigned = true
		entries, err := db.assign(ctx, tx, a, newDocs)
		if err != nil {
			return nil, nil, err
		}
		return added, entries, nil
	}
	return added, nil, nil
}

// docColumns are the columns of the documents of a batch, for one
// INSERT … SELECT FROM unnest.
type docColumns struct {
	seq, blk                                                []int64
	id, url, outlet, lang, title, published, analyser, hash []string
	day, words                                              []int32
	meta, text                                              [][]byte
}

func (c *docColumns) add(seq, blk int64, p body.Prepared, analyser string) {
	d := p.Doc
	c.seq, c.blk = append(c.seq, seq), append(c.blk, blk)
	c.id, c.url, c.outlet = append(c.id, clean(d.ID)), append(c.url, clean(d.URL)), append(c.outlet, clean(d.Outlet))
	c.lang, c.title, c.published = append(c.lang, clean(d.Lang)), append(c.title, clean(d.Title)), append(c.published, d.Published.String())
	c.analyser, c.hash = append(c.analyser, analyser), append(c.hash, p.Hash)
	c.day, c.words = append(c.day, p.Day), append(c.words, int32(p.Words))
	c.meta, c.text = append(c.meta, p.Meta), append(c.text, p.Text)
}

// copyBlocks writes the postings of a batch as blocks keyed blk and
// returns their terms, sorted.
func copyBlocks(ctx context.Context, tx pgx.Tx, blk int64, b *search.Batch) ([]string, error) {
	rows := make([][]any, 0, b.Len())
	terms := make([]string, 0, b.Len())
	b.Blocks(func(term string, n int, data []byte) error {
		rows = append(rows, []any{term, blk, int32(n), data})
		terms = append(terms, term)
		return nil
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"postings"}, []string{"term", "blk", "n", "data"}, pgx.CopyFromRows(rows)); err != nil {
		return nil, fmt.Errorf("postings: %w", err)
	}
	return terms, nil
}

// idOrder returns the indexes of ps in the order of their IDs: concurrent
// batches insert shared IDs in one order and so do not deadlock.
func idOrder(ps []body.Prepared) []int {
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(ps[a].Doc.ID, ps[b].Doc.ID) })
	return order
}

// layerRows gathers the rows of the layers of a batch of documents: the
// entities and their names are upserted in the order of their keys (so
// concurrent writers lock shared rows in one order), the rest copied.
type layerRows struct {
	entities            map[string][4]string
	names               map[[3]string]bool
	docEntities, events [][]any
	attributions        [][]any
}

func (r *layerRows) add(seq int64, doc *litopys.Document) {
	if r.entities == nil {
		r.entities, r.names = map[string][4]string{}, map[[3]string]bool{}
	}
	for _, e := range doc.Entities {
		if e.ID == "" {
			continue
		}
		id := clean(e.ID)
		if _, ok := r.entities[id]; !ok {
			key := e.Key
			if key == "" {
				key = translit.Key(e.Name)
			}
			r.entities[id] = [4]string{id, clean(e.Type), clean(e.Name), clean(key)}
		}
		for _, n := range body.EntityNames(e, doc.Lang) {
			r.names[[3]string{id, clean(n[0]), clean(n[1])}] = true
		}
	}
	for _, m := range body.MentionCounts(doc, clean) {
		r.docEntities = append(r.docEntities, []any{m.Entity, seq, int32(m.N)})
	}
	for i, e := range doc.Events {
		r.events = append(r.events, []any{seq, int32(i), clean(e.Type), clean(e.Trigger), clean(e.Date.String()), clean(e.Source)})
	}
	for i, a := range doc.Attributions {
		r.attributions = append(r.attributions, []any{seq, int32(i), clean(a.Source), clean(a.Via), clean(a.Cue), clean(a.Quote)})
	}
}

func (r *layerRows) write(ctx context.Context, tx pgx.Tx) error {
	if len(r.entities) > 0 {
		var cols [4][]string
		for _, id := range slices.Sorted(maps.Keys(r.entities)) {
			for j, v := range r.entities[id] {
				cols[j] = append(cols[j], v)
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO entities (id, type, name, key)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ORDER BY 1
			ON CONFLICT (id) DO NOTHING`, cols[0], cols[1], cols[2], cols[3]); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		names := slices.SortedFunc(maps.Keys(r.names), func(x, y [3]string) int {
			return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]), cmp.Compare(x[2], y[2]))
		})
		var nc [3][]string
		for _, n := range names {
			for j, v := range n {
				nc[j] = append(nc[j], v)
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO entity_names (entity, lang, name)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ORDER BY 1, 2, 3
			ON CONFLICT DO NOTHING`, nc[0], nc[1], nc[2]); err != nil {
			return fmt.Errorf("entity names: %w", err)
		}
	}
	for _, c := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"doc_entities", []string{"entity", "doc", "n"}, r.docEntities},
		{"events", []string{"doc", "n", "type", "trigger", "date", "source"}, r.events},
		{"attributions", []string{"doc", "n", "source", "via", "cue", "quote"}, r.attributions},
	} {
		if len(c.rows) == 0 {
			continue
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{c.table}, c.cols, pgx.CopyFromRows(c.rows)); err != nil {
			return fmt.Errorf("%s: %w", c.table, err)
		}
	}
	return nil
}

// clean makes s storable in a PostgreSQL text column, which takes neither
// NUL characters nor invalid UTF-8. The whole document is kept as it came in
// the body column.
func clean(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
