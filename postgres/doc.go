// Package postgres is the litopys.Store for a PostgreSQL server, through
// github.com/jackc/pgx/v5; "litopys --db postgres://…" selects it.
//
// Like package sqlite it owns numbered, append-only migrations embedded
// from migrations/ (one transaction each, under an advisory lock, recorded
// in schema_version); Open creates the schema in an empty database and
// refuses one whose schema is older than the code until Migrate (litopys
// migrate) is run. A document and all its rows are written in one
// transaction (the layers copied with COPY, the postings as one block per
// term of the batch); rows shared between documents (entities, the
// statistics row) are locked in a fixed order so concurrent writers do not
// deadlock, and a writer that loses a race for a document's ID finds it
// stored and adds nothing. Story assignment (SetStories) runs under an
// advisory lock taken after the statistics row, so that writers of every
// process assign in turn and the log's numbers follow commit order.
// Search is package search's BM25 over the blocks of postings, the same as
// on SQLite.
package postgres
