// Package storetest is the conformance suite every litopys.Store passes:
// Run is called by the tests of package sqlite (in a temporary directory)
// and package postgres (against the server LITOPYS_TEST_POSTGRES names).
// It checks idempotent puts, reads, not-found errors, search by word forms
// and across languages by entity, filters, pagination, ranking, entity
// look-up, concurrent writers, hostile text and reanalysis (Stale,
// ReplaceDocuments); RunStories checks the story log with N writers.
package storetest
