// Package sqlite is the default litopys.Store: one SQLite file in WAL mode,
// through the pure-Go driver modernc.org/sqlite.
//
// The schema is created by numbered, append-only migrations embedded from
// migrations/ (one transaction each, recorded in schema_version). Open
// creates the schema of a new, empty file; it refuses a file whose schema
// is older than the code until Migrate (litopys migrate) brings it up to
// date. Writes go through one connection (SQLite has one writer) in
// BEGIN IMMEDIATE transactions; reads use a pool of their own. A document
// and all its rows — the entities it mentions, events, attributions, search
// postings — are written in one transaction, so an interrupted write leaves
// nothing behind; PutDocuments writes a batch in one transaction, with
// few multi-row statements prepared once and one row of postings per
// distinct term of the batch (a block, package search), staged in a small
// table and moved into the index every few batches (stage.go). Search is package
// search's BM25 over those blocks; a document's text is stored once,
// compressed apart from the rest of its body, so snippets read only it.
// The story log (SetStories, StoryEntries) is written in the same
// exclusive transaction; ReplaceDocuments rewrites a document in place,
// postings included (litopys reanalyze).
package sqlite
