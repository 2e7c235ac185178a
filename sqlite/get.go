package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
	"github.com/litopys/litopys/search"
)

// Document returns the stored document with the id.
func (db *DB) Document(ctx context.Context, id string) (*litopys.Document, error) {
	var body, text []byte
	err := db.read.QueryRowContext(ctx, `SELECT body, textz FROM documents WHERE id = ?`, id).Scan(&body, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, litopys.Errorf(litopys.ENOTFOUND, "document %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get document %s: %w", id, err)
	}
	doc, err := db.codec.DecodeSplit(body, text)
	if err != nil {
		return nil, fmt.Errorf("get document %s: %w", id, err)
	}
	return doc, nil
}

const summaryColumns = `id, url, title, lang, outlet, published, analyser`

// Documents lists the documents matching f, newest first.
func (db *DB) Documents(ctx context.Context, f litopys.DocumentFilter) ([]litopys.DocumentSummary, error) {
	ents, err := db.members(ctx, f.Entity)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	where, args := docConditions("documents", f.Lang, f.Outlet, f.From, f.To, ents, "")
	q := `SELECT ` + summaryColumns + ` FROM documents`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY day DESC, seq DESC LIMIT ? OFFSET ?"
	args = append(args, litopys.PageLimit(f.Limit), max(0, f.Offset))
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return scanSummaries(rows)
}

func scanSummaries(rows *sql.Rows) ([]litopys.DocumentSummary, error) {
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

// docConditions are the SQL conditions on the documents table (under
// alias) that keep documents in lang, from outlet, published within
// from–to, naming one of ents (the ids documents use for one entity) or an
// entity of type typ, with their arguments.
func docConditions(alias, lang, outlet string, from, to litopys.Date, ents []string, typ string) ([]string, []any) {
	var where []string
	var args []any
	if lang != "" {
		where, args = append(where, alias+".lang = ?"), append(args, strings.ToLower(lang))
	}
	if outlet != "" {
		where, args = append(where, "lower("+alias+".outlet) = lower(?)"), append(args, outlet)
	}
	if d := search.Day(from, false); d != 0 {
		where, args = append(where, alias+".day >= ?"), append(args, d)
	}
	if d := search.Day(to, true); d != 0 {
		where, args = append(where, alias+".day <= ? AND "+alias+".day > 0"), append(args, d)
	}
	in := func() string {
		for _, e := range ents {
			args = append(args, e)
		}
		return "entity IN (" + placeholders(len(ents)) + ")"
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

// maxEntityDocuments bounds the documents Entity lists.
const maxEntityDocuments = 100

// Entity returns the entity with the id, its names and the documents that
// mention it.
func (db *DB) Entity(ctx context.Context, id string) (*litopys.EntityInfo, error) {
	if e, err := registry.Info(ctx, regQuerier{db.read}, id); err == nil {
		e.Documents, err = db.Documents(ctx, litopys.DocumentFilter{Entity: e.ID, Limit: maxEntityDocuments})
		if err != nil {
			return nil, fmt.Errorf("get entity %s: %w", id, err)
		}
		return e, nil
	} else if litopys.ErrorCode(err) != litopys.ENOTFOUND {
		return nil, err
	}
	// An entity the registry does not know (a store written before it).
	e := &litopys.EntityInfo{Entity: litopys.Entity{ID: id, Aliases: []string{}}}
	err := db.read.QueryRowContext(ctx, `SELECT type, name, key FROM entities WHERE id = ?`, id).Scan(&e.Type, &e.Name, &e.Key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, litopys.Errorf(litopys.ENOTFOUND, "entity %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT lang, name FROM entity_names WHERE entity = ? ORDER BY lang, name`, id)
	if err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	var names [][2]string
	for rows.Next() {
		var n [2]string
		if err := rows.Scan(&n[0], &n[1]); err != nil {
			rows.Close()
			return nil, fmt.Errorf("get entity %s: %w", id, err)
		}
		names = append(names, n)
	}
	rows.Close()
	mergeNames(&e.Entity, names)
	if err := db.read.QueryRowContext(ctx, `SELECT coalesce(sum(n), 0) FROM doc_entities WHERE entity = ?`, id).Scan(&e.Mentions); err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	e.Documents, err = db.Documents(ctx, litopys.DocumentFilter{Entity: id, Limit: maxEntityDocuments})
	if err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	return e, nil
}

// mergeNames fills Names (the first name met per language) and Aliases
// (every other name) from (lang, name) rows, lang "" for aliases.
func mergeNames(e *litopys.Entity, rows [][2]string) {
	for _, r := range rows {
		lang, name := r[0], r[1]
		if lang != "" {
			if e.Names == nil {
				e.Names = map[string]string{}
			}
			if _, ok := e.Names[lang]; !ok {
				e.Names[lang] = name
				continue
			}
		}
		if name != e.Name && !contains(e.Aliases, name) {
			e.Aliases = append(e.Aliases, name)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
