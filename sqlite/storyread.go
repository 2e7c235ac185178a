package sqlite

import (
	"context"
	"fmt"
	"strings"

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
		where, args = append(where, "thread = ?"), append(args, f.Thread)
	}
	if f.Continues != "" {
		where, args = append(where, "continues = ?"), append(args, f.Continues)
	}
	switch name, value := storyrm.Single(f); name {
	case "lang", "outlet":
		// One condition on the story's languages or outlets: its counts
		// say it (a JSON key), without reading its documents.
		where, args = append(where, "instr(lower("+name+"s), lower(?)) > 0"), append(args, storyrm.CountsKey(name, value))
	case "entity":
		where = append(where, "id IN (SELECT story FROM story_entities WHERE entity IN ("+placeholders(len(ents))+"))")
		for _, e := range ents {
			args = append(args, e)
		}
	case "type":
		where, args = append(where, "id IN (SELECT s.story FROM story_entities s JOIN entities e ON e.id = s.entity WHERE e.type = ?)"), append(args, value)
	default:
		if f.ByDocuments() {
			cond, a := docConditions("d", f.Lang, f.Outlet, f.From, f.To, ents, f.Type)
			where = append(where, "id IN (SELECT l.story FROM story_log l JOIN documents d ON d.id = l.doc WHERE "+strings.Join(cond, " AND ")+")")
			args = append(args, a...)
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
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM stories`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories`+where+
		` ORDER BY last_day DESC, docs DESC, id LIMIT ? OFFSET ?`, append(args, litopys.PageLimit(f.Limit), max(0, f.Offset))...)
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
	for len(stories) > 0 {
		n := min(len(stories), 500)
		args := make([]any, n)
		for i, s := range stories[:n] {
			args[i] = s.ID
		}
		rows, err := db.read.QueryContext(ctx, `SELECT e.id, e.type, e.name, count(*) FROM story_entities s JOIN entities e ON e.id = s.entity
			WHERE s.story IN (`+placeholders(n)+`) GROUP BY e.id`, args...)
		if err != nil {
			return fc, fmt.Errorf("story facets: %w", err)
		}
		for rows.Next() {
			var e litopys.EntityCount
			if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Documents); err != nil {
				rows.Close()
				return fc, fmt.Errorf("story facets: %w", err)
			}
			fc.Entities = append(fc.Entities, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fc, fmt.Errorf("story facets: %w", err)
		}
		stories = stories[n:]
	}
	storyrm.SortEntityCounts(fc.Entities)
	return fc, nil
}

// Story returns one story of the read model.
func (db *DB) Story(ctx context.Context, id string) (litopys.StorySummary, error) {
	s, err := storyRow(ctx, db.read, id)
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
	rows, err := db.read.QueryContext(ctx, `SELECT `+summaryColumns+` FROM documents
		WHERE id IN (SELECT doc FROM story_log WHERE story = ?) ORDER BY day DESC, seq DESC LIMIT ? OFFSET ?`,
		id, litopys.PageLimit(limit), max(0, offset))
	if err != nil {
		return nil, fmt.Errorf("story %s documents: %w", id, err)
	}
	return scanSummaries(rows)
}

// StoryEvents returns a story's documents as its chronology reads them.
func (db *DB) StoryEvents(ctx context.Context, id string) ([]*litopys.Document, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT doc, lang, outlet, published, events FROM story_log WHERE story = ? ORDER BY seq`, id)
	if err != nil {
		return nil, fmt.Errorf("story %s events: %w", id, err)
	}
	defer rows.Close()
	var out []*litopys.Document
	for rows.Next() {
		var doc, lang, outlet, pub string
		var events []byte
		if err := rows.Scan(&doc, &lang, &outlet, &pub, &events); err != nil {
			return nil, fmt.Errorf("story %s events: %w", id, err)
		}
		published, _ := litopys.ParseDate(pub)
		d, err := storyrm.DecodeEvents(doc, lang, outlet, published, events)
		if err != nil {
			return nil, fmt.Errorf("story %s events: %w", id, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// StoryEntities lists the entities a story's documents name, most widely
// named first, with their names.
func (db *DB) StoryEntities(ctx context.Context, id string, limit int) ([]litopys.EntityCount, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT e.id, e.type, e.name, s.docs FROM story_entities s JOIN entities e ON e.id = s.entity
		WHERE s.story = ? ORDER BY s.docs DESC, e.type, e.name, e.id LIMIT ?`, id, litopys.PageLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("story %s entities: %w", id, err)
	}
	var out []litopys.EntityCount
	for rows.Next() {
		var e litopys.EntityCount
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Documents); err != nil {
			rows.Close()
			return nil, fmt.Errorf("story %s entities: %w", id, err)
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
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
	rows, err := db.read.QueryContext(ctx, `SELECT lang, name FROM entity_names WHERE entity = ? AND lang <> '' ORDER BY lang, name`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var lang, name string
		if err := rows.Scan(&lang, &name); err != nil {
			return nil, err
		}
		if out[lang] == "" {
			out[lang] = name
		}
	}
	return out, rows.Err()
}

// StoriesOf maps documents to their stories.
func (db *DB) StoriesOf(ctx context.Context, docs []string) (map[string]string, error) {
	out := map[string]string{}
	for len(docs) > 0 {
		n := min(len(docs), 500)
		args := make([]any, n)
		for i, d := range docs[:n] {
			args[i] = d
		}
		rows, err := db.read.QueryContext(ctx, `SELECT doc, story FROM story_log WHERE doc IN (`+placeholders(n)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("stories of documents: %w", err)
		}
		for rows.Next() {
			var d, s string
			if err := rows.Scan(&d, &s); err != nil {
				rows.Close()
				return nil, fmt.Errorf("stories of documents: %w", err)
			}
			out[d] = s
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("stories of documents: %w", err)
		}
		docs = docs[n:]
	}
	return out, nil
}

// Threads lists the threads, latest first.
func (db *DB) Threads(ctx context.Context, limit, offset int) ([]litopys.ThreadSummary, int, error) {
	var total int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM threads`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list threads: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT `+threadColumns+` FROM threads ORDER BY last_day DESC, docs DESC, id LIMIT ? OFFSET ?`,
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
	t, err := threadRow(ctx, db.read, id)
	if err != nil {
		return litopys.ThreadSummary{}, fmt.Errorf("get thread %s: %w", id, err)
	}
	if t == nil {
		return litopys.ThreadSummary{}, litopys.Errorf(litopys.ENOTFOUND, "thread %q not found", id)
	}
	return t.Summary(), nil
}
