package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
	"github.com/litopys/litopys/search"
)

// Document returns the stored document with the id.
func (db *DB) Document(ctx context.Context, id string) (*litopys.Document, error) {
	var body, text []byte
	err := db.pool.QueryRow(ctx, `SELECT body, textz FROM documents WHERE id = $1`, clean(id)).Scan(&body, &text)
	if errors.Is(err, pgx.ErrNoRows) {
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
	var args []any
	ents, err := db.members(ctx, f.Entity)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	where := docConditions(&args, "documents", f.Lang, f.Outlet, f.From, f.To, ents, "")
	q := `SELECT ` + summaryColumns + ` FROM documents`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	args = append(args, litopys.PageLimit(f.Limit), max(0, f.Offset))
	q += fmt.Sprintf(" ORDER BY day DESC, seq DESC LIMIT $%d OFFSET $%d", len(args)-1, len(args))
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return scanSummaries(rows)
}

func scanSummaries(rows pgx.Rows) ([]litopys.DocumentSummary, error) {
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
// entity of type typ; their arguments are
// appended to args, numbered after those there.
func docConditions(args *[]any, alias, lang, outlet string, from, to litopys.Date, ents []string, typ string) []string {
	var where []string
	arg := func(cond string, vs ...any) {
		for _, v := range vs {
			*args = append(*args, v)
			cond = strings.Replace(cond, "$?", fmt.Sprintf("$%d", len(*args)), 1)
		}
		where = append(where, strings.ReplaceAll(cond, "@", alias))
	}
	if lang != "" {
		arg("@.lang = $?", clean(strings.ToLower(lang)))
	}
	if outlet != "" {
		arg("lower(@.outlet) = lower($?)", clean(outlet))
	}
	if d := search.Day(from, false); d != 0 {
		arg("@.day >= $?", d)
	}
	if d := search.Day(to, true); d != 0 {
		arg("@.day <= $? AND @.day > 0", d)
	}
	switch {
	case len(ents) > 0 && typ != "":
		arg("@.seq IN (SELECT doc FROM doc_entities WHERE entity = ANY($?) AND entity IN (SELECT id FROM entities WHERE type = $?))", cleanAll(ents), clean(typ))
	case len(ents) > 0:
		arg("@.seq IN (SELECT doc FROM doc_entities WHERE entity = ANY($?))", cleanAll(ents))
	case typ != "":
		arg("EXISTS (SELECT 1 FROM doc_entities de JOIN entities e ON e.id = de.entity WHERE de.doc = @.seq AND e.type = $?)", clean(typ))
	}
	return where
}

// maxEntityDocuments bounds the documents Entity lists.
const maxEntityDocuments = 100

// Entity returns the entity with the id, its names and the documents that
// mention it.
func (db *DB) Entity(ctx context.Context, id string) (*litopys.EntityInfo, error) {
	if e, err := registry.Info(ctx, regQuerier{db.pool}, clean(id)); err == nil {
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
	err := db.pool.QueryRow(ctx, `SELECT type, name, key FROM entities WHERE id = $1`, clean(id)).Scan(&e.Type, &e.Name, &e.Key)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, litopys.Errorf(litopys.ENOTFOUND, "entity %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	rows, err := db.pool.Query(ctx, `SELECT lang, name FROM entity_names WHERE entity = $1 ORDER BY lang, name`, clean(id))
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
	var n int64
	if err := db.pool.QueryRow(ctx, `SELECT coalesce(sum(n), 0) FROM doc_entities WHERE entity = $1`, clean(id)).Scan(&n); err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	e.Mentions = int(n)
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
		if name != e.Name && !slices.Contains(e.Aliases, name) {
			e.Aliases = append(e.Aliases, name)
		}
	}
}
