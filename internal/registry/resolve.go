package registry

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/litopys/litopys/entity"
)

// stored is a local as the registry holds it.
type stored struct {
	entity.Local
	entity      string // its canonical entity ("" when new)
	first, last string
}

// Resolve clusters again the locals that share a key in keys or are in
// ids, with every other local of the entities they belong to, and writes
// the outcome: each local's entity, the entities' rows, redirects of ids
// that disappear into another, and the log of changes (manual marks a
// change an analyst asked for).
func Resolve(ctx context.Context, q Querier, r *entity.Registry, keys, ids []string, manual bool) error {
	near, err := neighbourhood(ctx, q, keys, ids)
	if err != nil {
		return fmt.Errorf("entity registry: %w", err)
	}
	locals, err := loadLocals(ctx, q, near)
	if err != nil {
		return fmt.Errorf("entity registry: %w", err)
	}
	rules, err := LoadRules(ctx, q)
	if err != nil {
		return fmt.Errorf("entity registry: %w", err)
	}
	// Locals no document names any more leave their entity.
	var ls []entity.Local
	var gone []string
	live := locals[:0:0]
	for _, l := range locals {
		if l.Mentions <= 0 {
			gone = append(gone, l.ID)
			continue
		}
		ls = append(ls, l.Local)
		live = append(live, l)
	}
	if err := dropLocals(ctx, q, locals, gone); err != nil {
		return fmt.Errorf("entity registry: %w", err)
	}
	locals = live
	cs := r.Cluster(ls, rules)
	touched := map[string]bool{}
	for _, id := range ids {
		touched[id] = true
	}
	if err := apply(ctx, q, locals, cs, touched, manual); err != nil {
		return fmt.Errorf("entity registry: %w", err)
	}
	return nil
}

// neighbourhood returns the locals with a key in keys, those in ids, and
// every local of the entities these belong to.
func neighbourhood(ctx context.Context, q Querier, keys, ids []string) ([]string, error) {
	set := map[string]bool{}
	for _, id := range ids {
		set[id] = true
	}
	err := chunks(keys, func(part []string) error {
		got, err := queryStrings(ctx, q, `SELECT local FROM entity_keys WHERE key IN `+in(len(part)), anys(part)...)
		for _, id := range got {
			set[id] = true
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	ents := map[string]bool{}
	err = chunks(slices.Sorted(maps.Keys(set)), func(part []string) error {
		got, err := queryStrings(ctx, q, `SELECT DISTINCT entity FROM entity_locals WHERE entity <> '' AND id IN `+in(len(part)), anys(part)...)
		for _, e := range got {
			ents[e] = true
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	err = chunks(slices.Sorted(maps.Keys(ents)), func(part []string) error {
		got, err := queryStrings(ctx, q, `SELECT id FROM entity_locals WHERE entity IN `+in(len(part)), anys(part)...)
		for _, id := range got {
			set[id] = true
		}
		return err
	})
	return slices.Sorted(maps.Keys(set)), err
}

// loadLocals reads the locals ids with their names.
func loadLocals(ctx context.Context, q Querier, ids []string) ([]stored, error) {
	byID := map[string]int{}
	var out []stored
	err := chunks(ids, func(part []string) error {
		rows, err := q.Query(ctx, `SELECT id, entity, type, key, mentions, first_seen, last_seen FROM entity_locals WHERE id IN `+in(len(part)), anys(part)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var s stored
			if err := rows.Scan(&s.ID, &s.entity, &s.Type, &s.Key, &s.Mentions, &s.first, &s.last); err != nil {
				return err
			}
			byID[s.ID] = len(out)
			out = append(out, s)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	err = chunks(ids, func(part []string) error {
		rows, err := q.Query(ctx, `SELECT local, lang, name, n FROM entity_aliases WHERE local IN `+in(len(part)), anys(part)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var local string
			var n entity.Name
			if err := rows.Scan(&local, &n.Lang, &n.Text, &n.N); err != nil {
				return err
			}
			if i, ok := byID[local]; ok {
				out[i].Names = append(out[i].Names, n)
			}
		}
		return rows.Err()
	})
	return out, err
}

// apply writes the clustering cs of locals: the entities whose members
// changed or that hold a local in touched (whose counts changed).
func apply(ctx context.Context, q Querier, locals []stored, cs []entity.Canonical, touched map[string]bool, manual bool) error {
	byID := map[string]*stored{}
	prev := map[string]bool{}
	for i := range locals {
		byID[locals[i].ID] = &locals[i]
		if e := locals[i].entity; e != "" {
			prev[e] = true
		}
	}
	// An id an entity outside the neighbourhood holds cannot be given.
	var fresh []string
	for _, c := range cs {
		if !prev[c.ID] {
			fresh = append(fresh, c.ID)
		}
	}
	held := map[string]bool{}
	if err := chunks(fresh, func(part []string) error {
		got, err := queryStrings(ctx, q, `SELECT id FROM entity_registry WHERE id IN `+in(len(part)), anys(part)...)
		for _, id := range got {
			held[id] = true
		}
		return err
	}); err != nil {
		return err
	}
	final := map[string]bool{}
	for i := range cs {
		id := cs[i].ID
		var err error
		cs[i].ID = entity.Unique(id, func(c string) bool {
			if final[c] || c == id && held[c] {
				return true
			}
			if prev[c] || c == id {
				return false
			}
			var got []string
			got, err = queryStrings(ctx, q, `SELECT id FROM entity_registry WHERE id = ?`, c)
			return len(got) > 0
		})
		if err != nil {
			return err
		}
		final[cs[i].ID] = true
	}
	// Where each old id goes: the entity holding most of its mentions.
	heir := map[string]string{}
	heirN := map[string]int{}
	for _, c := range cs {
		share := map[string]int{}
		for _, m := range c.Members {
			if l := byID[m]; l.entity != "" {
				share[l.entity] += l.Mentions + 1
			}
		}
		for old, n := range share {
			if n > heirN[old] || n == heirN[old] && c.ID < heir[old] {
				heir[old], heirN[old] = c.ID, n
			}
		}
	}
	now := time.Now().UTC().Format(time.RFC3339)
	byHand := 0
	if manual {
		byHand = 1
	}
	var rows, moves []any
	var back []string // ids that are entities again
	// An entity that loses members is written again (its counts change).
	lost := map[string]bool{}
	for _, c := range cs {
		for _, m := range c.Members {
			if l := byID[m]; l.entity != "" && l.entity != c.ID {
				lost[l.entity] = true
			}
		}
	}
	for _, c := range cs {
		var moved []string
		olds := map[string]bool{}
		first, last := "", ""
		hot := false
		for _, m := range c.Members {
			l := byID[m]
			if l.entity != c.ID {
				moved = append(moved, m)
			}
			if l.entity != "" {
				olds[l.entity] = true
			}
			hot = hot || touched[m]
			if l.first != "" && (first == "" || l.first < first) {
				first = l.first
			}
			if l.last > last {
				last = l.last
			}
		}
		if len(moved) == 0 && !hot && !lost[c.ID] {
			continue
		}
		for _, m := range moved {
			moves = append(moves, m, byID[m].Type, c.ID)
		}
		types, _ := json.Marshal(c.Types)
		rows = append(rows, c.ID, c.Type, c.Name, c.Names["ru"], c.Names["uk"], c.Names["en"], c.Mentions, string(types), first, last)
		if !prev[c.ID] {
			back = append(back, c.ID)
		}
		for _, old := range slices.Sorted(maps.Keys(olds)) {
			if old == c.ID {
				continue
			}
			kind := "split"
			if !final[old] && heir[old] == c.ID {
				kind = "rename"
				if len(olds) > 1 {
					kind = "merge"
				}
				if err := redirect(ctx, q, old, c.ID); err != nil {
					return err
				}
			} else if !final[old] {
				continue // the part of a vanished id that went elsewhere
			}
			if err := q.Exec(ctx, `INSERT INTO entity_changes (at, kind, old_id, new_id, manual) VALUES (?, ?, ?, ?, ?)`,
				now, kind, old, c.ID, byHand); err != nil {
				return err
			}
		}
	}
	if err := chunks(back, func(part []string) error {
		return q.Exec(ctx, `DELETE FROM entity_redirects WHERE id IN `+in(len(part)), anys(part)...)
	}); err != nil {
		return err
	}
	if err := insertRows(ctx, q, `INSERT INTO entity_locals (id, type, entity) VALUES `, `(?, ?, ?)`, 3, moves,
		` ON CONFLICT (id) DO UPDATE SET entity = excluded.entity`); err != nil {
		return err
	}
	return insertRows(ctx, q, `INSERT INTO entity_registry (id, type, name, name_ru, name_uk, name_en, mentions, types, first_seen, last_seen) VALUES `,
		`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, 10, rows, ` ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name,
		name_ru = excluded.name_ru, name_uk = excluded.name_uk, name_en = excluded.name_en, mentions = excluded.mentions,
		types = excluded.types, first_seen = excluded.first_seen, last_seen = excluded.last_seen`)
}

// redirect sends old, and every id that led to it, to id.
func redirect(ctx context.Context, q Querier, old, id string) error {
	if err := q.Exec(ctx, `DELETE FROM entity_registry WHERE id = ?`, old); err != nil {
		return err
	}
	if err := q.Exec(ctx, `UPDATE entity_redirects SET target = ? WHERE target = ?`, id, old); err != nil {
		return err
	}
	return q.Exec(ctx, `INSERT INTO entity_redirects (id, target) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET target = excluded.target`, old, id)
}

// dropLocals takes the locals gone out of their entities, and deletes the
// entities left with no local.
func dropLocals(ctx context.Context, q Querier, locals []stored, gone []string) error {
	if len(gone) == 0 {
		return nil
	}
	if err := chunks(gone, func(part []string) error {
		return q.Exec(ctx, `UPDATE entity_locals SET entity = '' WHERE id IN `+in(len(part)), anys(part)...)
	}); err != nil {
		return err
	}
	for _, l := range locals {
		if l.entity != "" && slices.Contains(gone, l.ID) {
			if err := q.Exec(ctx, `DELETE FROM entity_registry WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity_locals WHERE entity = ?)`, l.entity, l.entity); err != nil {
				return err
			}
		}
	}
	return nil
}
