package litopys

import "context"

// StorySummary is a story as a store's read model keeps it (StoryReader).
type StorySummary struct {
	ID string `json:"id"`
	// Title is the title of its earliest article.
	Title string `json:"title"`
	// Thread is the thread (topic) it belongs to; Continues the earlier
	// story it continues after that one went quiet.
	Thread    string `json:"thread"`
	Continues string `json:"continues,omitempty"`
	// Languages and Outlets count its documents by language and outlet.
	Languages map[string]int `json:"languages"`
	Outlets   map[string]int `json:"outlets"`
	Documents int            `json:"document_count"`
	// Duplicates counts documents that repeat another one of the story.
	Duplicates int `json:"duplicates"`
	// First and Last are the publication dates of its first and last
	// dated documents.
	First Date `json:"first"`
	Last  Date `json:"last"`
}

// ThreadSummary is a thread: stories on one topic, for browsing.
type ThreadSummary struct {
	ID string `json:"id"`
	// Title is the title of its first story.
	Title     string `json:"title"`
	Stories   int    `json:"story_count"`
	Documents int    `json:"document_count"`
	First     Date   `json:"first"`
	Last      Date   `json:"last"`
}

// StoryFilter narrows a listing of stories, latest first.
type StoryFilter struct {
	// Thread keeps the stories of one thread; Continues those that
	// continue one story.
	Thread, Continues string
	// A story is kept when one of its documents is in the language Lang,
	// from the outlet Outlet (either case), published within From–To
	// (From's first day to To's last; an undated document is in no
	// bounded range), and names the entity Entity, or an entity of the
	// type Type: all of them by one document.
	Lang, Outlet, Entity, Type string
	From, To                   Date
	Limit, Offset              int
}

// ByDocuments reports whether f has conditions on the stories' documents.
func (f StoryFilter) ByDocuments() bool {
	return f.Lang != "" || f.Outlet != "" || f.Entity != "" || f.Type != "" || !f.From.IsZero() || !f.To.IsZero()
}

// StoryFacets counts the latest stories a filter keeps (Of of them) by
// the languages and outlets of their documents and by the entities they
// name (Documents is then the number of stories).
type StoryFacets struct {
	Langs    map[string]int
	Outlets  map[string]int
	Entities []EntityCount
	Of       int
}

// EntityCount is an entity with the number of documents it is named in
// (within a story, or beside another entity).
type EntityCount struct {
	ID        string            `json:"id"`
	Type      string            `json:"type"`
	Name      string            `json:"name"`
	Names     map[string]string `json:"names,omitempty"`
	Documents int               `json:"documents"`
}

// StoryReader is a Store that answers stories and threads from a read
// model its writers keep up to date in the transactions that assign
// stories (StoryWriter): a process opening the store serves them at once.
type StoryReader interface {
	// Stories lists stories matching f, latest (by last article) first,
	// and how many match.
	Stories(ctx context.Context, f StoryFilter) ([]StorySummary, int, error)
	// Story returns one story, or an ENOTFOUND error.
	Story(ctx context.Context, id string) (StorySummary, error)
	// StoryDocuments lists a story's documents, newest first.
	StoryDocuments(ctx context.Context, id string, limit, offset int) ([]DocumentSummary, error)
	// StoryEvents returns a story's documents, in the order they joined
	// it, reduced to what its chronology reads: id, language, outlet,
	// publication date, the entities' ids and types, the dated events and
	// the time expressions they refer to.
	StoryEvents(ctx context.Context, id string) ([]*Document, error)
	// StoryEntities lists the entities a story's documents name, most
	// widely named first.
	StoryEntities(ctx context.Context, id string, limit int) ([]EntityCount, error)
	// StoriesOf maps each of the documents that has one to its story.
	StoriesOf(ctx context.Context, docs []string) (map[string]string, error)
	// Threads lists threads, latest first, and how many there are.
	Threads(ctx context.Context, limit, offset int) ([]ThreadSummary, int, error)
	// Thread returns one thread, or an ENOTFOUND error.
	Thread(ctx context.Context, id string) (ThreadSummary, error)
	// StoryFacets counts the facets of the latest most stories f keeps
	// (f's Limit and Offset are ignored).
	StoryFacets(ctx context.Context, f StoryFilter, most int) (StoryFacets, error)
}

// StoryWriter is a Store whose writers assign the stories of the
// documents they add with a StoryAssigner (package story's Log, wired by
// the command), keeping the story log and the read model.
type StoryWriter interface {
	SetStories(a StoryAssigner)
}

// Directory is a Store that answers, from its tables, what pages need of
// entities and documents without decoding documents.
type Directory interface {
	// FindEntities returns up to limit entities a name (in any language)
	// or alias of which contains q, shortest name first.
	FindEntities(ctx context.Context, q string, limit int) ([]Entity, error)
	// EntityDocuments counts the documents that mention an entity.
	EntityDocuments(ctx context.Context, id string) (int, error)
	// DocumentEntities maps each stored document of ids to the entities
	// it mentions (ID, Type and Name).
	DocumentEntities(ctx context.Context, ids []string) (map[string][]Entity, error)
	// DocumentSummaries maps each stored document of ids to its summary.
	DocumentSummaries(ctx context.Context, ids []string) (map[string]DocumentSummary, error)
	// CountDocuments counts the documents f keeps (its Limit and Offset
	// ignored).
	CountDocuments(ctx context.Context, f DocumentFilter) (int, error)
}
