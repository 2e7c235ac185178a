// Package ingest takes articles from where they are into a store: it reads
// the inputs a command names (files, folders, stdin, URLs of pages and
// RSS/Atom feeds, downloaded politely by a Fetcher), analyses them in
// parallel in input order (AnalyzeAll, with any Analyzer), and commits the
// documents in batches, one transaction each, retrying a failed batch one
// document at a time so that one bad document fails alone (Commit, and
// Writer, which reports every input's outcome in input order). Replace and
// Reanalysis do the same for documents analysed again.
//
// `litopys ingest`, `analyze` and `reanalyze`, the queue worker (natsq) and
// the store benchmarks (benchrun) go through it, and the web server (http)
// takes its Analyzer. It imports no adapter and not the pipeline: the
// command wires those in.
package ingest
