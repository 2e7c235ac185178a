package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/storyrm"
)

var _ litopys.StoryReader = (*DB)(nil)

// storyWhere is the WHERE clause (with its arguments) of the stories f
// keeps, ents being the ids documents use for its entity (see members).
func storyWhere(f litopys.StoryFilter, ents []string) (string, []any) {
	var where []string
	var args []any
	if f.Thread != "" {
		args = append(args, clean(f.Thread))
		where = append(where, fmt.Sprintf("thread = $%d", len(args)))
	}
	if f.Continues != "" {
		args = append(args, clean(f.Continues))
		where = append(where, fmt.Sprintf("continues = $%d", len(args)))
	}
	switch name, value := storyrm.Single(f); name {
	case "lang", "outlet":
		// One condition on the story's languages or outlets: its counts
		// say it (a JSON key), without reading its documents.
		args = append(args, clean(storyrm.CountsKey(name, value)))
		where = append(where, fmt.Sprintf("position(lower($%d) in lower(%ss)) > 0", len(args), name))
	case "entity":
		args = append(args, cleanAll(ents))
		where = append(where, fmt.Sprintf("id IN (SELECT story FROM story_entities WHERE entity = ANY($%d))", len(args)))
	case "type":
		args = append(args, clean(value))
		where = append(where, fmt.Sprintf("id IN (SELECT s.story FROM story_entities s JOIN entities e ON e.id = s.entity WHERE e.type = $%d)", len(args)))
	default:
		if f.ByDocuments() {
			cond := docConditions(&args, "d", f.Lang, f.Outlet, f.From, f.To, ents, f.Type)
			where = append(where, "id IN (SELECT l.story FROM story_log l JOIN documents d ON d.id = l.doc WHERE "+strings.Join(cond, " AND ")+")")
		}
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// Stories lists the stories of the read model matching f, latest first.
func (db *DB) Stories(ctx context.Context, f litopys.StoryFilter) ([]litopys.StorySummary, int, error) {
	ents, err := db.members(ctx, f.Entity)
	if err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	where, args := storyWhere(f, ents)
	var total int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM stories`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	n := len(args)
	rows, err := db.pool.Query(ctx, `SELECT `+storyColumns+` FROM stories`+where+
		fmt.Sprintf(` ORDER BY last_day DESC, docs DESC, id LIMIT $%d OFFSET $%d`, n+1, n+2), append(args, litopys.PageLimit(f.Limit), max(0, f.Offset))...)
	if err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	out := []litopys.StorySummary{}
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("list stories: %w", err)
		}
		out = append(out, s.Summary())
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	return out, total, nil
}

// StoryFacets counts the facets of the latest most stories f keeps.
func (db *DB) StoryFacets(ctx context.Context, f litopys.StoryFilter, most int) (litopys.StoryFacets, error) {
	f.Limit, f.Offset = most, 0
	stories, _, err := db.Stories(ctx, f)
	if err != nil {
		return litopys.StoryFacets{}, err
	}
	fc := storyrm.Facets(stories)
	ids := make([]string, len(stories))
	for i, s := range stories {
		ids[i] = s.ID
	}
	rows, err := db.pool.Query(ctx, `SELECT e.id, e.type, e.name, count(*) FROM story_entities s JOIN entities e ON e.id = s.entity
		WHERE s.story = ANY($1) GROUP BY e.id`, ids)
	if err != nil {
		return fc, fmt.Errorf("story facets: %w", err)
	}
	var e litopys.EntityCount
	var n int64
	if _, err := pgx.ForEachRow(rows, []any{&e.ID, &e.Type, &e.Name, &n}, func() error {
		e.Documents = int(n)
		fc.Entities = append(fc.Entities, e)
		return nil
	}); err != nil {
		return fc, fmt.Errorf("story facets: %w", err)
	}
	storyrm.SortEntityCounts(fc.Entities)
	return fc, nil
}

// Story returns one story of the read model.
func (db *DB) Story(ctx context.Context, id string) (litopys.StorySummary, error) {
	s, err := storyRow(ctx, db.pool, id)
	if err != nil {
		return litopys.StorySummary{}, fmt.Errorf("get story %s: %w", id, err)
	}
	if s == nil {
		return litopys.StorySummary{}, litopys.Errorf(litopys.ENOTFOUND, "story %q not found", id)
	}
	return s.Summary(), nil
}

// StoryDocuments lists a story's documents, newest first.
func (db *DB) StoryDocuments(ctx context.Context, id string, limit, offset int) ([]litopys.DocumentSummary, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+summaryColumns+` FROM documents
		WHERE id IN (SELECT doc FROM story_log WHERE story = $1) ORDER BY day DESC, seq DESC LIMIT $2 OFFSET $3`,
		clean(id), litopys.PageLimit(limit), max(0, offset))
	if err != nil {
		return nil, fmt.Errorf("story %s documents: %w", id, err)
	}
	return scanSummaries(rows)
}

// StoryEvents returns a story's documents as its chronology reads them.
func (db *DB) StoryEvents(ctx context.Context, id string) ([]*litopys.Document, error) {
	rows, err := db.pool.Query(ctx, `SELECT doc, lang, outlet, published, events FROM story_log WHERE story = $1 ORDER BY seq`, clean(id))
	if err != nil {
		return nil, fmt.Errorf("story %s events: %w", id, err)
	}
	var out []*litopys.Document
	var doc, lang, outlet, pub string
	var events []byte
	if _, err := pgx.ForEachRow(rows, []any{&doc, &lang, &outlet, &pub, &events}, func() error {
		published, _ := litopys.ParseDate(pub)
		d, err := storyrm.DecodeEvents(doc, lang, outlet, published, events)
		if err != nil {
			return err
		}
		out = append(out, d)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("story %s events: %w", id, err)
	}
	return out, nil
}

// StoryEntities lists the entities a story's documents name, most widely
// named first, with their names.
func (db *DB) StoryEntities(ctx context.Context, id string, limit int) ([]litopys.EntityCount, error) {
	rows, err := db.pool.Query(ctx, `SELECT e.id, e.type, e.name, s.docs FROM story_entities s JOIN entities e ON e.id = s.entity
		WHERE s.story = $1 ORDER BY s.docs DESC, e.type, e.name, e.id LIMIT $2`, clean(id), litopys.PageLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("story %s entities: %w", id, err)
	}
	var out []litopys.EntityCount
	var e litopys.EntityCount
	if _, err := pgx.ForEachRow(rows, []any{&e.ID, &e.Type, &e.Name, &e.Documents}, func() error {
		out = append(out, e)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("story %s entities: %w", id, err)
	}
	for i := range out {
		if out[i].Names, err = db.entityNames(ctx, out[i].ID); err != nil {
			return nil, fmt.Errorf("story %s entities: %w", id, err)
		}
	}
	return out, nil
}

// entityNames returns an entity's name per language.
func (db *DB) entityNames(ctx context.Context, id string) (map[string]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT lang, name FROM entity_names WHERE entity = $1 AND lang <> '' ORDER BY lang, name`, clean(id))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	var lang, name string
	_, err = pgx.ForEachRow(rows, []any{&lang, &name}, func() error {
		if out[lang] == "" {
			out[lang] = name
		}
		return nil
	})
	return out, err
}

// StoriesOf maps documents to their stories.
func (db *DB) StoriesOf(ctx context.Context, docs []string) (map[string]string, error) {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = clean(d)
	}
	rows, err := db.pool.Query(ctx, `SELECT doc, story FROM story_log WHERE doc = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("stories of documents: %w", err)
	}
	out := map[string]string{}
	var d, s string
	if _, err := pgx.ForEachRow(rows, []any{&d, &s}, func() error {
		out[d] = s
		return nil
	}); err != nil {
		return nil, fmt.Errorf("stories of documents: %w", err)
	}
	return out, nil
}

// Threads lists the threads, latest first.
func (db *DB) Threads(ctx context.Context, limit, offset int) ([]litopys.ThreadSummary, int, error) {
	var total int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM threads`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list threads: %w", err)
	}
	rows, err := db.pool.Query(ctx, `SELECT `+threadColumns+` FROM threads ORDER BY last_day DESC, docs DESC, id LIMIT $1 OFFSET $2`,
		litopys.PageLimit(limit), max(0, offset))
	if err != nil {
		return nil, 0, fmt.Errorf("list threads: %w", err)
	}
	defer rows.Close()
	out := []litopys.ThreadSummary{}
	for rows.Next() {
		t, err := scanThread(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("list threads: %w", err)
		}
		out = append(out, t.Summary())
	}
	return out, total, rows.Err()
}

// Thread returns one thread.
func (db *DB) Thread(ctx context.Context, id string) (litopys.ThreadSummary, error) {
	t, err := threadRow(ctx, db.pool, id)
	if err != nil {
		return litopys.ThreadSummary{}, fmt.Errorf("get thread %s: %w", id, err)
	}
	if t == nil {
		return litopys.ThreadSummary{}, litopys.Errorf(litopys.ENOTFOUND, "thread %q not found", id)
	}
	return t.Summary(), nil
}
