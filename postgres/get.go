package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
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
