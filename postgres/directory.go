package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
)

var _ litopys.Directory = (*DB)(nil)

// FindEntities returns entities a name or alias of which contains q,
// case-insensitively, shortest name first.
func (db *DB) FindEntities(ctx context.Context, q string, limit int) ([]litopys.Entity, error) {
	pat := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(clean(strings.TrimSpace(q))) + "%"
	rows, err := db.pool.Query(ctx, `SELECT id, type, name, key FROM entities
		WHERE id IN (SELECT entity FROM entity_names WHERE name ILIKE $1) OR name ILIKE $1
		ORDER BY length(name), name, id LIMIT $2`, pat, litopys.PageLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("find entities: %w", err)
	}
	var out []litopys.Entity
	var e litopys.Entity
	if _, err := pgx.ForEachRow(rows, []any{&e.ID, &e.Type, &e.Name, &e.Key}, func() error {
		out = append(out, e)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("find entities: %w", err)
	}
	for i := range out {
		if out[i].Names, err = db.EntityNames(ctx, out[i].ID); err != nil {
			return nil, fmt.Errorf("find entities: %w", err)
		}
	}
	return out, nil
}

// EntityDocuments counts the documents that mention an entity.
func (db *DB) EntityDocuments(ctx context.Context, id string) (int, error) {
	var n int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM doc_entities WHERE entity = $1`, clean(id)).Scan(&n); err != nil {
		return 0, fmt.Errorf("entity %s documents: %w", id, err)
	}
	return n, nil
}

func cleanAll(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = clean(id)
	}
	return out
}

// DocumentEntities maps stored documents to the entities they mention.
func (db *DB) DocumentEntities(ctx context.Context, ids []string) (map[string][]litopys.Entity, error) {
	rows, err := db.pool.Query(ctx, `SELECT d.id, e.id, e.type, e.name FROM documents d JOIN doc_entities de ON de.doc = d.seq
		JOIN entities e ON e.id = de.entity WHERE d.id = ANY($1) ORDER BY d.id, e.id`, cleanAll(ids))
	if err != nil {
		return nil, fmt.Errorf("document entities: %w", err)
	}
	out := map[string][]litopys.Entity{}
	var d string
	var e litopys.Entity
	if _, err := pgx.ForEachRow(rows, []any{&d, &e.ID, &e.Type, &e.Name}, func() error {
		out[d] = append(out[d], litopys.Entity{ID: e.ID, Type: e.Type, Name: e.Name})
		return nil
	}); err != nil {
		return nil, fmt.Errorf("document entities: %w", err)
	}
	return out, nil
}
