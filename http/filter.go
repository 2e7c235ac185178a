package http

import (
	"net/url"
	"strings"
	"time"

	"github.com/litopys/litopys"
)

// Languages and entity types a filter may name; anything else is a 400.
var (
	filterLangs = append(litopys.LangCodes(), "other")
	filterTypes = litopys.EntityTypeCodes()
)

// StoryFilter narrows a listing of stories (GET /api/stories, the home
// page): a story is kept when one of its documents is in the language,
// from the outlet, published within From–To and names the entity (or an
// entity of the type). The zero filter keeps every story.
type StoryFilter struct {
	From, To             litopys.Date
	Lang, Outlet, Entity string
	Type                 string
	// Thread keeps the stories of one thread.
	Thread string
}

// store is f as the store's read model takes it.
func (f StoryFilter) store() litopys.StoryFilter {
	return litopys.StoryFilter{Thread: f.Thread, Lang: f.Lang, Outlet: f.Outlet, Entity: f.Entity, Type: f.Type, From: f.From, To: f.To}
}

// IsZero reports whether f keeps every story.
func (f StoryFilter) IsZero() bool { return f == StoryFilter{} }

// parseStoryFilter reads a filter from URL parameters: from, to, lang,
// outlet, entity, type.
func parseStoryFilter(p url.Values) (StoryFilter, error) {
	q, err := parseQuery(p)
	if err != nil {
		return StoryFilter{}, err
	}
	return StoryFilter{From: q.From, To: q.To, Lang: q.Lang, Outlet: q.Outlet, Entity: q.Entity, Type: q.Type,
		Thread: strings.TrimSpace(p.Get("thread"))}, nil
}

// checkType refuses an entity type litopys does not know, and returns a
// known one in capitals.
func checkType(typ string) (string, error) {
	t := strings.ToUpper(strings.TrimSpace(typ))
	if t != "" && !contains(filterTypes, t) {
		return "", litopys.Errorf(litopys.EINVALID, "type: want one of %s, got %q", strings.Join(filterTypes, ", "), typ)
	}
	return t, nil
}

// checkLang refuses a language filter litopys never assigns (lang=xx would
// find nothing and look like an empty store).
func checkLang(lang string) error {
	if lang != "" && !contains(filterLangs, lang) {
		return litopys.Errorf(litopys.EINVALID, "lang: want one of %s, got %q", strings.Join(filterLangs, ", "), lang)
	}
	return nil
}

// checkRange refuses a date range that ends before it starts.
func checkRange(from, to litopys.Date) error {
	if !from.IsZero() && !to.IsZero() && lastDay(to).Before(from.Time()) {
		return litopys.Errorf(litopys.EINVALID, "from %s is after to %s", from, to)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lastDay is the first instant of the last day of d's period.
func lastDay(d litopys.Date) time.Time {
	t := d.Time()
	switch d.Precision {
	case litopys.PrecisionYear:
		return t.AddDate(1, 0, -1)
	case litopys.PrecisionMonth:
		return t.AddDate(0, 1, -1)
	}
	return t
}
