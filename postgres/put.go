package postgres

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/search"
	"github.com/litopys/litopys/translit"
)

// maxAttempts bounds the retries of a write that lost a deadlock or
// serialisation race.
const maxAttempts = 4

// PutDocument stores doc and all its layers in one transaction; a document
// with the same ID already stored is left alone and added is false.
func (db *DB) PutDocument(ctx context.Context, doc *litopys.Document, analyser string) (added bool, err error) {
	a, err := db.PutDocuments(ctx, []*litopys.Document{doc}, analyser)
	if err != nil {
		return false, err
	}
	return a[0], nil
}

// PutDocuments stores docs in one transaction; the search terms they share
// are written once. added[i] reports whether docs[i] was added. On an
// error nothing is stored. A transaction that loses a deadlock or
// serialisation race is retried.
func (db *DB) PutDocuments(ctx context.Context, docs []*litopys.Document, analyser string) (added []bool, err error) {
	ps, err := prepare(db.codec, docs)
	if err != nil {
		return nil, err
	}
	for attempt := 1; ; attempt++ {
		added, err = db.put(ctx, ps, clean(analyser))
		var pe *pgconn.PgError
		if err != nil && attempt < maxAttempts && errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001") {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("put documents: %w", err)
		}
		return added, nil
	}
}

// prepared is a document ready to be written: what can be computed before
// the transaction starts.
type prepared struct {
	doc   *litopys.Document
	body  []byte
	hash  string
	tf    map[string]int
	words int
	day   int32
}

func prepare(c *body.Codec, docs []*litopys.Document) ([]prepared, error) {
	ps := make([]prepared, len(docs))
	for i, d := range docs {
		if d == nil || d.ID == "" {
			return nil, litopys.Errorf(litopys.EINVALID, "put document: no document ID")
		}
		body, err := c.Encode(d)
		if err != nil {
			return nil, fmt.Errorf("put document %s: %w", d.ID, err)
		}
		tf, words := search.Terms(d)
		ps[i] = prepared{doc: d, body: body, hash: contentHash(d.Text), tf: tf, words: words, day: search.Day(d.Published, false)}
	}
	return ps, nil
}

// posting is a row of the postings table before its term has an ID.
type posting struct {
	doc       int64
	tf, words int32
	day       int32
}

func (db *DB) put(ctx context.Context, ps []prepared, analyser string) (added []bool, err error) {
	added = make([]bool, len(ps))
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		clear(added)
		postings := map[string][]posting{}
		var words int64
		var n int
		for _, i := range idOrder(ps) {
			p := ps[i]
			d := p.doc
			var seq int64
			err := tx.QueryRow(ctx, `INSERT INTO documents
				(id, url, outlet, lang, title, published, day, analyser, content_hash, words, text, body)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING seq`,
				clean(d.ID), clean(d.URL), clean(d.Outlet), clean(d.Lang), clean(d.Title), d.Published.String(), p.day,
				analyser, p.hash, p.words, clean(d.Text), p.body).Scan(&seq)
			if errors.Is(err, pgx.ErrNoRows) {
				continue
			}
			if err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			if err := putRows(ctx, tx, seq, d); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
			for t, f := range p.tf {
				postings[t] = append(postings[t], posting{seq, int32(f), int32(p.words), p.day})
			}
			added[i] = true
			n++
			words += int64(p.words)
		}
		if n == 0 {
			return nil
		}
		if err := putPostings(ctx, tx, postings); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE stats SET docs = docs + $1, words = words + $2 WHERE id = 1`, n, words)
		return err
	})
	return added, err
}

// idOrder returns the indexes of ps in the order of their IDs: concurrent
// batches insert shared IDs in one order and so do not deadlock.
func idOrder(ps []prepared) []int {
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(ps[a].doc.ID, ps[b].doc.ID) })
	return order
}

// putRows writes the rows of one document other than its postings.
func putRows(ctx context.Context, tx pgx.Tx, seq int64, doc *litopys.Document) error {
	b := &pgx.Batch{}
	queueEntities(b, doc)
	for i, m := range doc.Mentions {
		b.Queue(`INSERT INTO mentions (doc, n, entity, type, span_start, span_end, text, base) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			seq, i, clean(m.Entity), clean(m.Type), m.Start, m.End, clean(m.Text), clean(m.Base))
	}
	for i, e := range doc.Events {
		b.Queue(`INSERT INTO events (doc, n, type, trigger, date, source, text) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			seq, i, clean(e.Type), clean(e.Trigger), clean(e.Date), clean(e.Source), clean(e.Text))
	}
	for i, a := range doc.Attributions {
		b.Queue(`INSERT INTO attributions (doc, n, source, via, cue, quote, text) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			seq, i, clean(a.Source), clean(a.Via), clean(a.Cue), clean(a.Quote), clean(a.Text))
	}
	return tx.SendBatch(ctx, b).Close()
}

// queueEntities queues the upserts of the document's entities and names,
// ordered by ID so that concurrent writers lock shared rows in one order.
func queueEntities(b *pgx.Batch, doc *litopys.Document) {
	es := slices.Clone(doc.Entities)
	slices.SortFunc(es, func(x, y litopys.Entity) int { return cmp.Compare(x.ID, y.ID) })
	for _, e := range es {
		if e.ID == "" {
			continue
		}
		key := e.Key
		if key == "" {
			key = translit.Key(e.Name)
		}
		b.Queue(`INSERT INTO entities (id, type, name, key) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`, clean(e.ID), clean(e.Type), clean(e.Name), clean(key))
	}
	var names [][3]string
	for _, e := range es {
		for _, n := range entityNames(e, doc.Lang) {
			names = append(names, [3]string{clean(e.ID), clean(n[0]), clean(n[1])})
		}
	}
	slices.SortFunc(names, func(x, y [3]string) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]), cmp.Compare(x[2], y[2]))
	})
	for _, n := range slices.Compact(names) {
		b.Queue(`INSERT INTO entity_names (entity, lang, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, n[0], n[1], n[2])
	}
}

// entityNames returns the (lang, name) pairs of e, lang "" for aliases.
func entityNames(e litopys.Entity, docLang string) [][2]string {
	var out [][2]string
	seen := map[[2]string]bool{}
	add := func(lang, name string) {
		p := [2]string{lang, name}
		if name != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	if e.Names[docLang] == "" {
		add(docLang, e.Name)
	}
	for _, l := range slices.Sorted(maps.Keys(e.Names)) {
		add(l, e.Names[l])
	}
	for _, a := range e.Aliases {
		add("", a)
	}
	return out
}

// putPostings adds postings to the index: each term's df grows by its
// number of new documents. Terms are upserted in sorted order (the order
// their row locks are taken in), so concurrent writers do not deadlock.
func putPostings(ctx context.Context, tx pgx.Tx, postings map[string][]posting) error {
	terms := slices.Sorted(maps.Keys(postings))
	counts := make([]int64, len(terms))
	for i, t := range terms {
		counts[i] = int64(len(postings[t]))
	}
	rows, err := tx.Query(ctx, `INSERT INTO terms (term, df)
		SELECT t, c FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS u(t, c, i) ORDER BY i
		ON CONFLICT (term) DO UPDATE SET df = terms.df + excluded.df RETURNING id, term`, terms, counts)
	if err != nil {
		return fmt.Errorf("terms: %w", err)
	}
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var t string
		if err := rows.Scan(&id, &t); err != nil {
			rows.Close()
			return fmt.Errorf("terms: %w", err)
		}
		ids[t] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("terms: %w", err)
	}
	var termIDs, docIDs []int64
	var tfs, lens, days []int32
	for _, t := range terms {
		id, ok := ids[t]
		if !ok {
			return fmt.Errorf("term %q: no id returned", t)
		}
		for _, p := range postings[t] {
			termIDs, docIDs = append(termIDs, id), append(docIDs, p.doc)
			tfs, lens, days = append(tfs, p.tf), append(lens, p.words), append(days, p.day)
		}
	}
	_, err = tx.Exec(ctx, `INSERT INTO postings (term, doc, tf, len, day)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::int[])`, termIDs, docIDs, tfs, lens, days)
	if err != nil {
		return fmt.Errorf("postings: %w", err)
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

// contentHash identifies the normalised text, whatever the document's ID.
func contentHash(text string) string {
	h := sha256.Sum256([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	return hex.EncodeToString(h[:16])
}
