// Package search finds stored documents the way Russian and Ukrainian
// readers search: by base forms of words, so that "Блинкена" finds
// "Блинкеном", and across languages by entity, so that "Ким Чен Ын" finds
// the Ukrainian article that writes "Кім Чен Ин".
//
// Neither SQLite's FTS5 nor PostgreSQL has a Ukrainian morphology, so the
// index is built from the project's own analysis. Terms turns a Document
// into index terms: the lemma of every word (w:), the translit key of every
// word inside an entity mention (k:, package translit), the translit key of
// every name of the entities it mentions (n:), their IDs (e:), its language
// (l:) and outlet (o:). An Analyzer turns a query into one group of
// alternative terms per word with the same pieces: the word read as Russian
// and as Ukrainian (package morph; only one when the query names its
// language) and its translit keys; a run of up to four words that names a
// gazetteer entity (package gazetteer) or has the key of a name adds that
// entity's terms to each of its words.
//
// The index is an inverted index each backend keeps in one table of blocks
// of postings (doc, tf, doc length, day), one row per term and batch of
// documents written together, encoded by EncodeBlock (a term's document
// frequency is the sum of its blocks' counts), behind the Index interface;
// Rank scores it with BM25
// (k1 1.2, b 0.75) the same way on every backend. A document matches when
// it has a term of every group; language, outlet and entity filters are
// groups too, and dates are checked on the postings. Rank reads the
// postings of the rarest group first and reads the others only for those
// candidates (an index may skip the blocks that cannot hold them),
// and a word found in more than a third of a corpus of 1,000 documents or
// more ("в", "и") adds to the score without being required, so a query
// reads about as many postings as its rarest word has.
//
// Snippets show about two dozen words around the matches, each marked as
// **word**, with "…" where the text is cut.
package search
