package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/search"
	"github.com/litopys/litopys/translit"
)

// PutDocument stores doc and all its layers in one transaction; a document
// with the same ID already stored is left alone and added is false.
func (db *DB) PutDocument(ctx context.Context, doc *litopys.Document, analyser string) (added bool, err error) {
	a, err := db.PutDocuments(ctx, []*litopys.Document{doc}, analyser)
	if err != nil {
		return false, err
	}
	return a[0], nil
}

// PutDocuments stores docs in one transaction, which costs far less per
// document than one each: the search terms they share are written once.
// added[i] reports whether docs[i] was added. On an error nothing is
// stored.
func (db *DB) PutDocuments(ctx context.Context, docs []*litopys.Document, analyser string) (added []bool, err error) {
	ps, err := prepare(db.codec, docs)
	if err != nil {
		return nil, err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	defer tx.Rollback()
	added = make([]bool, len(docs))
	postings := map[string][][]any{}
	var words int64
	var n int
	now := time.Now().UTC().Format(time.RFC3339)
	for i, p := range ps {
		res, err := tx.ExecContext(ctx, `INSERT INTO documents
			(id, url, outlet, lang, title, published, day, analyser, content_hash, words, text, body, added_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			p.doc.ID, p.doc.URL, p.doc.Outlet, p.doc.Lang, p.doc.Title, p.doc.Published.String(), p.day, analyser,
			p.hash, p.words, p.doc.Text, p.body, now)
		if err != nil {
			return nil, fmt.Errorf("put document %s: %w", p.doc.ID, err)
		}
		if k, err := res.RowsAffected(); err != nil || k == 0 {
			continue
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("put document %s: %w", p.doc.ID, err)
		}
		for _, step := range []func(context.Context, *sql.Tx, int64, *litopys.Document) error{putEntities, putMentions, putEvents, putAttributions} {
			if err := step(ctx, tx, seq, p.doc); err != nil {
				return nil, fmt.Errorf("put document %s: %w", p.doc.ID, err)
			}
		}
		for t, f := range p.tf {
			postings[t] = append(postings[t], []any{int64(0), seq, f, p.words, p.day})
		}
		added[i] = true
		n++
		words += int64(p.words)
	}
	if n == 0 {
		return added, nil
	}
	if err := putPostings(ctx, tx, postings); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stats SET docs = docs + ?, words = words + ? WHERE id = 1`, n, words); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	return added, nil
}

// prepared is a document ready to be written: what can be computed before
// the write lock is taken.
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

func putEntities(ctx context.Context, tx *sql.Tx, _ int64, doc *litopys.Document) error {
	for _, e := range doc.Entities {
		if e.ID == "" {
			continue
		}
		key := e.Key
		if key == "" {
			key = translit.Key(e.Name)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities (id, type, name, key) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`, e.ID, e.Type, e.Name, key); err != nil {
			return err
		}
		for _, n := range entityNames(e, doc.Lang) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO entity_names (entity, lang, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, e.ID, n[0], n[1]); err != nil {
				return err
			}
		}
	}
	return nil
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

func putMentions(ctx context.Context, tx *sql.Tx, seq int64, doc *litopys.Document) error {
	rows := make([][]any, len(doc.Mentions))
	for i, m := range doc.Mentions {
		rows[i] = []any{seq, i, m.Entity, m.Type, m.Start, m.End, m.Text, m.Base}
	}
	return insertRows(ctx, tx, `INSERT INTO mentions (doc, n, entity, type, span_start, span_end, text, base) VALUES `, rows)
}

func putEvents(ctx context.Context, tx *sql.Tx, seq int64, doc *litopys.Document) error {
	rows := make([][]any, len(doc.Events))
	for i, e := range doc.Events {
		rows[i] = []any{seq, i, e.Type, e.Trigger, e.Date, e.Source, e.Text}
	}
	return insertRows(ctx, tx, `INSERT INTO events (doc, n, type, trigger, date, source, text) VALUES `, rows)
}

func putAttributions(ctx context.Context, tx *sql.Tx, seq int64, doc *litopys.Document) error {
	rows := make([][]any, len(doc.Attributions))
	for i, a := range doc.Attributions {
		rows[i] = []any{seq, i, a.Source, a.Via, a.Cue, a.Quote, a.Text}
	}
	return insertRows(ctx, tx, `INSERT INTO attributions (doc, n, source, via, cue, quote, text) VALUES `, rows)
}

// putPostings adds postings (term → rows of term id, doc, tf, len, day)
// to the index: each term's df grows by its number of new documents.
func putPostings(ctx context.Context, tx *sql.Tx, postings map[string][][]any) error {
	terms := slices.Sorted(maps.Keys(postings))
	ids := make(map[string]int64, len(terms))
	for rest := terms; len(rest) > 0; {
		n := min(len(rest), rowsPerStatement)
		args := make([]any, 0, 2*n)
		for _, t := range rest[:n] {
			args = append(args, t, len(postings[t]))
		}
		rows, err := tx.QueryContext(ctx, `INSERT INTO terms (term, df) VALUES `+strings.TrimSuffix(strings.Repeat("(?, ?),", n), ",")+
			` ON CONFLICT (term) DO UPDATE SET df = df + excluded.df RETURNING id, term`, args...)
		if err != nil {
			return fmt.Errorf("terms: %w", err)
		}
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
		rest = rest[n:]
	}
	var all [][]any
	for _, t := range terms {
		id, ok := ids[t]
		if !ok {
			return fmt.Errorf("term %q: no id returned", t)
		}
		for _, r := range postings[t] {
			r[0] = id
			all = append(all, r)
		}
	}
	if err := insertRows(ctx, tx, `INSERT INTO postings (term, doc, tf, len, day) VALUES `, all); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	return nil
}

// rowsPerStatement bounds the rows of one multi-row INSERT (SQLite allows
// 32766 parameters).
const rowsPerStatement = 500

// insertRows runs head (an INSERT … VALUES) with rows, many per statement.
func insertRows(ctx context.Context, tx *sql.Tx, head string, rows [][]any) error {
	for len(rows) > 0 {
		n := min(len(rows), rowsPerStatement)
		group := "(" + placeholders(len(rows[0])) + "),"
		args := make([]any, 0, n*len(rows[0]))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		if _, err := tx.ExecContext(ctx, head+strings.TrimSuffix(strings.Repeat(group, n), ","), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// contentHash identifies the normalised text, whatever the document's ID.
func contentHash(text string) string {
	h := sha256.Sum256([]byte(strings.ToLower(strings.Join(strings.Fields(text), " "))))
	return hex.EncodeToString(h[:16])
}
