// Package search finds stored documents the way Russian and Ukrainian
// readers search: by base forms of words, so that "Блинкена" finds
// "Блинкеном", and across languages by entity, so that "Ким Чен Ын" finds
// the Ukrainian article that writes "Кім Чен Ин".
//
// Neither SQLite's FTS5 nor PostgreSQL has a Ukrainian morphology, so the
// index is built from the project's own analysis: Terms turns a Document
// into index terms (the lemmas of its tokens, the IDs of the entities it
// mentions, language-independent keys of the names in it, its language and
// outlet), and an Analyzer turns a query into groups of alternative terms
// with the same pieces (package segment, package morph in both Russian and
// Ukrainian, package gazetteer, package translit).
//
// The index itself is an inverted index a backend keeps in two tables —
// terms (term, id, df) and postings (term id, doc, tf, doc length, day) keyed
// by (term, doc) — and exposes through the Index interface. Engine.Search
// ranks with BM25 over it the same way on every backend: it reads the
// postings of the rarest group first and looks up the other groups only
// within those candidates, so a query never scans the whole corpus unless
// its rarest word is everywhere. Snippets mark the matched words as
// **word**.
package search
