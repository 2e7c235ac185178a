// Package sqlstore is the code the two SQL backends (sqlite, postgres)
// share: the reads (Reader: documents, entities, search, the story read
// model and log), the story assigner's catch-up (Assign), the index
// rebuild of migration 0002, written once with ? placeholders and run
// through a backend's Querier. What differs between SQLite and PostgreSQL
// — a case-insensitive substring test, a list of values, how many values
// one statement takes — is the backend's Dialect; each backend keeps its
// write path (its transactions, bulk statements and locks), its hot
// prepared statements and its schema.
package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/body"
	"github.com/litopys/litopys/internal/registry"
	"github.com/litopys/litopys/internal/storyrm"
	"github.com/litopys/litopys/search"
)

// Querier runs statements written with ? placeholders (the PostgreSQL
// backend numbers them and drops NUL bytes from string arguments).
type Querier = registry.Querier

// Rows is a result set.
type Rows = registry.Rows

// Dialect is what the backends write differently.
type Dialect struct {
	// Contains is the condition that column col holds the one ?
	// argument, ignoring case.
	Contains func(col string) string
	// In is the condition that col is one of vals, with its arguments.
	In func(col string, vals []string) (string, []any)
	// Batch is the most values one In takes (0: any number).
	Batch int
}

// Reader answers the reads both backends share (documents, entities,
// search, stories) from a store.
type Reader struct {
	q        Querier
	d        Dialect
	codec    *body.Codec
	analyzer func() (*search.Analyzer, error)
}

// New returns the Reader that runs its queries on q as d writes them,
// decoding documents with c and analysing queries with analyzer.
func New(q Querier, d Dialect, c *body.Codec, analyzer func() (*search.Analyzer, error)) *Reader {
	return &Reader{q, d, c, analyzer}
}

// batches calls f with vals in parts of at most d.Batch values.
func (d Dialect) batches(vals []string, f func([]string) error) error {
	for len(vals) > 0 {
		n := len(vals)
		if d.Batch > 0 {
			n = min(n, d.Batch)
		}
		if err := f(vals[:n]); err != nil {
			return err
		}
		vals = vals[n:]
	}
	return nil
}

// scan runs query and calls f on each row.
func scan(ctx context.Context, q Querier, query string, args []any, f func(Rows) error) error {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Each runs query and calls f after scanning each row into dest.
func Each(ctx context.Context, q Querier, query string, args []any, dest []any, f func() error) error {
	return scan(ctx, q, query, args, func(rows Rows) error {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		return f()
	})
}

// Row runs query and scans its first row into dest; found is false when
// there is none.
func Row(ctx context.Context, q Querier, query string, args []any, dest ...any) (found bool, err error) {
	err = Each(ctx, q, query, args, dest, func() error {
		found = true
		return errStop
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

type stop struct{}

func (stop) Error() string { return "stop" }

var errStop error = stop{}

// SummaryColumns are the columns ScanSummaries reads.
const SummaryColumns = `id, url, title, lang, outlet, published, analyser`

// ScanSummaries reads the rows of SummaryColumns and closes them.
func ScanSummaries(rows Rows) ([]litopys.DocumentSummary, error) {
	defer rows.Close()
	out := []litopys.DocumentSummary{}
	for rows.Next() {
		var s litopys.DocumentSummary
		var pub string
		if err := rows.Scan(&s.ID, &s.URL, &s.Title, &s.Lang, &s.Outlet, &pub, &s.Analyser); err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		s.Published, _ = litopys.ParseDate(pub)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

// DocConditions are the SQL conditions on the documents table (under
// alias) that keep documents in lang, from outlet, published within
// from–to, naming one of ents (the ids documents use for one entity) or an
// entity of type typ, with their arguments.
func (d Dialect) DocConditions(alias, lang, outlet string, from, to litopys.Date, ents []string, typ string) ([]string, []any) {
	var where []string
	var args []any
	if lang != "" {
		where, args = append(where, alias+".lang = ?"), append(args, strings.ToLower(lang))
	}
	if outlet != "" {
		where, args = append(where, "lower("+alias+".outlet) = lower(?)"), append(args, outlet)
	}
	if day := search.Day(from, false); day != 0 {
		where, args = append(where, alias+".day >= ?"), append(args, day)
	}
	if day := search.Day(to, true); day != 0 {
		where, args = append(where, alias+".day <= ? AND "+alias+".day > 0"), append(args, day)
	}
	in := func() string {
		cond, a := d.In("entity", ents)
		args = append(args, a...)
		return cond
	}
	switch {
	case len(ents) > 0 && typ != "":
		where = append(where, alias+".seq IN (SELECT doc FROM doc_entities WHERE "+in()+" AND entity IN (SELECT id FROM entities WHERE type = ?))")
		args = append(args, typ)
	case len(ents) > 0:
		where = append(where, alias+".seq IN (SELECT doc FROM doc_entities WHERE "+in()+")")
	case typ != "":
		where, args = append(where, "EXISTS (SELECT 1 FROM doc_entities de JOIN entities e ON e.id = de.entity WHERE de.doc = "+alias+".seq AND e.type = ?)"), append(args, typ)
	}
	return where, args
}

// StoryColumns are the columns ScanStory reads.
const StoryColumns = `id, thread, continues, title, first, last, first_day, last_day, docs, dups, langs, outlets`

// ScanStory reads a row of StoryColumns.
func ScanStory(sc interface{ Scan(...any) error }) (*storyrm.Story, error) {
	var s storyrm.Story
	var first, last, langs, outlets string
	if err := sc.Scan(&s.ID, &s.Thread, &s.Continues, &s.Title, &first, &last, &s.FirstDay, &s.LastDay, &s.Docs, &s.Dups, &langs, &outlets); err != nil {
		return nil, err
	}
	s.First, _ = litopys.ParseDate(first)
	s.Last, _ = litopys.ParseDate(last)
	s.Langs, s.Outlets = storyrm.ParseCounts(langs), storyrm.ParseCounts(outlets)
	return &s, nil
}

// ThreadColumns are the columns ScanThread reads.
const ThreadColumns = `id, title, stories, docs, first, last, first_day, last_day`

// ScanThread reads a row of ThreadColumns.
func ScanThread(sc interface{ Scan(...any) error }) (*storyrm.Thread, error) {
	var t storyrm.Thread
	var first, last string
	if err := sc.Scan(&t.ID, &t.Title, &t.Stories, &t.Docs, &first, &last, &t.FirstDay, &t.LastDay); err != nil {
		return nil, err
	}
	t.First, _ = litopys.ParseDate(first)
	t.Last, _ = litopys.ParseDate(last)
	return &t, nil
}
