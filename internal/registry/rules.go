package registry

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/entity"
)

// LoadRules reads an analyst's corrections, in the order they were made.
func LoadRules(ctx context.Context, q Querier) (entity.Rules, error) {
	rows, err := q.Query(ctx, `SELECT kind, ids FROM entity_rules ORDER BY seq`)
	if err != nil {
		return entity.Rules{}, err
	}
	defer rows.Close()
	var r entity.Rules
	for rows.Next() {
		var kind, ids string
		if err := rows.Scan(&kind, &ids); err != nil {
			return r, err
		}
		f := strings.Split(ids, "\n")
		switch {
		case kind == "merge" && len(f) == 2:
			r.Merge = append(r.Merge, [2]string{f[0], f[1]})
		case kind == "split":
			off, rest, _ := strings.Cut(ids, "\n-\n")
			r.Split = append(r.Split, entity.Split{Off: strings.Split(off, "\n"), Rest: strings.Split(rest, "\n")})
		}
	}
	return r, rows.Err()
}

// Merge records that the entities a and b (any ids they are known by) are
// one, and clusters them again: the merge survives re-analysis.
func Merge(ctx context.Context, q Querier, r *entity.Registry, a, b string) (string, error) {
	ma, err := mainLocal(ctx, q, a)
	if err != nil {
		return "", err
	}
	mb, err := mainLocal(ctx, q, b)
	if err != nil {
		return "", err
	}
	if err := addRule(ctx, q, "merge", []string{ma, mb}); err != nil {
		return "", err
	}
	if err := Resolve(ctx, q, r, nil, []string{ma, mb}, true); err != nil {
		return "", err
	}
	return Canonical(ctx, q, ma)
}

// Split records that the given members (ids documents use, see
// Members) of an entity are an entity of their own, and clusters again.
func Split(ctx context.Context, q Querier, r *entity.Registry, id string, members []string) (string, error) {
	c, err := Canonical(ctx, q, id)
	if err != nil {
		return "", err
	}
	all, err := Members(ctx, q, c)
	if err != nil {
		return "", err
	}
	for _, m := range members {
		if !slices.Contains(all, m) {
			return "", litopys.Errorf(litopys.EINVALID, "split %s: %q is not one of its members (%s)", c, m, strings.Join(all, ", "))
		}
	}
	if len(members) == 0 || len(members) == len(all) {
		return "", litopys.Errorf(litopys.EINVALID, "split %s: name some but not all of its members (%s)", c, strings.Join(all, ", "))
	}
	var rest []string
	for _, m := range all {
		if !slices.Contains(members, m) {
			rest = append(rest, m)
		}
	}
	if err := addRule(ctx, q, "split", append(append(slices.Clone(members), "-"), rest...)); err != nil {
		return "", err
	}
	if err := Resolve(ctx, q, r, nil, all, true); err != nil {
		return "", err
	}
	return Canonical(ctx, q, members[0])
}

func addRule(ctx context.Context, q Querier, kind string, ids []string) error {
	err := q.Exec(ctx, `INSERT INTO entity_rules (kind, ids, at) VALUES (?, ?, ?)`, kind, strings.Join(ids, "\n"),
		time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("entity registry: add rule: %w", err)
	}
	return nil
}

// mainLocal returns the most mentioned member of the entity id names.
func mainLocal(ctx context.Context, q Querier, id string) (string, error) {
	c, err := Canonical(ctx, q, id)
	if err != nil {
		return "", err
	}
	got, err := queryStrings(ctx, q, `SELECT id FROM entity_locals WHERE entity = ? ORDER BY mentions DESC, id LIMIT 1`, c)
	if err != nil {
		return "", fmt.Errorf("entity registry: %w", err)
	}
	if len(got) == 0 {
		return "", litopys.Errorf(litopys.ENOTFOUND, "entity %q has no members", id)
	}
	return got[0], nil
}
