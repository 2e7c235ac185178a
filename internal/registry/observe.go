package registry

import (
	"context"
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/entity"
)

// Observe adds what newly stored documents say of their entities to the
// registry — mentions, aliases, days seen — and clusters again the
// neighbourhood of those entities, recording the merges, renames and
// splits that follow. It runs in the transaction that stores the
// documents; the caller serialises writers (SQLite's write transaction,
// PostgreSQL's advisory lock).
func Observe(ctx context.Context, q Querier, r *entity.Registry, docs []*litopys.Document, today string) error {
	return ObserveAlso(ctx, q, r, docs, today, nil)
}

// ObserveAlso is Observe that also clusters again the locals also (those
// replaced documents named: see Forget).
func ObserveAlso(ctx context.Context, q Querier, r *entity.Registry, docs []*litopys.Document, today string, also []string) error {
	var ls []entity.Local
	first, last := map[string]string{}, map[string]string{}
	for _, d := range docs {
		day := today
		if !d.Published.IsZero() {
			day = d.Published.Time().Format("2006-01-02")
		}
		for _, l := range entity.LocalsOf(d) {
			ls = append(ls, l)
			if f, ok := first[l.ID]; !ok || day < f {
				first[l.ID] = day
			}
			if day > last[l.ID] {
				last[l.ID] = day
			}
		}
	}
	ls = entity.MergeLocals(ls)
	if len(ls) == 0 && len(also) == 0 {
		return nil
	}
	batch := make([]string, len(ls))
	for i, l := range ls {
		batch[i] = l.ID
	}
	prior, err := loadPrior(ctx, q, batch)
	if err != nil {
		return fmt.Errorf("entity registry: %w", err)
	}
	var locals, aliases, keyRows, counts []any
	ids := slices.Clone(also)
	var keys []string
	bump := map[string]*stored{} // entity → the counts to add to its row
	for _, l := range ls {
		locals = append(locals, l.ID, l.Type, l.Key, l.Mentions, first[l.ID], last[l.ID])
		for _, n := range l.Names {
			aliases = append(aliases, l.ID, n.Lang, n.Text, n.N, strings.ToLower(n.Text), r.Key(n.Text))
		}
		// A local is clustered again when it is new or its mentions
		// cross a power of two (its names and weight may have changed
		// the outcome); otherwise only its entity's counts grow. Each
		// local is so clustered O(log mentions) times.
		p, known := prior[l.ID]
		if known && p.entity != "" && !slices.Contains(also, l.ID) && bits.Len(uint(p.Mentions)) == bits.Len(uint(p.Mentions+l.Mentions)) {
			b := bump[p.entity]
			if b == nil {
				b = &stored{first: first[l.ID], last: last[l.ID]}
				bump[p.entity] = b
			}
			b.Mentions += l.Mentions
			b.first, b.last = min(b.first, first[l.ID]), max(b.last, last[l.ID])
			continue
		}
		ids = append(ids, l.ID)
		for _, k := range r.Keys(l) {
			keys = append(keys, k)
			keyRows = append(keyRows, k, l.ID)
		}
	}
	for _, e := range slices.Sorted(maps.Keys(bump)) {
		b := bump[e]
		counts = append(counts, e, b.Mentions, b.first, b.last)
	}
	if err := insertRows(ctx, q, `INSERT INTO entity_locals (id, entity, type, key, mentions, first_seen, last_seen) VALUES `,
		`(?, '', ?, ?, ?, ?, ?)`, 6, locals, ` ON CONFLICT (id) DO UPDATE SET mentions = entity_locals.mentions + excluded.mentions,
		first_seen = CASE WHEN excluded.first_seen < entity_locals.first_seen THEN excluded.first_seen ELSE entity_locals.first_seen END,
		last_seen = CASE WHEN excluded.last_seen > entity_locals.last_seen THEN excluded.last_seen ELSE entity_locals.last_seen END`); err != nil {
		return fmt.Errorf("entity registry: locals: %w", err)
	}
	if err := insertRows(ctx, q, `INSERT INTO entity_aliases (local, lang, name, n, term, mkey) VALUES `, `(?, ?, ?, ?, ?, ?)`, 6, aliases,
		` ON CONFLICT (local, lang, name) DO UPDATE SET n = entity_aliases.n + excluded.n`); err != nil {
		return fmt.Errorf("entity registry: aliases: %w", err)
	}
	if err := insertRows(ctx, q, `INSERT INTO entity_keys (key, local) VALUES `, `(?, ?)`, 2, keyRows, ` ON CONFLICT DO NOTHING`); err != nil {
		return fmt.Errorf("entity registry: keys: %w", err)
	}
	if err := insertRows(ctx, q, `INSERT INTO entity_registry (id, type, name, mentions, first_seen, last_seen) VALUES `,
		`(?, '', '', ?, ?, ?)`, 4, counts, ` ON CONFLICT (id) DO UPDATE SET mentions = entity_registry.mentions + excluded.mentions,
		first_seen = CASE WHEN excluded.first_seen < entity_registry.first_seen THEN excluded.first_seen ELSE entity_registry.first_seen END,
		last_seen = CASE WHEN excluded.last_seen > entity_registry.last_seen THEN excluded.last_seen ELSE entity_registry.last_seen END`); err != nil {
		return fmt.Errorf("entity registry: counts: %w", err)
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(keys)
	return Resolve(ctx, q, r, slices.Compact(keys), ids, false)
}

// loadPrior reads the mentions and entity of the stored locals among ids.
func loadPrior(ctx context.Context, q Querier, ids []string) (map[string]stored, error) {
	out := map[string]stored{}
	err := chunks(ids, func(part []string) error {
		rows, err := q.Query(ctx, `SELECT id, mentions, entity FROM entity_locals WHERE id IN `+in(len(part)), anys(part)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var s stored
			if err := rows.Scan(&s.ID, &s.Mentions, &s.entity); err != nil {
				return err
			}
			out[s.ID] = s
		}
		return rows.Err()
	})
	return out, err
}

// rowSizes are the row counts of the multi-row INSERTs (few distinct
// statements, kept prepared by the backends).
var rowSizes = []int{256, 64, 16, 4, 1}

// insertRows writes flat rows (cols values each) with multi-row INSERTs of
// head, one group per row, and tail.
func insertRows(ctx context.Context, q Querier, head, group string, cols int, flat []any, tail string) error {
	for len(flat) > 0 {
		n := 1
		for _, s := range rowSizes {
			if len(flat)/cols >= s {
				n = s
				break
			}
		}
		stmt := head + strings.TrimSuffix(strings.Repeat(group+",", n), ",") + tail
		if err := q.Exec(ctx, stmt, flat[:n*cols]...); err != nil {
			return err
		}
		flat = flat[n*cols:]
	}
	return nil
}

// Forget takes back what replaced documents said of their entities (their
// mentions and aliases), before Observe adds what their new analysis says,
// and returns the ids of the locals they named, for Observe to cluster
// again.
func Forget(ctx context.Context, q Querier, docs []*litopys.Document) ([]string, error) {
	var ls []entity.Local
	for _, d := range docs {
		ls = append(ls, entity.LocalsOf(d)...)
	}
	var ids []string
	for _, l := range entity.MergeLocals(ls) {
		ids = append(ids, l.ID)
		if err := q.Exec(ctx, `UPDATE entity_locals SET mentions = mentions - ? WHERE id = ?`, l.Mentions, l.ID); err != nil {
			return nil, fmt.Errorf("entity registry: forget: %w", err)
		}
		for _, n := range l.Names {
			if err := q.Exec(ctx, `UPDATE entity_aliases SET n = n - ? WHERE local = ? AND lang = ? AND name = ?`, n.N, l.ID, n.Lang, n.Text); err != nil {
				return nil, fmt.Errorf("entity registry: forget: %w", err)
			}
		}
	}
	if err := chunks(ids, func(part []string) error {
		return q.Exec(ctx, `DELETE FROM entity_aliases WHERE n <= 0 AND local IN `+in(len(part)), anys(part)...)
	}); err != nil {
		return nil, fmt.Errorf("entity registry: forget: %w", err)
	}
	return ids, nil
}
