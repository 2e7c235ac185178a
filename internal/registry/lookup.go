package registry

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/entity"
)

// Canonical returns the id of the entity known by id: itself, where a
// redirect leads, or the entity of the local with that id.
func Canonical(ctx context.Context, q Querier, id string) (string, error) {
	for _, query := range []string{
		`SELECT id FROM entity_registry WHERE id = ?`,
		`SELECT target FROM entity_redirects WHERE id = ?`,
		`SELECT entity FROM entity_locals WHERE id = ? AND entity <> ''`,
	} {
		got, err := queryStrings(ctx, q, query, id)
		if err != nil {
			return "", fmt.Errorf("entity registry: %w", err)
		}
		if len(got) > 0 {
			return got[0], nil
		}
	}
	return "", litopys.Errorf(litopys.ENOTFOUND, "entity %q not found", id)
}

// DocumentIDs returns the ids documents use for the entity known by id
// (canonical, redirected or a member): its members, or id alone where the
// registry does not know it. An empty id gives nil: no entity asked for.
func DocumentIDs(ctx context.Context, q Querier, id string) ([]string, error) {
	if id == "" {
		return nil, nil
	}
	c, err := Canonical(ctx, q, id)
	if litopys.ErrorCode(err) == litopys.ENOTFOUND {
		return []string{id}, nil
	}
	if err != nil {
		return nil, err
	}
	ms, err := Members(ctx, q, c)
	if err != nil || len(ms) == 0 {
		return []string{id}, err
	}
	return ms, nil
}

// Members returns the ids documents use for the entity id (canonical),
// most mentioned first.
func Members(ctx context.Context, q Querier, id string) ([]string, error) {
	got, err := queryStrings(ctx, q, `SELECT id FROM entity_locals WHERE entity = ? ORDER BY mentions DESC, id`, id)
	if err != nil {
		return nil, fmt.Errorf("entity registry: %w", err)
	}
	return got, nil
}

// maxSpellings bounds the spellings Info lists.
const maxSpellings = 200

// Info returns what the registry knows of the entity known by id (without
// its documents).
func Info(ctx context.Context, q Querier, id string) (*litopys.EntityInfo, error) {
	c, err := Canonical(ctx, q, id)
	if err != nil {
		return nil, err
	}
	rows, err := q.Query(ctx, `SELECT `+summaryColumns+`, types FROM entity_registry WHERE id = ?`, c)
	if err != nil {
		return nil, fmt.Errorf("entity registry: %w", err)
	}
	var info *litopys.EntityInfo
	for rows.Next() {
		var s litopys.EntitySummary
		var types string
		if err := scanSummary(rows, &s, &types); err != nil {
			rows.Close()
			return nil, fmt.Errorf("entity registry: %w", err)
		}
		info = &litopys.EntityInfo{Entity: s.Entity, Mentions: s.Mentions, FirstSeen: s.FirstSeen, LastSeen: s.LastSeen}
		_ = json.Unmarshal([]byte(types), &info.Types)
	}
	rows.Close()
	if info == nil {
		return nil, litopys.Errorf(litopys.ENOTFOUND, "entity %q not found", id)
	}
	if info.Members, err = Members(ctx, q, c); err != nil {
		return nil, err
	}
	rows, err = q.Query(ctx, `SELECT lang, name, sum(n) FROM entity_aliases
		WHERE local IN (SELECT id FROM entity_locals WHERE entity = ?) GROUP BY lang, name ORDER BY 3 DESC, 2, 1 LIMIT ?`, c, maxSpellings)
	if err != nil {
		return nil, fmt.Errorf("entity registry: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	for rows.Next() {
		var s litopys.Spelling
		if err := rows.Scan(&s.Lang, &s.Name, &s.N); err != nil {
			return nil, fmt.Errorf("entity registry: %w", err)
		}
		info.Spellings = append(info.Spellings, s)
		if !seen[s.Name] && s.Name != info.Name {
			seen[s.Name] = true
			info.Aliases = append(info.Aliases, s.Name)
		}
	}
	return info, rows.Err()
}

const summaryColumns = `id, type, name, name_ru, name_uk, name_en, mentions, first_seen, last_seen`

func scanSummary(rows Rows, s *litopys.EntitySummary, extra ...any) error {
	var ru, uk, en string
	dest := append([]any{&s.ID, &s.Type, &s.Name, &ru, &uk, &en, &s.Mentions, &s.FirstSeen, &s.LastSeen}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	s.Names = map[string]string{}
	for lang, n := range map[string]string{"ru": ru, "uk": uk, "en": en} {
		if n != "" {
			s.Names[lang] = n
		}
	}
	s.Aliases = []string{}
	return nil
}

// Find looks entities up (see litopys.EntityQuery). readings are the
// spellings the query text may stand for (search.Analyzer.NameReadings),
// lower-cased; the registry matches them, their match keys and the query as
// a prefix of a name against every alias.
func Find(ctx context.Context, q Querier, r *entity.Registry, eq litopys.EntityQuery, readings []string) (litopys.EntityList, error) {
	out := litopys.EntityList{Entities: []litopys.EntitySummary{}}
	var where []string
	var args []any
	if eq.Type != "" {
		where, args = append(where, "type = ?"), append(args, eq.Type)
	}
	switch eq.Lang {
	case "":
	default:
		if !litopys.IsLang(eq.Lang) {
			return out, litopys.Errorf(litopys.EINVALID, "entities: unknown language %q (one of %s)", eq.Lang, strings.Join(litopys.LangCodes(), ", "))
		}
		// The registry keeps a name column per language (name_ru, …).
		where = append(where, "name_"+eq.Lang+" <> ''")
	}
	if text := strings.TrimSpace(eq.Text); text != "" {
		lower := strings.ToLower(text)
		terms := append([]string{lower}, readings...)
		var keys []string
		for _, t := range terms {
			if k := r.Key(t); k != "" {
				keys = append(keys, k)
			}
		}
		match := `term IN ` + in(len(terms)) + ` OR mkey IN ` + in(len(keys))
		margs := append(anys(terms), anys(keys)...)
		if utf8.RuneCountInString(lower) >= 3 {
			match += ` OR (term >= ? AND term < ?)`
			margs = append(margs, lower, lower+"\U0010FFFF")
		}
		where = append(where, `(id = ? OR id IN (SELECT entity FROM entity_locals WHERE id = ? OR id IN
			(SELECT local FROM entity_aliases WHERE `+match+`) OR id IN (SELECT local FROM entity_keys WHERE key IN `+in(len(keys))+`)))`)
		args = append(args, text, text)
		args = append(args, margs...)
		args = append(args, anys(keys)...)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	got, err := queryStrings(ctx, q, `SELECT CAST(count(*) AS TEXT) FROM entity_registry`+cond, args...)
	if err != nil {
		return out, fmt.Errorf("entities: %w", err)
	}
	if len(got) > 0 {
		fmt.Sscan(got[0], &out.Total)
	}
	rows, err := q.Query(ctx, `SELECT `+summaryColumns+` FROM entity_registry`+cond+` ORDER BY mentions DESC, id LIMIT ? OFFSET ?`,
		append(args, litopys.PageLimit(eq.Limit), max(0, eq.Offset))...)
	if err != nil {
		return out, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s litopys.EntitySummary
		if err := scanSummary(rows, &s); err != nil {
			return out, fmt.Errorf("entities: %w", err)
		}
		out.Entities = append(out.Entities, s)
	}
	return out, rows.Err()
}

// Changes returns the log of changes about id (all for ""), oldest first.
func Changes(ctx context.Context, q Querier, id string) ([]litopys.EntityChange, error) {
	query := `SELECT at, kind, old_id, new_id, manual FROM entity_changes`
	var args []any
	if id != "" {
		query += ` WHERE old_id = ? OR new_id = ?`
		args = append(args, id, id)
	}
	rows, err := q.Query(ctx, query+` ORDER BY seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("entity changes: %w", err)
	}
	defer rows.Close()
	out := []litopys.EntityChange{}
	for rows.Next() {
		var c litopys.EntityChange
		var manual int
		if err := rows.Scan(&c.At, &c.Kind, &c.Old, &c.New, &manual); err != nil {
			return nil, fmt.Errorf("entity changes: %w", err)
		}
		c.Manual = manual != 0
		out = append(out, c)
	}
	return out, rows.Err()
}
