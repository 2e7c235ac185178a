package litopys

import "context"

// Store keeps analysed documents once and finds them again. Every backend
// (package sqlite, package postgres) passes the same conformance suite
// (package storetest). Implementations are safe for concurrent use.
type Store interface {
	// PutDocument stores doc with every analysis layer, in one transaction,
	// and reports whether it was added. A document whose ID is already
	// stored is left as it is (added is false): putting is idempotent.
	// analyser names the analysers' version (pipeline.Version).
	PutDocument(ctx context.Context, doc *Document, analyser string) (added bool, err error)
	// PutDocuments stores docs as PutDocument does, all in one transaction
	// (much cheaper per document for a batch); added[i] reports whether
	// docs[i] was added. On an error nothing is stored.
	PutDocuments(ctx context.Context, docs []*Document, analyser string) (added []bool, err error)
	// Document returns the stored document with the id, or an ENOTFOUND
	// error.
	Document(ctx context.Context, id string) (*Document, error)
	// Documents lists stored documents matching f, newest first.
	Documents(ctx context.Context, f DocumentFilter) ([]DocumentSummary, error)
	// Search finds documents by the base forms of words and by the
	// entities they name, best first.
	Search(ctx context.Context, q Query) (SearchResult, error)
	// Entity returns an entity with the documents that mention it, or an
	// ENOTFOUND error.
	Entity(ctx context.Context, id string) (*EntityInfo, error)
	// Count returns the number of stored documents.
	Count(ctx context.Context) (int, error)
	Close() error
}

// Query is a search: words, optionally narrowed by filters. Dates compare
// at day precision: From is the first day of its period, To the last.
type Query struct {
	Text   string `json:"text"`
	Lang   string `json:"lang,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	From   Date   `json:"from"`
	To     Date   `json:"to"`
	// Entity keeps only documents that mention the entity with this ID.
	Entity string `json:"entity,omitempty"`
	// Type keeps only documents that name an entity of this type (PER,
	// ORG, LOC, EVT, PRO); documents indexed before the type was indexed
	// (stores filled before it) are found once reanalysed.
	Type string `json:"type,omitempty"`
	// Limit is the page size (0 means DefaultLimit); Offset skips that many
	// results.
	Limit  int `json:"limit,omitempty"`
	Offset int `json:"offset,omitempty"`
	// NoSnippets leaves Hit.Snippet empty, sparing the reading of the
	// texts (listings of many hits: facets, exports).
	NoSnippets bool `json:"-"`
}

// Page limits.
const (
	DefaultLimit = 10
	MaxLimit     = 1000
)

// SearchResult is one page of search results and the number of all matches.
type SearchResult struct {
	Total   int   `json:"total"`
	Results []Hit `json:"results"`
}

// Hit is one found document. Snippet is a piece of its text with the
// matched words marked as **word**.
type Hit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Lang      string  `json:"lang"`
	Outlet    string  `json:"outlet"`
	Published Date    `json:"published"`
	Score     float64 `json:"score"`
	Snippet   string  `json:"snippet"`
}

// DocumentFilter narrows a listing of documents.
type DocumentFilter struct {
	Lang, Outlet string
	From, To     Date
	Entity       string
	Limit        int
	Offset       int
}

// DocumentSummary is what a listing shows of a stored document.
type DocumentSummary struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title"`
	Lang      string `json:"lang"`
	Outlet    string `json:"outlet"`
	Published Date   `json:"published"`
	// Analyser is the version of the analysers that produced the document.
	Analyser string `json:"analyser"`
}

// EntityInfo is a stored entity with the names it was met under in all
// documents and the documents that mention it, newest first. A store that
// keeps an entity registry (EntityDirectory) answers for any id the entity
// was ever known by with the entity as it is now: ID may differ from the
// id asked for (a merged or renamed id), and callers redirect.
type EntityInfo struct {
	Entity
	// Mentions counts its mentions in all documents.
	Mentions  int               `json:"mentions"`
	Documents []DocumentSummary `json:"documents"`
	// Registry fields: the ids documents use for it, its mentions by the
	// type the analyser gave them (a type that disagrees with Type is
	// reported here), every spelling with its count, the first and last
	// day it was seen.
	Members   []string       `json:"members,omitempty"`
	Types     map[string]int `json:"types,omitempty"`
	Spellings []Spelling     `json:"spellings,omitempty"`
	FirstSeen string         `json:"first_seen,omitempty"`
	LastSeen  string         `json:"last_seen,omitempty"`
}

// Spelling is a base form an entity was mentioned by, in a language, N
// times.
type Spelling struct {
	Lang string `json:"lang"`
	Name string `json:"name"`
	N    int    `json:"n"`
}

// EntityQuery looks entities up by any spelling: an alias, an inflected
// form, another script or a romanisation. An empty Text lists all
// entities. Results are ranked by mentions.
type EntityQuery struct {
	Text string `json:"q,omitempty"`
	// Type keeps one type (PER, ORG, LOC, EVT, PRO); Lang keeps entities
	// with a name in that language (ru, uk, en).
	Type   string `json:"type,omitempty"`
	Lang   string `json:"lang,omitempty"`
	Limit  int    `json:"limit,omitempty"`
	Offset int    `json:"offset,omitempty"`
}

// EntityList is one page of entities and the number of all that match.
type EntityList struct {
	Total    int             `json:"total"`
	Entities []EntitySummary `json:"entities"`
}

// EntitySummary is an entity in a list.
type EntitySummary struct {
	Entity
	Mentions  int    `json:"mentions"`
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
}

// EntityChange is one line of the registry's log: an id merged into,
// renamed to or split from another.
type EntityChange struct {
	At     string `json:"at"`
	Kind   string `json:"kind"` // merge, rename, split
	Old    string `json:"old"`
	New    string `json:"new"`
	Manual bool   `json:"manual,omitempty"`
}

// EntityDirectory is a Store that keeps the entity registry: one identity
// per real entity across documents, languages and scripts (both SQL
// backends implement it).
type EntityDirectory interface {
	// Entities finds entities by any spelling, most mentioned first.
	Entities(ctx context.Context, q EntityQuery) (EntityList, error)
	// CanonicalEntity returns the id an entity known by id has now, or an
	// ENOTFOUND error.
	CanonicalEntity(ctx context.Context, id string) (string, error)
	// MergeEntities records an analyst's judgement that a and b are one
	// entity and returns its id; SplitEntity that the given members of an
	// entity are another and returns that one's id. Both survive
	// re-analysis.
	MergeEntities(ctx context.Context, a, b string) (string, error)
	SplitEntity(ctx context.Context, id string, members []string) (string, error)
	// EntityChanges returns the registry's log about an id, oldest first
	// (all of it for "").
	EntityChanges(ctx context.Context, id string) ([]EntityChange, error)
}

// PageLimit returns the page size a limit asks for, within [1, MaxLimit].
func PageLimit(limit int) int {
	switch {
	case limit <= 0:
		return DefaultLimit
	case limit > MaxLimit:
		return MaxLimit
	}
	return limit
}

// Reanalyzer is a Store whose documents can be brought up to date by a
// newer analyser (litopys reanalyze). Both SQL backends implement it.
type Reanalyzer interface {
	// Stale lists, in a stable order, up to limit IDs of documents whose
	// analyser is not analyser, starting after the ID after ("" for the
	// first page).
	Stale(ctx context.Context, analyser, after string, limit int) ([]string, error)
	// ReplaceDocuments stores docs in place of the stored documents with
	// the same IDs, with every layer and the search index made anew, all in
	// one transaction. A document that is not stored is an ENOTFOUND
	// error. Story membership is kept.
	ReplaceDocuments(ctx context.Context, docs []*Document, analyser string) error
}

// StoryEntry is one line of the story log: the story a document joined,
// in the order documents were assigned. The log is the record of story
// membership shared by every writer of a store; the store keeps its read
// model of stories (StoryReader) from it.
type StoryEntry struct {
	// Seq is the entry's position in the log, increasing in commit order
	// (set by the store).
	Seq   int64  `json:"seq"`
	Doc   string `json:"doc"`
	Story string `json:"story"`
	// Thread is the thread (topic) of the story; Continues, on the entry
	// that starts a story, the earlier story it continues.
	Thread    string `json:"thread,omitempty"`
	Continues string `json:"continues,omitempty"`
	// DupOf is the document this one nearly duplicates, if any.
	DupOf     string `json:"dup_of,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published Date   `json:"published"`
	// Day is the day the assigner placed the document on (days since
	// 1970-01-01): its publication day, or the latest day of the log when
	// it has none. A story's days bound it in time.
	Day int `json:"day"`
	// Features is what an assigner needs to replay the entry (opaque to
	// the store).
	Features []byte `json:"-"`
}

// StoryWindow is what a store gives an assigner that starts (or starts
// again) instead of the whole log: the log's last Seq, its latest Day,
// and, in log order, the entries of the stories whose last day is at least
// Day minus the assigner's Window — the stories it may still extend.
type StoryWindow struct {
	Seq     int64
	Day     int
	Entries []StoryEntry
}

// StoryAssigner decides the story of each document a store adds. A store
// calls it inside the write transaction, holding a lock that serialises
// assignment among all writers (of every process), so that two documents
// on one event never start two stories and no assignment is lost.
// Implementations are safe for concurrent use (package story's Log).
type StoryAssigner interface {
	// Cursor is the Seq of the last log entry the assigner has seen; 0
	// when it needs Load first.
	Cursor() int64
	// Window is the number of days before the log's latest day whose
	// stories the assigner keeps (StoryWindow).
	Window() int
	// Load sets the assigner's state from a window of the log (when Cursor
	// is 0).
	Load(w StoryWindow) error
	// Assign first replays unseen (the entries after Cursor, in order,
	// written by any writer) and then assigns docs in order, returning one
	// entry for each (Seq is left to the store).
	Assign(unseen []StoryEntry, docs []*Document) ([]StoryEntry, error)
	// Committed is called after the transaction in which Assign ran
	// committed, with the entries as stored (Seq set).
	Committed(entries []StoryEntry)
	// Reset is called when a transaction in which Assign ran did not
	// commit: the assigner forgets what it saw and loads the log's window
	// again next time.
	Reset()
}

// StoryLog is a Store that keeps the story log.
type StoryLog interface {
	// StoryEntries returns up to limit log entries after Seq after, in
	// order (Features included).
	StoryEntries(ctx context.Context, after int64, limit int) ([]StoryEntry, error)
}
