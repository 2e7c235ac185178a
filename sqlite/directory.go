package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
)

var _ litopys.Directory = (*DB)(nil)

// FindEntities returns entities a name or alias of which contains q
// (SQLite's LIKE folds ASCII letters only, so q is also tried with its
// first letter upper-cased, as names are written), shortest name first.
func (db *DB) FindEntities(ctx context.Context, q string, limit int) ([]litopys.Entity, error) {
	q = strings.TrimSpace(q)
	pats := []any{"%" + likeEscape(q) + "%", "%" + likeEscape(upperFirst(q)) + "%"}
	rows, err := db.read.QueryContext(ctx, `SELECT id, type, name, key FROM entities
		WHERE id IN (SELECT entity FROM entity_names WHERE name LIKE ?1 ESCAPE '\' OR name LIKE ?2 ESCAPE '\')
		   OR name LIKE ?1 ESCAPE '\' OR name LIKE ?2 ESCAPE '\'
		ORDER BY length(name), name, id LIMIT ?3`, pats[0], pats[1], litopys.PageLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("find entities: %w", err)
	}
	var out []litopys.Entity
	for rows.Next() {
		var e litopys.Entity
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Key); err != nil {
			rows.Close()
			return nil, fmt.Errorf("find entities: %w", err)
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find entities: %w", err)
	}
	for i := range out {
		if out[i].Names, err = db.EntityNames(ctx, out[i].ID); err != nil {
			return nil, fmt.Errorf("find entities: %w", err)
		}
	}
	return out, nil
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// EntityDocuments counts the documents that mention an entity.
func (db *DB) EntityDocuments(ctx context.Context, id string) (int, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM doc_entities WHERE entity = ?`, id).Scan(&n); err != nil {
		return 0, fmt.Errorf("entity %s documents: %w", id, err)
	}
	return n, nil
}

// DocumentEntities maps stored documents to the entities they mention.
func (db *DB) DocumentEntities(ctx context.Context, ids []string) (map[string][]litopys.Entity, error) {
	out := map[string][]litopys.Entity{}
	err := readRows(ctx, db.read, `SELECT d.id, e.id, e.type, e.name FROM documents d JOIN doc_entities de ON de.doc = d.seq
		JOIN entities e ON e.id = de.entity WHERE d.id IN (%s) ORDER BY d.id, e.id`, ids,
		func(rows *sql.Rows) error {
			var d string
			var e litopys.Entity
			if err := rows.Scan(&d, &e.ID, &e.Type, &e.Name); err != nil {
				return err
			}
			out[d] = append(out[d], e)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("document entities: %w", err)
	}
	return out, nil
}
