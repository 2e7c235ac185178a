package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/storyrm"
)

var (
	_ litopys.StoryReader = (*DB)(nil)
	_ litopys.Directory   = (*DB)(nil)
)

// storyWhere is the WHERE clause (with its arguments) of the stories f
// keeps.
func storyWhere(f litopys.StoryFilter) (string, []any) {
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
		where, args = append(where, "id IN (SELECT story FROM story_entities WHERE entity = ?)"), append(args, value)
	case "type":
		where, args = append(where, "id IN (SELECT s.story FROM story_entities s JOIN entities e ON e.id = s.entity WHERE e.type = ?)"), append(args, value)
	default:
		if f.ByDocuments() {
			cond, a := docConditions("d", f.Lang, f.Outlet, f.From, f.To, f.Entity, f.Type)
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
	where, args := storyWhere(f)
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
		if out[i].Names, err = db.entityNames(ctx, out[i].ID); err != nil {
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
	err := db.inChunks(ctx, ids, `SELECT d.id, e.id, e.type, e.name FROM documents d JOIN doc_entities de ON de.doc = d.seq
		JOIN entities e ON e.id = de.entity WHERE d.id IN (%s) ORDER BY d.id, e.id`,
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

// DocumentSummaries maps stored documents to their summaries.
func (db *DB) DocumentSummaries(ctx context.Context, ids []string) (map[string]litopys.DocumentSummary, error) {
	out := map[string]litopys.DocumentSummary{}
	err := db.inChunks(ctx, ids, `SELECT `+summaryColumns+` FROM documents WHERE id IN (%s)`, func(rows *sql.Rows) error {
		var s litopys.DocumentSummary
		var pub string
		if err := rows.Scan(&s.ID, &s.URL, &s.Title, &s.Lang, &s.Outlet, &pub, &s.Analyser); err != nil {
			return err
		}
		s.Published, _ = litopys.ParseDate(pub)
		out[s.ID] = s
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("document summaries: %w", err)
	}
	return out, nil
}

// inChunks runs query (with %s for the placeholders) over ids, 500 at a
// time, calling scan on each row.
func (db *DB) inChunks(ctx context.Context, ids []string, query string, scan func(*sql.Rows) error) error {
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		rows, err := db.read.QueryContext(ctx, fmt.Sprintf(query, placeholders(n)), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// CountDocuments counts the documents f keeps.
func (db *DB) CountDocuments(ctx context.Context, f litopys.DocumentFilter) (int, error) {
	where, args := docConditions("documents", f.Lang, f.Outlet, f.From, f.To, f.Entity, "")
	if len(where) == 0 {
		return db.Count(ctx)
	}
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE `+strings.Join(where, " AND "), args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}
