// Package sqlite is the default litopys.Store: one SQLite file in WAL mode,
// through the pure-Go driver modernc.org/sqlite.
//
// The schema is created by numbered, append-only migrations embedded from
// migrations/ (one transaction each, recorded in schema_version). Open
// creates the schema of a new, empty file; it refuses a file whose schema
// is older than the code until Migrate (litopys migrate) brings it up to
// date. Writes go through one connection (SQLite has one writer) in
// BEGIN IMMEDIATE transactions; reads use a pool of their own. A document
// and all its rows — mentions, entities, events, attributions, search
// postings — are written in one transaction, so an interrupted write leaves
// nothing behind; PutDocuments writes a batch in one transaction, which
// "litopys ingest" uses to write the search terms that articles share once
// per batch rather than once per article. Search is package search's BM25 over the terms and
// postings tables.
package sqlite
