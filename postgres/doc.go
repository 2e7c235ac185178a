// Package postgres is the litopys.Store for a PostgreSQL server, through
// github.com/jackc/pgx/v5; "litopys --db postgres://…" selects it.
//
// Like package sqlite it owns numbered, append-only migrations embedded
// from migrations/ (one transaction each, under an advisory lock, recorded
// in schema_version); Open creates the schema in an empty database and
// refuses one whose schema is older than the code until Migrate (litopys
// migrate) is run. A document and all its rows are written in one
// transaction; rows shared between documents (entities, search terms, the
// statistics row) are locked in a fixed order so concurrent writers do not
// deadlock, and a writer that loses a race for a document's ID finds it
// stored and adds nothing. Search is package search's BM25 over the terms
// and postings tables, the same as on SQLite.
package postgres
