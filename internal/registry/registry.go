// Package registry keeps the entity registry of a store, the same way on
// every SQL backend: which real entity each id the documents use belongs
// to, the entities with their names, aliases and counts, the redirects of
// ids merged away, and an analyst's corrections. The backends run its
// statements through a small Querier; the clustering itself is package
// entity's Registry.
//
// Tables (migration NNNN_entity_registry.sql of each backend):
//
//   - entity_locals: every id documents use (a gazetteer id or a type and
//     match key), its type, mentions, first and last day seen, and the
//     canonical entity it belongs to;
//   - entity_aliases: every base form a local was mentioned by, per
//     language, with a count, lower-cased and keyed for lookups;
//   - entity_keys: the match keys that can join a local to others (its
//     name's, a surname's), which find the neighbourhood a new document's
//     entities are clustered in;
//   - entity_registry: the canonical entities: id, type, names per
//     language, mentions by type, first and last seen;
//   - entity_redirects: ids that were merged or renamed away → their
//     entity now;
//   - entity_changes: the log of merges, renames and splits;
//   - entity_rules: an analyst's merges and splits, applied on every
//     clustering.
package registry

import (
	"context"
	"strings"
	"sync"

	"github.com/litopys/litopys/entity"
	"github.com/litopys/litopys/gazetteer"
	"github.com/litopys/litopys/internal/memo"
	"github.com/litopys/litopys/translit"
)

// Querier runs statements written with ? placeholders in the writer's or
// reader's transaction.
type Querier interface {
	Exec(ctx context.Context, query string, args ...any) error
	Query(ctx context.Context, query string, args ...any) (Rows, error)
}

// Rows is a result set.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

var defaultRegistry = sync.OnceValue(func() *entity.Registry {
	g, err := gazetteer.Load()
	known := func(string) (entity.Known, bool) { return entity.Known{}, false }
	var dir entity.Directory
	var words func() entity.Words
	if err == nil {
		dir = directory{g}
		words = sync.OnceValue(func() entity.Words {
			var names []map[string][]string
			for _, e := range g.Entries() {
				names = append(names, e.Names)
			}
			return entity.WordTable(names, translit.Key)
		})
		known = func(id string) (entity.Known, bool) {
			e, ok := g.ByID(id)
			if !ok || e.ID != id {
				return entity.Known{}, false
			}
			return entity.Known{ID: e.ID, Type: e.Type, Names: e.Names}, true
		}
	}
	keys := memo.New[string, string](keyCacheSize, strings.Clone)
	key := func(s string) string { return keys.Get(s, func() string { return translit.Key(s) }) }
	return &entity.Registry{Key: key, Known: known, Dir: dir, Words: words}
})

// keyCacheSize bounds the match keys the registry remembers: enough for the
// names of many thousand articles, a few megabytes at most.
const keyCacheSize = 1 << 16

// directory finds the gazetteer entry a name most likely names
// (Gazetteer.Find), as the pipeline's does.
type directory struct{ g *gazetteer.Gazetteer }

func (d directory) Find(name, lang string) (entity.Known, bool) {
	e, ok := d.g.Find(name, lang)
	if !ok {
		return entity.Known{}, false
	}
	return entity.Known{ID: e.ID, Type: e.Type, Names: e.Names}, true
}

// Default is the registry every store clusters with: match keys of package
// translit and the embedded gazetteer, as the pipeline uses them.
func Default() *entity.Registry { return defaultRegistry() }

// listSizes are the lengths IN lists are padded to, so that a backend
// sees few distinct statements and can keep them prepared; the last is the
// most values one list carries.
var listSizes = []int{4, 16, 64, 256}

// in returns "(?,?,…)" for n values.
func in(n int) string {
	return "(" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ")"
}

// chunks calls fn with the values of vs in slices of a size of listSizes,
// the last slice padded by repeating its last value (harmless in an IN
// list).
func chunks(vs []string, fn func(part []string) error) error {
	max := listSizes[len(listSizes)-1]
	for len(vs) > 0 {
		n := min(len(vs), max)
		size := max
		for _, s := range listSizes {
			if s >= n {
				size = s
				break
			}
		}
		part := vs[:n:n]
		for len(part) < size {
			part = append(part, vs[n-1])
		}
		if err := fn(part); err != nil {
			return err
		}
		vs = vs[n:]
	}
	return nil
}

func anys(vs []string) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// queryStrings runs a query whose rows are one string each.
func queryStrings(ctx context.Context, q Querier, query string, args ...any) ([]string, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
