package http

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/litopys/litopys"
)

// entityQuery reads an entity lookup from URL parameters: q, type, lang,
// limit, offset. An unknown type or language is an error (400), not an
// empty list.
func entityQuery(p url.Values) (litopys.EntityQuery, error) {
	q := litopys.EntityQuery{Text: strings.TrimSpace(p.Get("q")), Type: strings.ToUpper(strings.TrimSpace(p.Get("type"))),
		Lang: strings.ToLower(strings.TrimSpace(p.Get("lang")))}
	if q.Type != "" && !litopys.IsEntityType(q.Type) {
		return q, litopys.Errorf(litopys.EINVALID, "type: want one of %s, got %q", strings.Join(litopys.EntityTypeCodes(), ", "), p.Get("type"))
	}
	if q.Lang != "" && !litopys.IsLang(q.Lang) {
		return q, litopys.Errorf(litopys.EINVALID, "lang: want one of %s, got %q", strings.Join(litopys.LangCodes(), ", "), p.Get("lang"))
	}
	var err error
	if q.Limit, err = intParam(p, "limit"); err != nil {
		return q, err
	}
	if q.Offset, err = intParam(p, "offset"); err != nil {
		return q, err
	}
	return q, nil
}

// entities answers an entity lookup from the store's registry, or, for a
// store without one, from the index's directory.
func (s *Server) entities(ctx context.Context, q litopys.EntityQuery) (litopys.EntityList, error) {
	if dir, ok := s.opt.Store.(litopys.EntityDirectory); ok {
		return dir.Entities(ctx, q)
	}
	all, err := s.index.SearchEntities(ctx, q.Text, litopys.MaxLimit)
	if err != nil {
		return litopys.EntityList{}, err
	}
	all = slices.DeleteFunc(all, func(e litopys.Entity) bool {
		return q.Type != "" && e.Type != q.Type || q.Lang != "" && e.Names[q.Lang] == ""
	})
	out := litopys.EntityList{Total: len(all), Entities: []litopys.EntitySummary{}}
	off := min(max(0, q.Offset), len(all))
	for _, e := range all[off:min(len(all), off+litopys.PageLimit(q.Limit))] {
		out.Entities = append(out.Entities, litopys.EntitySummary{Entity: e})
	}
	return out, nil
}

// canonicalURL returns where a request for the entity known by an older id
// must go (the same path with the entity's id now, the query kept), or "".
func canonicalURL(r *http.Request, prefix, asked, id string) string {
	if id == "" || id == asked {
		return ""
	}
	u := prefix + url.PathEscape(id)
	if r.URL.RawQuery != "" {
		u += "?" + r.URL.RawQuery
	}
	return u
}

// resolveEntityParam turns the entity field of a search, which takes a name
// as well as an id, into an entity id: an id the registry knows stays (as
// the entity's id now), anything else is looked up by spelling and the
// most mentioned entity taken.
func (s *Server) resolveEntityParam(ctx context.Context, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	dir, ok := s.opt.Store.(litopys.EntityDirectory)
	if !ok {
		return v, nil
	}
	if id, err := dir.CanonicalEntity(ctx, v); err == nil {
		return id, nil
	} else if litopys.ErrorCode(err) != litopys.ENOTFOUND {
		return "", err
	}
	l, err := dir.Entities(ctx, litopys.EntityQuery{Text: v, Limit: 1})
	if err != nil {
		return "", err
	}
	if len(l.Entities) == 0 {
		return "", litopys.Errorf(litopys.ENOTFOUND, "entity: no entity is called %q", v)
	}
	return l.Entities[0].ID, nil
}

// entityIDs returns the ids documents use for the entity known by id: the
// registry's members (with id), or id alone.
func (s *Server) entityIDs(ctx context.Context, id string) []string {
	ids := []string{id}
	if _, ok := s.opt.Store.(litopys.EntityDirectory); !ok {
		return ids
	}
	if e, err := s.opt.Store.Entity(ctx, id); err == nil {
		ids = append(ids, e.ID)
		ids = append(ids, e.Members...)
	}
	return ids
}

// canonCache remembers, for a while, the entity each id documents use
// belongs to: story and entity pages list many ids, and merges are rare.
type canonCache struct {
	mu    sync.Mutex
	m     map[string]string
	since time.Time
}

// canonTTL is how long the cache trusts what it learnt.
const canonTTL = 30 * time.Second

// canonical returns the id the entity known by id has now (id itself when
// the store keeps no registry or does not know it).
func (s *Server) canonical(ctx context.Context, id string) string {
	dir, ok := s.opt.Store.(litopys.EntityDirectory)
	if !ok {
		return id
	}
	c := &s.canon
	c.mu.Lock()
	if c.m == nil || time.Since(c.since) > canonTTL {
		c.m, c.since = map[string]string{}, time.Now()
	}
	got, ok := c.m[id]
	c.mu.Unlock()
	if ok {
		return got
	}
	got, err := dir.CanonicalEntity(ctx, id)
	if err != nil {
		got = id
	}
	c.mu.Lock()
	c.m[id] = got
	c.mu.Unlock()
	return got
}

// canonicalCounts folds the counts of ids that are one entity into one
// row under the entity's id (the name and type of its most counted id);
// the document counts are added, at most max when max > 0.
func (s *Server) canonicalCounts(ctx context.Context, ents []EntityCount, max int) []EntityCount {
	out := make([]EntityCount, 0, len(ents))
	at := map[string]int{}
	for _, e := range ents {
		id := s.canonical(ctx, e.ID)
		i, ok := at[id]
		if !ok {
			at[id] = len(out)
			e.ID = id
			out = append(out, e)
			continue
		}
		o := &out[i]
		if e.Documents > o.Documents {
			o.Type, o.Name, o.Names = e.Type, e.Name, e.Names
		}
		o.Documents += e.Documents
		if max > 0 && o.Documents > max {
			o.Documents = max
		}
	}
	sortCounts(out)
	return out
}
