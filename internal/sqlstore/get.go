package sqlstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
)

// Document returns the stored document with the id.
func (r *Reader) Document(ctx context.Context, id string) (*litopys.Document, error) {
	var body, text []byte
	found, err := Row(ctx, r.q, `SELECT body, textz FROM documents WHERE id = ?`, []any{id}, &body, &text)
	if err != nil {
		return nil, fmt.Errorf("get document %s: %w", id, err)
	}
	if !found {
		return nil, litopys.Errorf(litopys.ENOTFOUND, "document %q not found", id)
	}
	doc, err := r.codec.DecodeSplit(body, text)
	if err != nil {
		return nil, fmt.Errorf("get document %s: %w", id, err)
	}
	return doc, nil
}

// maxEntityDocuments bounds the documents Entity lists.
const maxEntityDocuments = 100

// Entity returns the entity with the id, its names and the documents that
// mention it.
func (r *Reader) Entity(ctx context.Context, id string) (*litopys.EntityInfo, error) {
	if e, err := registry.Info(ctx, r.q, id); err == nil {
		e.Documents, err = r.Documents(ctx, litopys.DocumentFilter{Entity: e.ID, Limit: maxEntityDocuments})
		if err != nil {
			return nil, fmt.Errorf("get entity %s: %w", id, err)
		}
		return e, nil
	} else if litopys.ErrorCode(err) != litopys.ENOTFOUND {
		return nil, err
	}
	// An entity the registry does not know (a store written before it).
	e := &litopys.EntityInfo{Entity: litopys.Entity{ID: id, Aliases: []string{}}}
	found, err := Row(ctx, r.q, `SELECT type, name, key FROM entities WHERE id = ?`, []any{id}, &e.Type, &e.Name, &e.Key)
	if err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	if !found {
		return nil, litopys.Errorf(litopys.ENOTFOUND, "entity %q not found", id)
	}
	var names [][2]string
	var n [2]string
	if err := Each(ctx, r.q, `SELECT lang, name FROM entity_names WHERE entity = ? ORDER BY lang, name`, []any{id}, []any{&n[0], &n[1]}, func() error {
		names = append(names, n)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	mergeNames(&e.Entity, names)
	var mentions int64
	if _, err := Row(ctx, r.q, `SELECT coalesce(sum(n), 0) FROM doc_entities WHERE entity = ?`, []any{id}, &mentions); err != nil {
		return nil, fmt.Errorf("get entity %s: %w", id, err)
	}
	e.Mentions = int(mentions)
	e.Documents, err = r.Documents(ctx, litopys.DocumentFilter{Entity: id, Limit: maxEntityDocuments})
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
