package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/litopys/litopys"
	"github.com/litopys/litopys/internal/registry"
	"github.com/litopys/litopys/internal/storyrm"
)

var _ litopys.StoryReader = (*Reader)(nil)

// storyWhere is the WHERE clause (with its arguments) of the stories f
// keeps, ents being the ids documents use for its entity.
func (d Dialect) storyWhere(f litopys.StoryFilter, ents []string) (string, []any) {
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
		where, args = append(where, d.Contains(name+"s")), append(args, storyrm.CountsKey(name, value))
	case "entity":
		cond, a := d.In("entity", ents)
		where, args = append(where, "id IN (SELECT story FROM story_entities WHERE "+cond+")"), append(args, a...)
	case "type":
		where, args = append(where, "id IN (SELECT s.story FROM story_entities s JOIN entities e ON e.id = s.entity WHERE e.type = ?)"), append(args, value)
	default:
		if f.ByDocuments() {
			cond, a := d.DocConditions("d", f.Lang, f.Outlet, f.From, f.To, ents, f.Type)
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
func (r *Reader) Stories(ctx context.Context, f litopys.StoryFilter) ([]litopys.StorySummary, int, error) {
	ents, err := registry.DocumentIDs(ctx, r.q, f.Entity)
	if err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	where, args := r.d.storyWhere(f, ents)
	var total int64
	if _, err := Row(ctx, r.q, `SELECT count(*) FROM stories`+where, args, &total); err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	out := []litopys.StorySummary{}
	if err := scan(ctx, r.q, `SELECT `+StoryColumns+` FROM stories`+where+` ORDER BY last_day DESC, docs DESC, id LIMIT ? OFFSET ?`,
		append(args, litopys.PageLimit(f.Limit), max(0, f.Offset)), func(rows Rows) error {
			s, err := ScanStory(rows)
			if err == nil {
				out = append(out, s.Summary())
			}
			return err
		}); err != nil {
		return nil, 0, fmt.Errorf("list stories: %w", err)
	}
	return out, int(total), nil
}

// StoryFacets counts the facets of the latest most stories f keeps.
func (r *Reader) StoryFacets(ctx context.Context, f litopys.StoryFilter, most int) (litopys.StoryFacets, error) {
	f.Limit, f.Offset = most, 0
	stories, _, err := r.Stories(ctx, f)
	if err != nil {
		return litopys.StoryFacets{}, err
	}
	fc := storyrm.Facets(stories)
	ids := make([]string, len(stories))
	for i, s := range stories {
		ids[i] = s.ID
	}
	var e litopys.EntityCount
	var n int64
	if err := r.d.batches(ids, func(ids []string) error {
		cond, args := r.d.In("s.story", ids)
		return Each(ctx, r.q, `SELECT e.id, e.type, e.name, count(*) FROM story_entities s JOIN entities e ON e.id = s.entity
			WHERE `+cond+` GROUP BY e.id`, args, []any{&e.ID, &e.Type, &e.Name, &n}, func() error {
			e.Documents = int(n)
			fc.Entities = append(fc.Entities, e)
			return nil
		})
	}); err != nil {
		return fc, fmt.Errorf("story facets: %w", err)
	}
	storyrm.SortEntityCounts(fc.Entities)
	return fc, nil
}

// one reads the first row query returns with scan; nil when there is none.
func one[T any](ctx context.Context, q Querier, query string, id string, scan func(interface{ Scan(...any) error }) (*T, error)) (*T, error) {
	rows, err := q.Query(ctx, query, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	if !rows.Next() {
		return nil, rows.Err()
	}
	return scan(rows)
}

// Story returns one story of the read model.
func (r *Reader) Story(ctx context.Context, id string) (litopys.StorySummary, error) {
	s, err := one(ctx, r.q, `SELECT `+StoryColumns+` FROM stories WHERE id = ?`, id, ScanStory)
	if err != nil {
		return litopys.StorySummary{}, fmt.Errorf("get story %s: %w", id, err)
	}
	if s == nil {
		return litopys.StorySummary{}, litopys.Errorf(litopys.ENOTFOUND, "story %q not found", id)
	}
	return s.Summary(), nil
}

// StoryDocuments lists a story's documents, newest first.
func (r *Reader) StoryDocuments(ctx context.Context, id string, limit, offset int) ([]litopys.DocumentSummary, error) {
	rows, err := r.q.Query(ctx, `SELECT `+SummaryColumns+` FROM documents
		WHERE id IN (SELECT doc FROM story_log WHERE story = ?) ORDER BY day DESC, seq DESC LIMIT ? OFFSET ?`,
		id, litopys.PageLimit(limit), max(0, offset))
	if err != nil {
		return nil, fmt.Errorf("story %s documents: %w", id, err)
	}
	return ScanSummaries(rows)
}

// StoryEvents returns a story's documents as its chronology reads them.
func (r *Reader) StoryEvents(ctx context.Context, id string) ([]*litopys.Document, error) {
	var out []*litopys.Document
	var doc, lang, outlet, pub string
	var events []byte
	if err := Each(ctx, r.q, `SELECT doc, lang, outlet, published, events FROM story_log WHERE story = ? ORDER BY seq`, []any{id},
		[]any{&doc, &lang, &outlet, &pub, &events}, func() error {
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
func (r *Reader) StoryEntities(ctx context.Context, id string, limit int) ([]litopys.EntityCount, error) {
	var out []litopys.EntityCount
	var e litopys.EntityCount
	var n int64
	if err := Each(ctx, r.q, `SELECT e.id, e.type, e.name, s.docs FROM story_entities s JOIN entities e ON e.id = s.entity
		WHERE s.story = ? ORDER BY s.docs DESC, e.type, e.name, e.id LIMIT ?`, []any{id, litopys.PageLimit(limit)},
		[]any{&e.ID, &e.Type, &e.Name, &n}, func() error {
			e.Documents = int(n)
			out = append(out, e)
			return nil
		}); err != nil {
		return nil, fmt.Errorf("story %s entities: %w", id, err)
	}
	for i := range out {
		var err error
		if out[i].Names, err = r.EntityNames(ctx, out[i].ID); err != nil {
			return nil, fmt.Errorf("story %s entities: %w", id, err)
		}
	}
	return out, nil
}

// EntityNames returns an entity's name per language.
func (r *Reader) EntityNames(ctx context.Context, id string) (map[string]string, error) {
	out := map[string]string{}
	var lang, name string
	err := Each(ctx, r.q, `SELECT lang, name FROM entity_names WHERE entity = ? AND lang <> '' ORDER BY lang, name`, []any{id},
		[]any{&lang, &name}, func() error {
			if out[lang] == "" {
				out[lang] = name
			}
			return nil
		})
	return out, err
}

// StoriesOf maps documents to their stories.
func (r *Reader) StoriesOf(ctx context.Context, docs []string) (map[string]string, error) {
	out := map[string]string{}
	var d, s string
	if err := r.d.batches(docs, func(docs []string) error {
		cond, args := r.d.In("doc", docs)
		return Each(ctx, r.q, `SELECT doc, story FROM story_log WHERE `+cond, args, []any{&d, &s}, func() error {
			out[d] = s
			return nil
		})
	}); err != nil {
		return nil, fmt.Errorf("stories of documents: %w", err)
	}
	return out, nil
}

// Threads lists the threads, latest first.
func (r *Reader) Threads(ctx context.Context, limit, offset int) ([]litopys.ThreadSummary, int, error) {
	var total int64
	if _, err := Row(ctx, r.q, `SELECT count(*) FROM threads`, nil, &total); err != nil {
		return nil, 0, fmt.Errorf("list threads: %w", err)
	}
	out := []litopys.ThreadSummary{}
	if err := scan(ctx, r.q, `SELECT `+ThreadColumns+` FROM threads ORDER BY last_day DESC, docs DESC, id LIMIT ? OFFSET ?`,
		[]any{litopys.PageLimit(limit), max(0, offset)}, func(rows Rows) error {
			t, err := ScanThread(rows)
			if err == nil {
				out = append(out, t.Summary())
			}
			return err
		}); err != nil {
		return nil, 0, fmt.Errorf("list threads: %w", err)
	}
	return out, int(total), nil
}

// Thread returns one thread.
func (r *Reader) Thread(ctx context.Context, id string) (litopys.ThreadSummary, error) {
	t, err := one(ctx, r.q, `SELECT `+ThreadColumns+` FROM threads WHERE id = ?`, id, ScanThread)
	if err != nil {
		return litopys.ThreadSummary{}, fmt.Errorf("get thread %s: %w", id, err)
	}
	if t == nil {
		return litopys.ThreadSummary{}, litopys.Errorf(litopys.ENOTFOUND, "thread %q not found", id)
	}
	return t.Summary(), nil
}
